using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// Handles what Roslyn scripting does not understand before compiling a cell: Polyglot / .NET Interactive magic
/// commands (<c>#!csharp</c>, <c>#!markdown</c>, <c>#!html</c>, <c>#!javascript</c>, <c>#!value</c>, <c>#!set</c>,
/// <c>#!share</c>, <c>#!time</c>, <c>#!about</c>), <c>#r "nuget: X, v"</c> and <c>#i "nuget: source"</c>. Each handled
/// line is replaced on the same line (by spaces, or by the C# a <c>#!set</c> / <c>#!share</c> stands for), so the lines
/// of the rest stay exact.
/// </summary>
internal static partial class CellPreprocessor
{
    /// <summary>The name of the <see cref="ScriptGlobals"/> member generated code reads shared values from.</summary>
    private const string ValuesMember = "AnalysenotaterValues";

    [GeneratedRegex("""^\s*#r\s+"nuget:\s*(?<id>[^,"\s]+)\s*(,\s*(?<version>[^"]*?))?\s*"\s*(//.*)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex NugetDirective();

    [GeneratedRegex("""^\s*#i\s+"(?<nuget>nuget:)?\s*(?<source>[^"]*)"\s*(//.*)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex IncludeDirective();

    [GeneratedRegex(@"^\s*#!(?<magic>[^\s]+)(?<rest>.*)$")]
    private static partial Regex MagicLine();

    private static readonly HashSet<string> CSharpMagics = new(StringComparer.OrdinalIgnoreCase) { "csharp", "c#", "cs" };

    private static readonly Dictionary<string, CellKindDirective> KindMagics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["markdown"] = CellKindDirective.Markdown,
        ["md"] = CellKindDirective.Markdown,
        ["html"] = CellKindDirective.Html,
        ["javascript"] = CellKindDirective.JavaScript,
        ["js"] = CellKindDirective.JavaScript,
        ["value"] = CellKindDirective.Value,
    };

    private static readonly HashSet<string> OtherLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "fsharp", "f#", "fs", "pwsh", "powershell", "sql", "kql", "mermaid", "http", "python", "r", "typescript", "ts",
    };

    /// <summary>Rewrites <paramref name="code"/> of the cell called <paramref name="cellLabel"/> in messages.</summary>
    public static CellPreprocessResult Process(string code, string cellLabel)
    {
        var lines = SplitLines(code);
        var first = lines.FindIndex(l => l.Text.Trim().Length > 0);
        if (first >= 0 && MagicLine().Match(lines[first].Text.TrimEnd('\r')) is { Success: true } head)
        {
            var name = head.Groups["magic"].Value;
            var body = string.Concat(lines.Skip(first + 1).Select(l => l.Text + l.Newline));
            if (KindMagics.TryGetValue(name, out var kind))
            {
                return new CellPreprocessResult("", [], null) { Kind = kind, Body = body, Options = ParseOptions(head.Groups["rest"].Value) };
            }

            if (OtherLanguages.Contains(name))
            {
                return new CellPreprocessResult("", [], null) { Kind = CellKindDirective.OtherLanguage, Body = body, Language = name };
            }
        }

        var notes = new List<string>();
        var packages = new List<PackageRequest>();
        var sources = new List<string>();
        var time = false;
        var about = false;
        var sb = new StringBuilder(code.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, newline) = lines[i];
            var lineNo = i + 1;
            var trimmed = line.TrimEnd('\r');
            string? replacement = null;
            if (NugetDirective().Match(trimmed) is { Success: true } nuget)
            {
                packages.Add(new PackageRequest(nuget.Groups["id"].Value, nuget.Groups["version"].Success ? nuget.Groups["version"].Value.Trim() : "", lineNo));
                replacement = "";
            }
            else if (IncludeDirective().Match(trimmed) is { Success: true } include)
            {
                if (include.Groups["nuget"].Success)
                {
                    sources.Add(include.Groups["source"].Value.Trim());
                }
                else
                {
                    notes.Add($"#i \"{include.Groups["source"].Value}\" (line {lineNo}): only package sources (#i \"nuget: …\") are understood; the line is ignored.");
                }

                replacement = "";
            }
            else if (MagicLine().Match(trimmed) is { Success: true } magic)
            {
                var name = magic.Groups["magic"].Value;
                var options = ParseOptions(magic.Groups["rest"].Value);
                switch (name.ToLowerInvariant())
                {
                    case var c when CSharpMagics.Contains(c):
                        replacement = "";
                        break;
                    case "time":
                        time = true;
                        replacement = "";
                        break;
                    case "about":
                        about = true;
                        replacement = "";
                        break;
                    case "set":
                        replacement = SetCode(options, cellLabel, lineNo, out var setError);
                        if (setError is not null)
                        {
                            return new CellPreprocessResult(code, notes, setError);
                        }

                        break;
                    case "share":
                        replacement = ShareCode(options, cellLabel, lineNo, out var shareError);
                        if (shareError is not null)
                        {
                            return new CellPreprocessResult(code, notes, shareError);
                        }

                        break;
                    default:
                        notes.Add($"#!{name} (line {lineNo}): this magic command is not supported here and was ignored.");
                        replacement = "";
                        break;
                }
            }

            sb.Append(replacement is null ? line : replacement.Length == 0 ? new string(' ', line.Length) : replacement).Append(newline);
        }

