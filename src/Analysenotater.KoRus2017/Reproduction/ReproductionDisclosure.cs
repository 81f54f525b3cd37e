using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// The disclosure gate of the reproduction report. Every reproduced number of a group (Totalt, a size group, a gender,
/// a size group × gender cell) is shown only when that group is released under <see cref="AnalysisContext.Default"/>,
/// decided per measure on the respondents the number is taken over (its denominator: the item's valid answers, the
/// indicator's scored respondents, everyone for a count of respondents), with the core's linear secondary suppression
/// (<see cref="GroupSuppression"/>) over one problem that holds every grouping the report prints at once:
/// <list type="bullet">
/// <item>Atoms: the crossing of every grouping column of the report (<c>kommunestorrelse</c>, <c>kjonn</c>) and, for a
/// crossed output, its second variable — every combination, «no value» a level of its own.</item>
/// <item>Published groups: Totalt; each group of each grouping column that the report prints a number for. For a crossed
/// output (a group's distribution of another grouping variable, such as the gender question <c>q1</c> by size group), the
/// two-way decision: the measure's groups and each cell group × category are decided; the other groupings and the
/// categories' margins (printed as Totalt's distribution) are taken as published, as a two-way table's companion margins.</item>
/// <item>Never published, protected when small: every cell of every two groupings (size × gender, «no value» included),
/// the respondents without a value of each grouping, and data codes the report never prints (a size group «4»).</item>
/// </list>
/// Unlike a single two-way table, whose margins come from its companion tables and are taken as given, the margins are
/// decided here together with the cells: a size × gender cell of 2 that the size and gender margins would give by
/// subtraction (for example gender «Kvinner» minus a size group of women only) hides a margin as well. Answer classes
/// are the item's codes for single-item percentages and counts (so every published percentage of the item by a group
/// is covered), numerator or not otherwise. n and means need «n and means»; everything else the full tier; a crossed
/// output needs every cell of its group at «n and means» (its percentages are the cells' counts).
/// </summary>
internal sealed class ReproductionDisclosure
{
    /// <summary>
    /// Items whose categories form a grouping the report also prints: the gender question, which the <c>kjonn</c> column
    /// copies. Its distribution within a size group is the size × gender crossing.
    /// </summary>
    private static readonly string[] GroupingItems = ["q1"];

    /// <summary>The report's grouping columns and the codes it prints a number for, from the catalog.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<string>>> PrintedGroups = new(() => PublishedNumberCatalog.KoRus2017
        .Where(p => p.Measure.FilterColumn is not null)
        .GroupBy(p => p.Measure.FilterColumn!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Measure.FilterCode.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    private static readonly PublishedStatistic[] Gated =
    [
        PublishedStatistic.Percent, PublishedStatistic.Count, PublishedStatistic.N, PublishedStatistic.Mean, PublishedStatistic.StandardDeviation,
        PublishedStatistic.Minimum, PublishedStatistic.Maximum,
    ];

    private readonly SurveyDataset _data;
    private readonly DisclosurePolicy _policy = AnalysisContext.Default.Disclosure;
    private readonly Dictionary<string, Dictionary<string, DisclosureLevel>> _decisions = new(StringComparer.Ordinal);

    /// <summary>The gate for <paramref name="data"/>.</summary>
    public ReproductionDisclosure(SurveyDataset data) => _data = data;

    /// <summary>The policy applied.</summary>
    public DisclosurePolicy Policy => _policy;

    /// <summary>
    /// The level of the respondents with value <paramref name="code"/> (invariant text) in <paramref name="column"/>,
    /// decided with every grouping of the report; a value with no respondents is <see cref="DisclosureLevel.Full"/>.
    /// </summary>
    public DisclosureLevel LevelOf(string column, string code)
    {
        if (_policy.IsDisabled || !_data.HasColumn(column))
        {
            return DisclosureLevel.Full;
        }

        var m = new PublishedMeasure(PublishedStatistic.N, [], [], PublishedDenominator.AllRespondents, column,
            int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : int.MinValue);
        return Decide(m, column, code).GetValueOrDefault(GroupKey(column, code), DisclosureLevel.Full);
    }

    /// <summary>True when the reproduced value of <paramref name="measure"/> may be shown.</summary>
    public bool MayShow(PublishedMeasure measure)
    {
        if (_policy.IsDisabled)
        {
            return true;
        }

        var column = measure.FilterColumn;
        if (column is not null && !_data.HasColumn(column))
        {
            return true; // nothing to compute a group on: the report says the column is missing
        }

        if (measure.Statistic == PublishedStatistic.TopWord)
        {
            // A word's rank is shown only when the word is released by the word-list rule (ranked among released words only).
            return measure.ItemIds is not [var question] || measure.Word is not { } word || !_data.HasColumn(question)
                || !double.IsNaN(PublishedMeasureEvaluator.WordRank(_data, question, word));
        }

        if (column is null && !Gated.Contains(measure.Statistic))
        {
            return true; // whole-file models, alphas and word ranks are other gates' (issue 17: models, text)
        }

        if (measure.ItemIds.Any(id => !_data.HasColumn(id) && GeneratorRecodes.FixedPart(id) is null) || (measure.IndicatorId is not null && _data.Instrument is null))
        {
            return true; // not computable: the report names the missing column instead of a number
        }

        var code = column is null ? "" : measure.FilterCode.ToString(CultureInfo.InvariantCulture);
        var levels = Decide(measure, column, code);
        var key = column is null ? "" : GroupKey(column, code);
        var level = levels.GetValueOrDefault(key, DisclosureLevel.Full);
        var needed = measure.Statistic is PublishedStatistic.N or PublishedStatistic.Mean ? DisclosureLevel.MeansOnly : DisclosureLevel.Full;
        if (level < needed)
        {
            return false;
        }

        if (CrossedItem(measure) is { } crossed)
        {
            // Its percentages are the counts of the cells group × category: each must be released at «n and means».
            var prefix = key + "×" + crossed + "=";
            return levels.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).All(kv => kv.Value >= DisclosureLevel.MeansOnly);
        }

        return true;
    }

