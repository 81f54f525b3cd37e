using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Instruments;

namespace Analysenotater.Tables;

/// <summary>
/// Builds frequency tables: <c>FrequencyTables.Of(data, "q9")</c>, stratified <c>FrequencyTables.By(data, "q9", "kommunestorrelse")</c>
/// or by two variables, and key figures (<see cref="KeyFigures"/>: one share per row, Totalt and per group). Report
/// layouts of a particular study build on these (for example the KoRus 2017 module's). Disclosure control from the
/// <see cref="AnalysisContext"/> (default <see cref="DisclosurePolicy.KoRus2017"/>) is applied to every group.
/// </summary>
public static class FrequencyTables
{
    /// <summary>The answers to one item for everyone.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column holds text, a value is not an integer code, or the recode leaves a valid code out.</exception>
    public static FrequencyTable Of(SurveyDataset data, string itemId, FrequencyOptions? options = null, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Compute(data, itemId, GroupAssignment.None(data.RowCount), options ?? FrequencyOptions.Default, context ?? AnalysisContext.Default);
    }

    /// <summary>The answers to one item, for everyone and per group of <paramref name="groupBy"/> (and <paramref name="thenBy"/> when given: one group per combination).</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">A value is not an integer code, or the recode leaves a valid code out.</exception>
    public static FrequencyTable By(SurveyDataset data, string itemId, string groupBy, string? thenBy = null, FrequencyOptions? options = null, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(groupBy);
        options ??= FrequencyOptions.Default;
        return Compute(data, itemId, GroupAssignment.Cached(data, groupBy, thenBy, options), options, context ?? AnalysisContext.Default);
    }

    /// <summary>
    /// Key figures: one row per <see cref="KeyFigureRow"/> with the % in its codes and the n it is of, for Totalt and
    /// per group (default: the dataset's gender role, labelled by the study). <paramref name="denominator"/> picks what
    /// % are of for single-choice items (valid answers, or valid + «ikke aktuelt»); tick boxes are % of all respondents.
    /// </summary>
    /// <exception cref="ArgumentException">No rows, or the dataset has no gender role and <paramref name="groupBy"/> is null.</exception>
    /// <param name="data">The dataset.</param>
    /// <param name="rows">The key figures (item and codes).</param>
    /// <param name="groupBy">The grouping variable; null = the gender role.</param>
    /// <param name="denominator">What single-choice percentages are taken of.</param>
    /// <param name="context">Disclosure policy (default <see cref="AnalysisContext.Default"/>).</param>
    /// <param name="title">The table title.</param>
    /// <param name="groupLabels">Labels for the group codes.</param>
    /// <param name="weights">A weight column (weighted percentages; n and disclosure stay unweighted), or null.</param>
    public static KeyFigureTable KeyFigures(SurveyDataset data, IReadOnlyList<KeyFigureRow> rows, string? groupBy = null,
        Denominator denominator = Denominator.Valid, AnalysisContext? context = null, string title = "Nøkkeltall", IReadOnlyDictionary<int, string>? groupLabels = null,
        string? weights = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("A key-figure table needs at least one row.", nameof(rows));
        }

        groupBy ??= data.Roles.Gender ?? throw new ArgumentException("The dataset has no gender role; name the grouping variable.", nameof(groupBy));
        context ??= AnalysisContext.Default;
        var options = new FrequencyOptions { Denominator = denominator, GroupLabels = groupLabels, Weights = weights };
        var ga = GroupAssignment.Build(data, groupBy, null, options);
        var computed = new List<(KeyFigureRow Row, double[] Percent, int[] N, bool MultipleChoice)>();
        var decisions = new List<(DisclosureLevel[] Levels, bool[] Secondary)>();
        var withoutGroup = DisclosureLevel.Full;
        foreach (var row in rows)
        {
            var multiple = data.Instrument is { } ins && ins.HasItem(row.ItemId) && ins.GetItem(row.ItemId).Type == ItemType.MultipleChoice;
            var table = Compute(data, row.ItemId, ga, options, context, judgeAllRespondents: multiple);
            var cats = table.CategoryCodeSets;
            var pct = new double[table.Groups.Count];
            var n = new int[table.Groups.Count];
            for (var g = 0; g < pct.Length; g++)
            {
                double hits = 0;
                for (var c = 0; c < cats.Count; c++)
                {
                    if (cats[c].Any(row.Codes.Contains))
                    {
                        hits += table.RawShareCount(g, c);
                    }
                }

                n[g] = multiple ? RespondentsIn(ga, g, data.RowCount) : table.RawDenominator(g);
                var basis = multiple ? table.RawShareRespondents(g) : table.RawShareDenominator(g);
                pct[g] = n[g] == 0 || basis == 0 || cats.Count == 0 ? double.NaN : 100.0 * hits / basis;
            }

            computed.Add((row, pct, n, multiple));
            decisions.Add(([.. Enumerable.Range(0, pct.Length).Select(table.LevelAt)], [.. Enumerable.Range(0, pct.Length).Select(table.SecondaryAt)]));
            withoutGroup = (DisclosureLevel)Math.Min((int)withoutGroup, (int)table.WithoutGroupLevel);
        }

