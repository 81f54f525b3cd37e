using Analysenotater.Data;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>Reads what a released table shows — through its public API only — into facts for the <see cref="ExactAttacker"/>.</summary>
internal static class ReleasedFacts
{
    /// <summary>
    /// Every number a frequency table shows: n's, counts, missing counts, percentages (rounded as exported) and the
    /// count of respondents without a group value, and (with <paramref name="withMeans"/>) each group's n × mean, the sum of its codes. <paramref name="atomsOf"/> maps a group label (Totalt included) to
    /// its atoms; <paramref name="withoutGroup"/> are the atoms of respondents without a group value.
    /// </summary>
    public static void Add(ExactAttacker attacker, SmallSurvey s, FrequencyTable t, Func<string, int[]> atomsOf, int[] withoutGroup, string name, bool withMeans = true)
    {
        foreach (var group in t.Groups)
        {
            var atoms = atomsOf(group);
            Fact(t.ValidN(group), s.Vars(atoms, SmallSurvey.ValidClasses), $"{name} n {group}");
            Fact(t.Respondents(group), s.Vars(atoms, SmallSurvey.AllClasses), $"{name} respondents {group}");
            Fact(t.MissingCount(group, ResponseStatus.NoAnswer), s.Vars(atoms, [3]), $"{name} blank {group}");

            // The mean (full precision through the API): n × mean is the sum of the codes, each count times its code.
            if (withMeans && !double.IsNaN(t.Mean(group)) && t.ValidN(group) is { } vn and > 0)
            {
                attacker.Equal([.. new[] { 1, 2, 3 }.SelectMany(code => Enumerable.Repeat(s.Vars(atoms, [code - 1]), code).SelectMany(v => v))],
                    (long)Math.Round(t.Mean(group) * vn), $"{name} mean {group}");
            }
            foreach (var code in new[] { 1, 2, 3 })
            {
                var category = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (t.Categories.Contains(Analysenotater.Reporting.ReportCell.SuppressedMarker))
                {
                    continue; // the codes that occur are not named
                }

                if (!t.Categories.Contains(category))
                {
                    // A code no one gave is not a category: the attacker learns that its count is 0 everywhere.
                    attacker.Equal(s.Vars(s.AllAtoms, [code - 1]), 0, $"{name} no category {code}");
                    continue;
                }

                Fact(t.Count(group, category), s.Vars(atoms, [code - 1]), $"{name} count {group} {code}");
                var pct = t.Percent(group, category);
                if (!double.IsNaN(pct) && t.DenominatorN(group) is { } den and > 0)
                {
                    var shown = Math.Round(pct, t.Options.Decimals, MidpointRounding.AwayFromZero);
                    attacker.OneOf(s.Vars(atoms, [code - 1]), Enumerable.Range(0, den + 1).Where(k => Math.Round(100.0 * k / den, t.Options.Decimals, MidpointRounding.AwayFromZero) == shown).Select(k => (long)k), $"{name} % {group} {code}");
                }
            }
        }

        Fact(t.RespondentsWithoutGroup, s.Vars(withoutGroup, SmallSurvey.AllClasses), $"{name} without group");

        void Fact(int? value, int[] vars, string source)
        {
            if (value is { } v)
            {
                attacker.Equal(vars, v, source);
            }
        }
    }

    /// <summary>Every number a key-figure table shows: n per row and group, and the share (its count follows from n).</summary>
    public static void Add(ExactAttacker attacker, SmallSurvey s, KeyFigureTable t, Func<string, int[]> atomsOf, string name)
    {
        foreach (var row in t.Rows)
        {
            foreach (var group in t.Groups)
            {
                var atoms = atomsOf(group);
                if (t.N(row.Label, group) is { } n)
                {
                    attacker.Equal(s.Vars(atoms, SmallSurvey.ValidClasses), n, $"{name} n {group}");
                    var pct = t.Percent(row.Label, group);
                    if (!double.IsNaN(pct))
                    {
                        var shown = Math.Round(pct, 0, MidpointRounding.AwayFromZero);
                        attacker.OneOf(s.Vars(atoms, [.. row.Codes.Where(c => c is >= 1 and <= 3).Select(c => c - 1)]),
                            Enumerable.Range(0, n + 1).Where(k => Math.Round(100.0 * k / n, 0, MidpointRounding.AwayFromZero) == shown).Select(k => (long)k), $"{name} % {group}");
                    }
                }
            }
        }
    }
}
