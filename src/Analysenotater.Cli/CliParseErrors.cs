using System.Text.RegularExpressions;
using Analysenotater.Localization;

namespace Analysenotater.Cli;

/// <summary>
/// System.CommandLine's parse error messages in the language of <c>--language</c>. The library writes them in English
/// only; each message it can give is a <c>ParseError.*</c> entry of <see cref="CliTexts"/> whose English text is the
/// library's own format string (version 3.0), so a message is recognised by that format and rewritten with the
/// current language's text. A message not recognised is passed on unchanged.
/// </summary>
internal static class CliParseErrors
{
    private const string Prefix = "ParseError.";

    private static readonly Lazy<IReadOnlyList<(Regex Pattern, string Key)>> Patterns = new(Build);

    /// <summary>The message in the current language.</summary>
    /// <param name="message">System.CommandLine's English message.</param>
    /// <returns>The translated message, or <paramref name="message"/> when it is not one of the known formats.</returns>
    public static string Translate(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (pattern, key) in Patterns.Value)
        {
            var m = pattern.Match(message);
            if (m.Success)
            {
                return CliTexts.Format(key, [.. m.Groups.Cast<Group>().Skip(1).Select(g => (object?)g.Value)]);
            }
        }

        return message;
    }

    private static List<(Regex, string)> Build()
    {
        var list = new List<(Regex, string)>();
        foreach (var (key, english) in CliTexts.Catalog.Entries(MessageLanguage.English).Where(e => e.Key.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            // "Option '{0}' is required." → ^Option '(.*?)' is required\.$ (the last hole takes the rest greedily)
            var parts = Regex.Split(english, @"\{\d\}");
            var holes = Regex.Matches(english, @"\{\d\}").Count;
            var regex = "^" + string.Concat(parts.Select((p, i) => Regex.Escape(p) + (i < holes ? (i == holes - 1 ? "(.*)" : "(.*?)") : string.Empty))) + "$";
            list.Add((new Regex(regex, RegexOptions.Singleline | RegexOptions.CultureInvariant), key));
        }

        // Longer formats first, so that a general one does not take a message of a more specific one.
        return [.. list.OrderByDescending(x => x.Item1.ToString().Length)];
    }
}
