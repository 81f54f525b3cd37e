namespace Analysenotater.Localization;

/// <summary>
/// The core library's user-facing texts (<c>Localization/Resources/Messages.resx</c>, English in
/// <c>Messages.en.resx</c>): import issues, notes, flag and kind names. Other projects keep their own
/// <see cref="TextCatalog"/> over their own resources.
/// </summary>
public static class Messages
{
    /// <summary>The catalog.</summary>
    public static TextCatalog Catalog { get; } = new("Analysenotater.Localization.Resources.Messages", typeof(Messages).Assembly);

    /// <summary>The text of <paramref name="key"/> in <see cref="MessageLanguage.Current"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The text.</returns>
    public static string Get(string key) => Catalog.Get(key);

    /// <summary>The text of <paramref name="key"/> with values filled in (see <see cref="TextCatalog.Format"/>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="args">The values.</param>
    /// <returns>The text.</returns>
    public static string Format(string key, params object?[] args) => Catalog.Format(key, args);

    /// <summary>The display name of a core enum value (for example an import issue kind or a screening flag kind).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name in <see cref="MessageLanguage.Current"/>.</returns>
    public static string Name(Enum value) => Catalog.Name(value);
}