        return new CellPreprocessResult(sb.ToString(), notes, null) { Packages = packages, Sources = sources, Time = time, About = about };
    }

    /// <summary><c>#!set --name x --value v</c>: v is a literal (a string), <c>@csharp:y</c>, <c>@value:z</c>, <c>@input:"prompt"</c> or <c>@password:"prompt"</c>.</summary>
    private static string? SetCode(IReadOnlyDictionary<string, string> options, string cellLabel, int lineNo, out string? error)
    {
        error = null;
        if (!options.TryGetValue("name", out var name) || !SyntaxFacts.IsValidIdentifier(name) || !options.TryGetValue("value", out var value))
        {
            error = $"({cellLabel}, line {lineNo}): #!set needs --name <C# identifier> and --value <value>, for example #!set --name antall --value @csharp:n";
            return null;
        }

        return $"var {name} = {ValueExpression(value)};";
    }

    /// <summary><c>#!share --from value|csharp NAME [--as ALIAS]</c> (the name may also be given as <c>--name</c>).</summary>
    private static string? ShareCode(IReadOnlyDictionary<string, string> options, string cellLabel, int lineNo, out string? error)
    {
        error = null;
        options.TryGetValue("from", out var from);
        var name = options.TryGetValue("name", out var n) ? n : options.TryGetValue("", out var positional) ? positional : null;
        if (from is null || name is null)
        {
            error = $"({cellLabel}, line {lineNo}): #!share needs --from <kernel> and a name, for example #!share --from value data --as tekst";
            return null;
        }

        var alias = options.TryGetValue("as", out var a) ? a : name;
        if (!SyntaxFacts.IsValidIdentifier(alias))
        {
            error = $"({cellLabel}, line {lineNo}): #!share: '{alias}' is not a valid C# name; add --as <name>.";
            return null;
        }

        switch (from.ToLowerInvariant())
        {
            case "value":
                return $"var {alias} = {ValuesMember}.Get({Literal(name)});";
            case "csharp" or "c#":
                return alias == name ? "" : $"var {alias} = {name};";
            default:
                error = $"({cellLabel}, line {lineNo}): #!share --from {from}: the engine runs C# only; values can be shared from C# and from #!value cells.";
                return null;
        }
    }

    private static string ValueExpression(string value)
    {
        if (value.StartsWith("@csharp:", StringComparison.OrdinalIgnoreCase))
        {
            return value["@csharp:".Length..];
        }

        if (value.StartsWith("@value:", StringComparison.OrdinalIgnoreCase))
        {
            return $"{ValuesMember}.Get({Literal(value["@value:".Length..])})";
        }

        if (value.StartsWith("@input:", StringComparison.OrdinalIgnoreCase))
        {
            return $"input({Literal(value["@input:".Length..])})";
        }

        if (value.StartsWith("@password:", StringComparison.OrdinalIgnoreCase))
        {
            return $"password({Literal(value["@password:".Length..])})";
        }

        return Literal(value);
    }

    private static string Literal(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

    /// <summary>Splits <c>--name value</c> pairs (values may be quoted); a bare first word is stored under the empty key.</summary>
    internal static Dictionary<string, string> ParseOptions(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var sb = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                if (text[i] == '"')
                {
                    i++;
                    while (i < text.Length && text[i] != '"')
                    {
                        if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '"')
                        {
                            i++;
                        }

                        sb.Append(text[i++]);
                    }

                    i++;
                }
                else
                {
                    sb.Append(text[i++]);
                }
            }

            tokens.Add(sb.ToString());
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].StartsWith("--", StringComparison.Ordinal))
            {
                var key = tokens[t][2..];
                var hasValue = t + 1 < tokens.Count && !tokens[t + 1].StartsWith("--", StringComparison.Ordinal);
                options[key] = hasValue ? tokens[++t] : "true";
            }
            else if (!options.ContainsKey(""))
            {
                options[""] = tokens[t];
            }
        }

        return options;
    }

    private static List<(string Text, string Newline)> SplitLines(string code)
    {
        var lines = new List<(string, string)>();
        var pos = 0;
        while (true)
        {
            var end = code.IndexOf('\n', pos);
            if (end < 0)
            {
                lines.Add((code[pos..], ""));
                return lines;
            }

            lines.Add((code[pos..end], "\n"));
            pos = end + 1;
        }
    }
}