        return new KeyFigureTable(title, [GroupLabels.Total, .. ga.Labels], computed, denominator, context.Disclosure, groupBy, ga.MissingCount, decisions, withoutGroup) { WeightColumn = weights };
    }

    private static int RespondentsIn(GroupAssignment ga, int g, int rows) =>
        g == 0 ? rows : ga.GroupOf.Count(x => x == g - 1);

    private static List<int> DistinctCodes(SurveyDataset data, string itemId)
    {
        var v = data.ValidValues(itemId);
        var codes = new SortedSet<int>();
        foreach (var x in v)
        {
            if (double.IsNaN(x))
            {
                continue;
            }

            if (x != Math.Floor(x))
            {
                throw new ArgumentException($"Cannot count '{itemId}': value {x} is not an integer code.", nameof(itemId));
            }

            codes.Add((int)x);
        }

        return [.. codes];
    }

    private static FrequencyTable Compute(SurveyDataset data, string itemId, GroupAssignment ga, FrequencyOptions options, AnalysisContext context,
        bool judgeAllRespondents = false)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        var col = data[itemId];
        if (col is TextColumn)
        {
            throw new ArgumentException($"Column '{itemId}' holds text; frequency tables count answer codes.", nameof(itemId));
        }

        var scale = data.Instrument is { } ins && ins.HasItem(itemId) ? ins.ScaleOf(itemId) : null;
        var label = data.Instrument is { } ins2 && ins2.HasItem(itemId) ? ins2.GetItem(itemId).DisplayLabel : itemId;
        List<string> categories;
        Func<int, int> categoryOf;
        if (options.Recode is { } recode)
        {
            categories = [.. recode.Categories.Select(c => c.Label)];
            categoryOf = recode.CategoryOf;
        }
        else if (scale is not null)
        {
            var valid = scale.ValidOptions.ToList();
            categories = [.. valid.Select(o => o.Label)];
            categoryOf = code => valid.FindIndex(o => o.Code == code);
        }
        else
        {
            var codes = DistinctCodes(data, itemId);
            categories = [.. codes.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            categoryOf = codes.IndexOf;
        }

        // Rows are counted per raw valid code, then summed into categories: the disclosure decision rests on the raw
        // codes, so every recode of the item by the same grouping hides the same groups.
        var rawCodes = scale is not null ? [.. scale.ValidOptions.Select(o => (int)o.Code)] : DistinctCodes(data, itemId);
        var categoryOfRaw = rawCodes.Select(categoryOf).ToArray();

        var groupCount = ga.Labels.Count + 1;
        var weights = options.Weights is { } weightColumn ? ReadWeights(data, weightColumn) : null;
        var rowCategory = weights is null && ga.First is null ? null : new int[data.RowCount]; // raw code index, or −1 − status; weighted or two-way tables only
        var wcounts = weights is null ? null : new double[groupCount][];
        var wden = weights is null ? null : new double[groupCount];
        var wresp = weights is null ? null : new double[groupCount];
        var counts = new int[groupCount][];
        var validN = new int[groupCount];
        var denominator = new int[groupCount];
        var respondents = new int[groupCount];
        var statusCount = Enum.GetValues<ResponseStatus>().Max(x => (int)x) + 1;
        var missingCounts = new int[groupCount, statusCount];
        var missingSeen = new bool[groupCount, statusCount];
        for (var g = 0; g < groupCount; g++)
        {
            counts[g] = new int[rawCodes.Count];
            if (wcounts is not null)
            {
                wcounts[g] = new double[categories.Count];
            }
        }

        // Single pass: the status and category of each distinct value are looked up once, then every row is one
        // table lookup and two increments (respondent's group and Totalt).
        var groupOf = ga.GroupOf;
        var countsNa = options.Denominator == Denominator.ValidAndNotApplicable;
        var codeColumn = col as CodeColumn;
        var codeSpan = codeColumn is null ? default : codeColumn.Codes;
        var values = codeColumn is null ? data.ValidValues(itemId) : null;
        var statuses = codeColumn is null ? data.StatusesOf(itemId) : null;

        // Per code 0–255, looked up once: the category (≥ 0), or −1 − status for a missing code; int.MinValue = not yet known.
        var memo = new int[256];
        Array.Fill(memo, int.MinValue);
        var rowCount = data.RowCount;
        var countedWords = new int[(rowCount + 31) / 32]; // bit per row the rule judges: valid answers (tick boxes: every respondent)
        for (var r = 0; r < rowCount; r++)
        {
            ResponseStatus status;
            var cat = -1;
            if (codeColumn is not null)
            {
                var c = codeSpan[r];
                if (c == CodeColumn.Empty)
                {
                    status = ResponseStatus.NoAnswer;
                }
                else
                {
                    var known = (uint)c < 256 ? memo[c] : int.MinValue;
                    if (known == int.MinValue)
                    {
                        var st = data.StatusOfCode(itemId, c);
                        known = st == ResponseStatus.Valid ? CategoryOrThrow(c, r) : -1 - (int)st;
                        if ((uint)c < 256)
                        {
                            memo[c] = known;
                        }
                    }

                    cat = known;
                    status = known >= 0 ? ResponseStatus.Valid : (ResponseStatus)(-1 - known);
                }
            }
            else
            {
                status = statuses![r];
                if (status == ResponseStatus.Valid)
                {
                    var code = (int)values![r];
                    cat = (uint)code < 256 ? memo[code] : int.MinValue;
                    if (cat == int.MinValue)
                    {
                        cat = CategoryOrThrow(code, r);
                        if ((uint)code < 256)
                        {
                            memo[code] = cat;
                        }
                    }
                }
            }

            var second = groupOf[r] >= 0 ? groupOf[r] + 1 : -1;
            for (var g = 0; g >= 0; g = g == 0 ? second : -1)
            {
                respondents[g]++;
                if (cat >= 0)
                {
                    counts[g][cat]++;
                    validN[g]++;
                    denominator[g]++;
                }
                else
                {
                    missingCounts[g, (int)status]++;
                    missingSeen[g, (int)status] = true;
                    if (countsNa && status is ResponseStatus.NotApplicable or ResponseStatus.DoesNotHave)
                    {
                        denominator[g]++;
                    }
                }
            }

            rowCategory?[r] = cat >= 0 ? cat : -1 - (int)status;
            if (cat >= 0)
            {
                countedWords[r >> 5] |= 1 << (r & 31);
            }
        }

        var counted = new System.Collections.BitArray(countedWords) { Length = rowCount };
        if (judgeAllRespondents)
        {
            counted.SetAll(true);
        }

        // Weighted sums in a second pass over the recorded categories, so the unweighted count loop stays as lean as before.
        if (weights is not null)
        {
            for (var r = 0; r < rowCount; r++)
            {
                var w = weights[r];
                var k = rowCategory![r];
                var second = groupOf[r] >= 0 ? groupOf[r] + 1 : -1;
                for (var g = 0; g >= 0; g = g == 0 ? second : -1)
                {
                    wresp![g] += w;
                    if (k >= 0)
                    {
                        wcounts![g][categoryOfRaw[k]] += w;
                        wden![g] += w;
                    }
                    else if (countsNa && (ResponseStatus)(-1 - k) is ResponseStatus.NotApplicable or ResponseStatus.DoesNotHave)
                    {
                        wden![g] += w;
                    }
                }
            }
        }

        int CategoryOrThrow(int code, int row)
        {
            var category = categoryOf(code);
            var raw = rawCodes.IndexOf(code);
            return category >= 0 && raw >= 0 ? raw : throw new ArgumentException(options.Recode is { } rc
                ? $"Recode '{rc.Name}' does not place code {code} of item '{itemId}' (row {row + 1}) in any category."
                : $"Item '{itemId}': code {code} (row {row + 1}) is not a valid option of its scale.", nameof(options));
        }

        var missing = new Dictionary<ResponseStatus, int>[groupCount];
        for (var g = 0; g < groupCount; g++)
        {
            missing[g] = [];
            for (var st = 0; st < statusCount; st++)
            {
                if (missingSeen[g, st])
                {
                    missing[g][(ResponseStatus)st] = missingCounts[g, st];
                }
            }
        }

        // Decided with everything released before from the same data (the ledger may cap groups), then recorded.
        (DisclosureLevel[] Levels, bool[] Secondary, DisclosureLevel WithoutGroup, bool[] MeanHidden) decision = ([], [], DisclosureLevel.Nothing, []);
        var settled = ReleaseLedger.Of(data).Settle(TableRelease.Proposals(data, itemId, counted, ga, context.Disclosure, rawCodes, categoryOfRaw, counts, scale is not null || options.Recode is not null, weights), (caps, hiddenBefore) =>
        {
            decision = TableDisclosure.Decide(ga, rawCodes, counts, missing, rowCategory, weights, judgeAllRespondents, context.Disclosure, caps, hiddenBefore);
            return decision.Levels;
        });
        for (var g = 0; g < groupCount; g++)
        {
            decision.Secondary[g] |= settled.LoweredByLedger[g];
        }
        var rawCounts = counts;
        var means = rawCounts.Select(rc =>
        {
            long n = 0, sum = 0;
            for (var ri = 0; ri < rc.Length; ri++)
            {
                n += rc[ri];
                sum += (long)rc[ri] * rawCodes[ri];
            }

            return n == 0 ? double.NaN : (double)sum / n;
        }).ToArray();
        counts = new int[groupCount][];
        for (var g = 0; g < groupCount; g++)
        {
            counts[g] = new int[categories.Count];
            for (var ri = 0; ri < rawCodes.Count; ri++)
            {
                if (rawCounts[g][ri] > 0)
                {
                    counts[g][categoryOfRaw[ri]] += rawCounts[g][ri];
                }
            }
        }

        // The codes of each category, as shown.
        List<IReadOnlyList<int>> codeSets = options.Recode is { } rc ? [.. rc.Categories.Select(c => c.Codes)]
            : scale is not null ? [.. scale.ValidOptions.Select(o => (IReadOnlyList<int>)[o.Code])]
            : [.. rawCodes.Select(c => (IReadOnlyList<int>)[c])];

        // Without a scale or recode the categories are the codes that occur: a distribution in itself. When Totalt may
        // not show its distribution, only the codes of groups shown in full are named (none: the codes are not named).
        if (scale is null && options.Recode is null && decision.Levels[0] != DisclosureLevel.Full && !context.Disclosure.IsDisabled)
        {
            var keep = Enumerable.Range(0, categories.Count)
                .Where(c => Enumerable.Range(0, groupCount).Any(g => decision.Levels[g] == DisclosureLevel.Full && counts[g][c] > 0)).ToArray();
            if (keep.Length == 0)
            {
                categories = [Reporting.ReportCell.SuppressedMarker];
                counts = [.. validN.Select(v => new[] { v })];
                codeSets = [];
            }
            else
            {
                categories = [.. keep.Select(c => categories[c])];
                counts = [.. counts.Select(row => keep.Select(c => row[c]).ToArray())];
                wcounts = wcounts?.Select(row => keep.Select(c => row[c]).ToArray()).ToArray();
                codeSets = [.. keep.Select(c => codeSets[c])];
            }
        }

        return new FrequencyTable(itemId, label, categories, [GroupLabels.Total, .. ga.Labels], counts, validN, denominator, missing, respondents,
            options, context.Disclosure, ga.Description, ga.MissingCount, (decision.Levels, decision.Secondary, decision.WithoutGroup))
        {
            CategoryCodeSets = codeSets,
            LoweredByLedger = settled.LoweredByLedger,
            MeanHidden = decision.MeanHidden,
            Weighted = wcounts is null ? null : new WeightedCounts(wcounts, wden!, wresp!),
            Means = means,
        };
    }

    /// <summary>The weight column's values; every row must have a finite weight ≥ 0 (the message names the first bad row).</summary>
    private static double[] ReadWeights(SurveyDataset data, string column)
    {
        if (!data.HasColumn(column))
        {
            throw new KeyNotFoundException($"Weight column '{column}' is not in the dataset.");
        }

        if (data[column] is TextColumn)
        {
            throw new ArgumentException($"Weight column '{column}' holds text; weights must be numbers.", nameof(column));
        }

        var w = data.ValidValues(column);
        for (var r = 0; r < w.Length; r++)
        {
            if (!double.IsFinite(w[r]) || w[r] < 0)
            {
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Weight column '{column}', row {r + 1}: {(double.IsNaN(w[r]) ? "missing" : w[r].ToString("R", System.Globalization.CultureInfo.InvariantCulture))} is not a weight (finite and ≥ 0 needed for every row)."), nameof(column));
            }
        }

        return w;
    }
}