    private static string GroupKey(string column, string code) => column + "=" + code;

    /// <summary>The second variable of a crossed output: a group's distribution of another grouping variable; null otherwise.</summary>
    private string? CrossedItem(PublishedMeasure m) =>
        m.FilterColumn is { } a && m.ItemIds is [var b] && b != a && m.Statistic is PublishedStatistic.Percent or PublishedStatistic.Count
        && (PrintedGroups.Value.ContainsKey(b) || GroupingItems.Contains(b)) && _data.HasColumn(b) ? b : null;

    /// <summary>The levels of Totalt (key ""), every printed group («column=code») and, for a crossed output, its cells («column=code×item=code»).</summary>
    private Dictionary<string, DisclosureLevel> Decide(PublishedMeasure m, string? column, string code)
    {
        var crossed = CrossedItem(m);
        var (inDen, hit) = PublishedMeasureEvaluator.RowsOf(_data, m);
        var singleCoded = crossed is null && m.IsSingleItem && m.Statistic is PublishedStatistic.Percent or PublishedStatistic.Count
            && _data.HasColumn(m.ItemIds[0]) && _data[m.ItemIds[0]] is CodeColumn;

        // Grouping variables: the report's grouping columns, the measure's own, the crossed output's second variable.
        var dims = PrintedGroups.Value.Keys.Where(_data.HasColumn).Order(StringComparer.Ordinal).ToList();
        if (column is not null && !dims.Contains(column))
        {
            dims.Add(column);
        }

        if (crossed is not null && !dims.Contains(crossed))
        {
            dims.Add(crossed);
        }

        // Answer classes: the item's codes (single-item percentages and counts), else numerator / rest; then «not in the n».
        var rows = _data.RowCount;
        var classOf = new int[rows];
        int classes;
        string cacheKey;
        if (singleCoded)
        {
            var item = _data[m.ItemIds[0]];
            var codes = Enumerable.Range(0, rows).Where(i => inDen[i]).Select(i => item.IsEmpty(i) ? "" : item.FormatInvariant(i)).Distinct().Order(StringComparer.Ordinal).ToList();
            classes = codes.Count + 1;
            for (var i = 0; i < rows; i++)
            {
                classOf[i] = inDen[i] ? codes.IndexOf(item.IsEmpty(i) ? "" : item.FormatInvariant(i)) : codes.Count;
            }

            cacheKey = $"{m.ItemIds[0]}|{m.Denominator}|{string.Join(",", m.DenominatorCodes)}";
        }
        else
        {
            var split = m.Statistic is PublishedStatistic.Percent or PublishedStatistic.Count && crossed is null;
            classes = split ? 3 : 2;
            for (var i = 0; i < rows; i++)
            {
                classOf[i] = !inDen[i] ? classes - 1 : split && !hit[i] ? 1 : 0;
            }

            cacheKey = string.Create(CultureInfo.InvariantCulture,
                $"{m.Statistic}|{string.Join(",", m.ItemIds)}|{string.Join(",", m.Codes)}|{m.Denominator}|{string.Join(",", m.DenominatorCodes)}|{m.RangeLow}|{m.RangeHigh}|{m.IndicatorId}|{crossed}");
        }

        cacheKey += "|" + string.Join(",", dims);
        if (_decisions.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        // Levels per grouping variable: its codes (ordinal), then «no value».
        var codesOf = new List<string>[dims.Count];
        var levelOf = new int[dims.Count][];
        for (var d = 0; d < dims.Count; d++)
        {
            var col = _data[dims[d]];
            codesOf[d] = [.. Enumerable.Range(0, rows).Where(i => !col.IsEmpty(i)).Select(col.FormatInvariant).Distinct().Order(StringComparer.Ordinal)];
            var index = codesOf[d].Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
            levelOf[d] = [.. Enumerable.Range(0, rows).Select(i => col.IsEmpty(i) ? codesOf[d].Count : index[col.FormatInvariant(i)])];
        }

        var radix = codesOf.Select(c => c.Count + 1).ToArray();
        var atomCount = radix.Aggregate(1, (a, r) => a * r);
        int LevelInAtom(int atom, int d)
        {
            for (var e = dims.Count - 1; e > d; e--)
            {
                atom /= radix[e];
            }

            return atom % radix[d];
        }

        var counts = Enumerable.Range(0, atomCount).Select(_ => new int[classes]).ToList();
        for (var i = 0; i < rows; i++)
        {
            var atom = 0;
            for (var d = 0; d < dims.Count; d++)
            {
                atom = (atom * radix[d]) + levelOf[d][i];
            }

            counts[atom][classOf[i]]++;
        }

        int[] AtomsWhere(Func<int, bool> keep) => [.. Enumerable.Range(0, atomCount).Where(keep)];
        var blocks = new List<SuppressionBlock> { new(Tables.GroupLabels.Total, AtomsWhere(_ => true), BlockRole.Total) };
        var keys = new List<string> { "" };
        void Add(string key, int[] atoms, BlockRole role)
        {
            blocks.Add(new SuppressionBlock(key, atoms, role));
            keys.Add(key);
        }

        for (var d = 0; d < dims.Count; d++)
        {
            var printed = PrintedGroups.Value.GetValueOrDefault(dims[d]);
            for (var l = 0; l < codesOf[d].Count; l++)
            {
                // A group the report prints is decided here; one it never prints (a data code outside the catalog) is protected only.
                // For a crossed output the measure's own grouping is decided with the cells; the other groupings and the crossed
                // variable's categories (printed as Totalt's distribution) are taken as published, as the companion margins of a two-way table.
                var printedHere = printed?.Contains(codesOf[d][l]) == true || dims[d] == column;
                var role = crossed is null ? (printedHere ? BlockRole.Group : BlockRole.Unpublished)
                    : dims[d] == column ? BlockRole.Group
                    : dims[d] == crossed || printedHere ? BlockRole.Margin
                    : BlockRole.Unpublished;
                var (dd, ll) = (d, l);
                Add(GroupKey(dims[d], codesOf[d][l]), AtomsWhere(a => LevelInAtom(a, dd) == ll), role);
            }

            var dm = d;
            Add(dims[d] + " uten verdi", AtomsWhere(a => LevelInAtom(a, dm) == codesOf[dm].Count), BlockRole.Unpublished);
        }

        for (var d = 0; d < dims.Count; d++)
        {
            for (var e = d + 1; e < dims.Count; e++)
            {
                for (var l1 = 0; l1 < radix[d]; l1++)
                {
                    for (var l2 = 0; l2 < radix[e]; l2++)
                    {
                        var (dd, ee, ll1, ll2) = (d, e, l1, l2);
                        var atoms = AtomsWhere(a => LevelInAtom(a, dd) == ll1 && LevelInAtom(a, ee) == ll2);
                        var isCell = crossed is not null && l1 < codesOf[d].Count && l2 < codesOf[e].Count
                            && ((dims[d] == column && dims[e] == crossed) || (dims[e] == column && dims[d] == crossed));
                        if (isCell)
                        {
                            var (groupDim, groupLevel, itemDim, itemLevel) = dims[d] == column ? (d, l1, e, l2) : (e, l2, d, l1);
                            Add(GroupKey(dims[groupDim], codesOf[groupDim][groupLevel]) + "×" + GroupKey(dims[itemDim], codesOf[itemDim][itemLevel]), atoms, BlockRole.Group);
                        }
                        else
                        {
                            Add(dims[d] + "×" + dims[e], atoms, BlockRole.Unpublished);
                        }
                    }
                }
            }
        }

        var judged = Enumerable.Range(0, classes).Select(c => c < classes - 1).ToArray();
        int[][] nSums = [[.. judged.Select(j => j ? 1 : 0)], [.. Enumerable.Repeat(1, classes)]];
        var (levels, _) = GroupSuppression.Decide(_policy, counts, judged, nSums, blocks);
        var result = new Dictionary<string, DisclosureLevel>(StringComparer.Ordinal);
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Role is BlockRole.Total or BlockRole.Group or BlockRole.Margin)
            {
                result[keys[b]] = levels[b];
            }
        }

        _decisions[cacheKey] = result;
        return result;
    }
}
