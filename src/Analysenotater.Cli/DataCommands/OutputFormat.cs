namespace Analysenotater.Cli.DataCommands;

/// <summary>What a data command prints: plain text (default), Markdown, HTML or CSV with invariant numbers.</summary>
internal enum OutputFormat
{
    /// <summary>Plain text tables with Norwegian number formatting.</summary>
    Text,

    /// <summary>Markdown tables.</summary>
    Markdown,

    /// <summary>An HTML fragment.</summary>
    Html,

    /// <summary>CSV with invariant numbers (where the command supports it).</summary>
    Csv,
}
