using System.Text;
using System.Text.RegularExpressions;

namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// Handles what Roslyn scripting does not understand before compiling a cell: Polyglot magic lines (<c>#!csharp</c>, …)
/// and <c>#r "nuget: X, v"</c>. Each such line is replaced by spaces of the same length, so positions, lines and
/// columns of the rest stay exact.
/// </summary>
internal static partial class CellPreprocessor
{
    [GeneratedRegex("""^\s*#r\s+"nuget:\s*(?<id>[^,"\s]+)\s*(,\s*(?<version>[^"\s]*))?\s*"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex NugetDirective();

    [GeneratedRegex(@"^\s*#!(?<magic>\S*)")]
    private static partial Regex MagicLine();

    private static readonly HashSet<string> LanguageMagics = new(StringComparer.OrdinalIgnoreCase) { "csharp", "c#", "cs" };

    /// <summary>Rewrites <paramref name="code"/>; the result carries one note per accepted package; an unknown package gives an error.</summary>
    public static CellPreprocessResult Process(string code, string cellLabel)
    {
        var notes = new List<string>();
        var sb = new StringBuilder(code.Length);
        var lineNo = 0;
        var pos = 0;
        while (pos <= code.Length)
        {
            var end = code.IndexOf('\n', pos);
            var lineEnd = end < 0 ? code.Length : end;
            var line = code[pos..lineEnd];
            lineNo++;
            var trimmed = line.TrimEnd('\r');
            var nuget = NugetDirective().Match(trimmed);
            var magic = MagicLine().Match(trimmed);
            if (nuget.Success)
            {
                var id = nuget.Groups["id"].Value;
                var requested = nuget.Groups["version"].Success ? nuget.Groups["version"].Value : "";
                if (id.Equals("Plotly.NET.Interactive", StringComparison.OrdinalIgnoreCase) || id.StartsWith("Microsoft.DotNet.Interactive", StringComparison.OrdinalIgnoreCase))
                {
                    notes.Add($"#r \"nuget: {id}\": not needed here; the engine formats charts and tables itself.");
                }
                else if (ScriptReferences.CarriedPackages.TryGetValue(id, out var assembly))
                {
                    var used = ScriptReferences.VersionOf(assembly);
                    var asked = requested.Length == 0 || requested == used ? "" : $" (the cell asked for {requested})";
                    notes.Add($"#r \"nuget: {id}\": using {id} {used}, which the engine carries{asked}.");
                }
                else
                {
                    var carried = string.Join(", ", ScriptReferences.CarriedPackages.Keys.Order(StringComparer.OrdinalIgnoreCase));
                    return new CellPreprocessResult(code, notes,
                        $"({cellLabel}, line {lineNo}): #r \"nuget: {id}\": the package '{id}' is not available. Packages are not downloaded at run time; the engine carries {carried}. Reference a local assembly with #r \"path/to/library.dll\" instead.");
                }

                sb.Append(' ', line.Length);
            }
            else if (magic.Success)
            {
                var name = magic.Groups["magic"].Value;
                if (!LanguageMagics.Contains(name))
                {
                    notes.Add($"#!{name} (line {lineNo}): Polyglot magic command ignored.");
                }

                sb.Append(' ', line.Length);
            }
            else
            {
                sb.Append(line);
            }

            if (end < 0)
            {
                break;
            }

            sb.Append('\n');
            pos = end + 1;
        }

        return new CellPreprocessResult(sb.ToString(), notes, null);
    }
}
