using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Analysenotater.Localization;

/// <summary>
/// The user-facing texts of one assembly, from its .resx resources: the neutral file in bokmål (<c>X.resx</c>) and
/// English in <c>X.en.resx</c>, looked up in <see cref="MessageLanguage.Current"/>. A key missing from the English
/// file falls back to bokmål; a key missing everywhere returns the key itself (visible, never an exception).
/// </summary>
public sealed class TextCatalog
{
    private readonly ResourceManager _resources;

    /// <summary>Creates a catalog over the embedded resource <paramref name="baseName"/> of <paramref name="assembly"/>.</summary>
    /// <param name="baseName">The resource's full name without culture and extension, for example <c>Analysenotater.Localization.Resources.Messages</c>.</param>
    /// <param name="assembly">The assembly that embeds it.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public TextCatalog(string baseName, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(baseName);
        ArgumentNullException.ThrowIfNull(assembly);
        _resources = new ResourceManager(baseName, assembly);
    }

    /// <summary>The text of <paramref name="key"/> in the current language.</summary>
    /// <param name="key">The resource key.</param>
    /// <returns>The text, or the key when it has none.</returns>
    public string Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _resources.GetString(key, MessageLanguage.Current) ?? key;
    }

    /// <summary>True when the catalog has a text for <paramref name="key"/>.</summary>
    /// <param name="key">The resource key.</param>
    /// <returns>Whether the key exists (in any language).</returns>
    public bool Has(string key) => _resources.GetString(key, MessageLanguage.Bokmal) is not null;

    /// <summary>The text of <paramref name="key"/> with <paramref name="args"/> filled in; numbers and dates in the language's format (nb-NO: «53,6»).</summary>
    /// <param name="key">The resource key of a composite format string.</param>
    /// <param name="args">The values for <c>{0}</c>, <c>{1}</c>, ….</param>
    /// <returns>The formatted text.</returns>
    public string Format(string key, params object?[] args) => string.Format(MessageLanguage.FormatCulture, Get(key), args);

    /// <summary>The display name of an enum value: the key <c>EnumType.Value</c>, else the value's name.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name in the current language.</returns>
    public string Name(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = value.GetType().Name + "." + value;
        return _resources.GetString(key, MessageLanguage.Current) ?? value.ToString();
    }

    /// <summary>The texts of every key in <paramref name="language"/> (for tests that check a language is complete).</summary>
    /// <param name="language">The language.</param>
    /// <returns>Key → text, only keys that the language's own file defines.</returns>
    public IReadOnlyDictionary<string, string> Entries(CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var set = _resources.GetResourceSet(language, createIfNotExists: true, tryParents: false);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (set is null)
        {
            return result;
        }

        foreach (System.Collections.DictionaryEntry e in set)
        {
            if (e.Value is string s)
            {
                result[(string)e.Key] = s;
            }
        }

        return result;
    }
}
