using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// Reasons for published numbers that cannot all be reproduced, read from the embedded
/// <c>korus2017-known-differences.csv</c> (columns: match; kind: <c>report</c> for a contradiction between printed numbers of the report, <c>generator</c> for a trade-off the generator made; reason in bokmål; reason_en in English). <c>match</c> is a published-number id
/// (<c>key_figures_by_gender#45.totalt</c>), an id prefix ending in <c>*</c>, or <c>item:q21</c> for every number of an item.
/// </summary>
internal sealed class KnownDifferences
{
    private readonly List<(string Match, string Reason, string ReasonEnglish, bool IsReportContradiction)> _rules = [];

    public static KnownDifferences Load()
    {
        var csv = ResourceCsv.LoadEmbedded("korus2017-known-differences.csv");
        var k = new KnownDifferences();
        foreach (var r in csv.Rows)
        {
            k._rules.Add((csv.Get(r, "match"), csv.Get(r, "reason"), csv.Get(r, "reason_en"), csv.Get(r, "kind") == "report"));
        }

        return k;
    }

    /// <summary>The rules in file order (match, reason).</summary>
    public IReadOnlyList<(string Match, string Reason, string ReasonEnglish, bool IsReportContradiction)> Rules => _rules;

    /// <summary>True when <paramref name="rule"/> applies to the published number.</summary>
    public static bool Matches((string Match, string Reason, string ReasonEnglish, bool IsReportContradiction) rule, PublishedNumber p)
    {
        var m = rule.Match;
        return m == p.Id
            || (m.EndsWith('*') && p.Id.StartsWith(m[..^1], StringComparison.Ordinal))
            || (m.StartsWith("item:", StringComparison.Ordinal) && p.Measure.ItemIds.Contains(m[5..]));
    }

    /// <summary>The reason for <paramref name="p"/> in the current language and whether it is a contradiction of the report, or null.</summary>
    public (string Reason, bool IsReportContradiction)? Find(PublishedNumber p)
    {
        foreach (var rule in _rules)
        {
            if (Matches(rule, p))
            {
                return (Analysenotater.Localization.MessageLanguage.IsEnglish ? rule.ReasonEnglish : rule.Reason, rule.IsReportContradiction);
            }
        }

        return null;
    }
}
