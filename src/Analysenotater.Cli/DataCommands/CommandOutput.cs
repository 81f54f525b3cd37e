using System.Text;
using Analysenotater.Reporting;

namespace Analysenotater.Cli.DataCommands;

/// <summary>Parses <c>--format</c> and writes a command's result to standard output or to <c>--output file</c>.</summary>
internal static class CommandOutput
{
    /// <summary>Parses the <c>--format</c> value (default text); <paramref name="allowed"/> lists what the command supports.</summary>
    /// <exception cref="CliUsageException">The format is unknown or not supported by the command.</exception>
    public static OutputFormat ParseFormat(string? value, params OutputFormat[] allowed)
    {
        if (value is null)
        {
            return OutputFormat.Text;
        }

        var names = allowed.Select(f => f.ToString().ToLowerInvariant()).ToList();
        var i = names.IndexOf(value.ToLowerInvariant());
        return i >= 0 ? allowed[i] : throw new CliUsageException($"--format must be one of {string.Join("|", names)}, not '{value}'.");
    }

    /// <summary>Renders <paramref name="result"/> in a table format (CSV is handled by the caller).</summary>
    public static string Render(IRenderable result, OutputFormat format) => format switch
    {
        OutputFormat.Markdown => result.ToMarkdown(),
        OutputFormat.Html => result.ToHtml(),
        _ => result.ToText(),
    };

    /// <summary>Writes <paramref name="text"/> to <paramref name="outputPath"/> (UTF-8, no BOM) when given, else to standard output.</summary>
    public static void Write(string text, string? outputPath, CliContext context)
    {
        if (outputPath is null)
        {
            context.Out.Write(text);
            if (!text.EndsWith('\n'))
            {
                context.Out.WriteLine();
            }

            return;
        }

        var full = Path.GetFullPath(outputPath);
        if (Path.GetDirectoryName(full) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        context.Error.WriteLine($"wrote {outputPath}");
    }
}
