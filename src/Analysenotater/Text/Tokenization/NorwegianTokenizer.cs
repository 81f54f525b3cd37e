using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysenotater.Text.Tokenization;

/// <summary>
/// Splits Norwegian text (bokmål and nynorsk) into tokens: words with æøå and inner hyphens or apostrophes kept whole
/// («e-post», «Sør-Fron», «NAV-kontoret», «Kari's»), numbers with inner separators («1,5», «12.03.2020»), web and
/// e-mail addresses kept whole, emoji (with skin tones and joiners) and text smileys, and single punctuation marks.
/// White space is dropped. Lower-casing uses the Norwegian culture (nb-NO).
/// </summary>
public static partial class NorwegianTokenizer
{
    /// <summary>The culture used for lower-casing: nb-NO, or the invariant culture when the machine has no ICU data for it.</summary>
    public static CultureInfo Culture { get; } = LoadCulture();

    /// <summary>Tokenizes <paramref name="text"/>. Null or empty text gives no tokens.</summary>
    public static IReadOnlyList<Token> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var list = new List<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            var kind = m.Groups["url"].Success ? TokenKind.Url
                : m.Groups["email"].Success ? TokenKind.Email
                : m.Groups["num"].Success ? TokenKind.Number
                : m.Groups["word"].Success ? TokenKind.Word
                : m.Groups["emoji"].Success ? TokenKind.Emoji
                : TokenKind.Punctuation;
            var value = m.Value;
            if (kind == TokenKind.Url)
            {
                value = value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '»', '"', '\'');
            }

            list.Add(new Token(value, Lower(value), kind, m.Index));
        }

        return list;
    }

    /// <summary>The words only (kind <see cref="TokenKind.Word"/>), lower-cased.</summary>
    public static IReadOnlyList<string> Words(string? text) => [.. Tokenize(text).Where(t => t.Kind == TokenKind.Word).Select(t => t.Lower)];

    /// <summary>Lower-cases with the Norwegian culture («ÆØÅ» → «æøå»).</summary>
    public static string Lower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Culture.TextInfo.ToLower(text);
    }

    private static CultureInfo LoadCulture()
    {
        try
        {
            return CultureInfo.GetCultureInfo("nb-NO");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    // Order matters: addresses before words, numbers before punctuation, smileys before punctuation.
    [GeneratedRegex(
        @"(?<url>(?:https?://|www\.)[^\s<>""«»]+)" +
        @"|(?<email>[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,})" +
        @"|(?<num>\p{N}+(?:[.,:/\-]\p{N}+)*)" +
        @"|(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)" +
        @"|(?<emoji>(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u2600-\u27BF])(?:\uFE0F|\uD83C[\uDFFB-\uDFFF]|\u200D(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u2600-\u27BF]))*|[:;]-?[()DPp](?![\p{L}\p{N}]))" +
        @"|(?<punct>[\p{P}\p{S}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
