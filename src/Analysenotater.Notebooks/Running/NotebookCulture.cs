using System.Globalization;
using System.Text.Json;
using Analysenotater.Notebooks.Documents;

namespace Analysenotater.Notebooks.Running;

/// <summary>The culture a notebook's cells run with: an explicit choice, else the notebook metadata <c>analysenotater.culture</c>, else nb-NO.</summary>
public static class NotebookCulture
{
    /// <summary>The default: Norwegian bokmål (nb-NO): «53,6», «01.01.2019».</summary>
    public static CultureInfo Default { get; } = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>Resolves the culture for <paramref name="notebook"/>.</summary>
    /// <param name="notebook">The notebook (its metadata may name a culture).</param>
    /// <param name="explicitCulture">A culture chosen by the caller (the CLI's <c>--culture</c>), or null.</param>
    /// <returns>The culture.</returns>
    /// <exception cref="CultureNotFoundException">The metadata names a culture that does not exist.</exception>
    public static CultureInfo Resolve(Notebook notebook, CultureInfo? explicitCulture)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        if (explicitCulture is not null)
        {
            return explicitCulture;
        }

        try
        {
            using var doc = JsonDocument.Parse(notebook.MetadataJson);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("analysenotater", out var an) && an.ValueKind == JsonValueKind.Object
                && an.TryGetProperty("culture", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } name)
            {
                return CultureInfo.GetCultureInfo(name);
            }
        }
        catch (JsonException)
        {
            // Metadata that is not JSON has no culture.
        }

        return Default;
    }
}
