using System.Text;
using Analysenotater.Reporting;

namespace Analysenotater.Cli.DataCommands;

/// <summary>Writes a command's result to standard output or to <c>--output file</c>.</summary>
internal static class CommandOutput
{
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
