using System.Globalization;

namespace Analysenotater.Localization;

/// <summary>
/// The language of user-facing texts (messages, notes, flag and status names, reasons): Norwegian bokmål by default,
/// English on request. The process-wide default is set once (the CLI's <c>--language en</c>); <see cref="Use"/> overrides
/// it for the current async flow. Independent of the machine's UI culture, so a Norwegian report stays Norwegian on an
/// English machine.
/// </summary>
public static class MessageLanguage
{
    private static readonly AsyncLocal<CultureInfo?> Override = new();
    private static CultureInfo? _default;

    /// <summary>Norwegian bokmål (nb), the default.</summary>
    public static CultureInfo Bokmal { get; } = CultureInfo.GetCultureInfo("nb");

    /// <summary>English (en).</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>The language texts are given in now: the scoped override, else the process default.</summary>
    public static CultureInfo Current => Override.Value ?? _default ?? Bokmal;

    /// <summary>True when <see cref="Current"/> is English.</summary>
    public static bool IsEnglish => Current.TwoLetterISOLanguageName == "en";

    /// <summary>The culture numbers and dates in texts are formatted with: nb-NO for bokmål, en-GB for English.</summary>
    public static CultureInfo FormatCulture => IsEnglish ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The language codes <see cref="Parse"/> accepts.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["nb", "en"];

    /// <summary>Sets the process-wide default language.</summary>
    /// <param name="language">Bokmål or English (see <see cref="Parse"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public static void SetDefault(CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(language);
        _default = Normalise(language);
    }

    /// <summary>Uses <paramref name="language"/> for the current async flow until the returned scope is disposed.</summary>
    /// <param name="language">Bokmål or English.</param>
    /// <returns>The scope; dispose it to return to the previous language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public static IDisposable Use(CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var previous = Override.Value;
        Override.Value = Normalise(language);
        return new Scope(() => Override.Value = previous);
    }

    /// <summary>Parses a language code: <c>nb</c> (also <c>no</c>, <c>nob</c>, <c>nb-NO</c>) or <c>en</c> (also <c>en-GB</c>, <c>en-US</c>).</summary>
    /// <param name="code">The code, case-insensitive.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentException">Not a supported language; the message lists the codes.</exception>
    public static CultureInfo Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToLowerInvariant() switch
        {
            "nb" or "no" or "nob" or "nb-no" or "no-no" or "bokmål" or "bokmal" => Bokmal,
            "en" or "en-gb" or "en-us" or "eng" or "english" => English,
            _ => throw new ArgumentException(Messages.Format("Language.Unknown", code, string.Join(", ", Codes)), nameof(code)),
        };
    }

    private static CultureInfo Normalise(CultureInfo language) => language.TwoLetterISOLanguageName == "en" ? English : Bokmal;

    private sealed class Scope(Action restore) : IDisposable
    {
        private Action? _restore = restore;

        public void Dispose()
        {
            _restore?.Invoke();
            _restore = null;
        }
    }
}
