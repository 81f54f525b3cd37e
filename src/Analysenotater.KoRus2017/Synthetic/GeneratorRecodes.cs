using System.Globalization;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Derived (recoded) variables of the KoRus 2017 data, read from the embedded <c>korus2017-generator-recodes.csv</c>:
/// each row maps a code of an item to a code of the derived variable, and «Annet»-like codes map to several derived
/// codes (chosen from the free text). The generator plans both together; the reproduction report uses the fixed
/// part when a data file lacks the derived column.
/// </summary>
internal static class GeneratorRecodes
{
    /// <summary>One row: <paramref name="Item"/> = <paramref name="Code"/> gives <paramref name="DerivedItem"/> = <paramref name="DerivedCode"/> (free texts from <paramref name="TextPool"/> when given).</summary>
    internal sealed record Rule(string Item, int Code, string DerivedItem, int DerivedCode, string? TextPool);

    private static readonly Lazy<IReadOnlyList<Rule>> LazyRules = new(() =>
    {
        var csv = ResourceCsv.LoadEmbedded("korus2017-generator-recodes.csv");
        return csv.Rows.Select(r => new Rule(csv.Get(r, "item"), int.Parse(csv.Get(r, "code"), CultureInfo.InvariantCulture), csv.Get(r, "derived_item"),
            int.Parse(csv.Get(r, "derived_code"), CultureInfo.InvariantCulture), csv.Get(r, "text_pool") is { Length: > 0 } pool ? pool : null)).ToList();
    });

    /// <summary>Every rule in file order.</summary>
    public static IReadOnlyList<Rule> Rules => LazyRules.Value;

    /// <summary>The codes of the item behind <paramref name="derivedItem"/> that map to one derived code each (the recode without the free-text part), or null when no rule defines it.</summary>
    public static (string Item, IReadOnlyDictionary<int, int> Map)? FixedPart(string derivedItem)
    {
        var rules = Rules.Where(r => r.DerivedItem == derivedItem).ToList();
        if (rules.Count == 0)
        {
            return null;
        }

        var map = rules.GroupBy(r => r.Code).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().DerivedCode);
        return (rules[0].Item, map);
    }
}
