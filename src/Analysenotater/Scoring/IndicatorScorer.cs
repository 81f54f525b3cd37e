using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Instruments;

namespace Analysenotater.Scoring;

/// <summary>
/// Scores indicators on a dataset: <c>IndicatorScorer.Score(data, "ind_samlet")</c> uses the rule the instrument
/// names; pass a rule (<c>ScoringRules.KoRusFull</c>) to compare readings. Item scales come from the dataset's
/// instrument; blank answers and missing codes («ikke aktuelt», «har ikke», «vet ikke») are missing; reverse-keyed
/// items are reversed (min + max − code) first.
/// </summary>
public static class IndicatorScorer
{
    /// <summary>Scores the indicator with this id from the dataset's instrument.</summary>
    /// <exception cref="InvalidOperationException">The dataset has no instrument.</exception>
    /// <exception cref="KeyNotFoundException">No such indicator, rule or item column.</exception>
    public static IndicatorScores Score(SurveyDataset dataset, string indicatorId, ScoringRule? rule = null, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(indicatorId);
        var instrument = RequireInstrument(dataset, indicatorId);
        return Score(dataset, instrument.GetIndicator(indicatorId), rule, context);
    }

    /// <summary>
    /// Scores an indicator. <paramref name="rule"/> defaults to the rule the definition names
    /// (<see cref="IndicatorDefinition.Rule"/>); <paramref name="context"/> to <see cref="AnalysisContext.Default"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dataset has no instrument, or an item has no answer scale or holds text.</exception>
    /// <exception cref="KeyNotFoundException">The rule id is unknown or an item column is absent.</exception>
    public static IndicatorScores Score(SurveyDataset dataset, IndicatorDefinition indicator, ScoringRule? rule = null, AnalysisContext? context = null)
    {
        var scores = ScoreUnreleased(dataset, indicator, rule, context);

        // Across releases: the summary (n, mean …) of every row of the dataset is a release of the indicator.
        var policy = scores.Disclosure;
        var own = scores.Level;
        var decision = ReleaseLedger.Of(dataset).Settle(
            new ReleaseProposal(dataset, Measure(scores), Scored(scores), [], [ReleaseGroup.Everyone], policy),
            caps => [own < caps[0] ? own : caps[0]]);
        return decision.LoweredByLedger[0] ? scores.LowerByLedger(decision.Levels[0]) : scores;
    }

    /// <summary>The measure of an indicator's scores in the release ledger: the indicator under its rule.</summary>
    private static string Measure(IndicatorScores scores) => scores.Indicator.Id + "|" + scores.Rule.Id;

    /// <summary>The rows with a score.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static System.Collections.BitArray Scored(IndicatorScores scores)
    {
        var raw = scores.UnreleasedScores;
        var words = new int[(raw.Length + 31) >> 5];
        for (var i = 0; i < raw.Length; i++)
        {
            if (!double.IsNaN(raw[i]))
            {
                words[i >> 5] |= 1 << (i & 31);
            }
        }

        return new System.Collections.BitArray(words) { Length = raw.Length };
    }

    /// <summary>Scores an indicator without recording a release (the rows of a table released as a whole).</summary>
    private static IndicatorScores ScoreUnreleased(SurveyDataset dataset, IndicatorDefinition indicator, ScoringRule? rule, AnalysisContext? context)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(indicator);
        var instrument = RequireInstrument(dataset, indicator.Id);
        rule ??= ScoringRules.Get(indicator.Rule);
        context ??= AnalysisContext.Default;

        var k = indicator.ItemIds.Count;
        var rows = dataset.RowCount;
        var min = new double[k];
        var max = new double[k];

        // Code columns are read through a per-code lookup (value after reversal, or NaN; «ikke aktuelt»/«har ikke»
        // flag) without per-item copies; other columns go through ValidValues/StatusesOf.
        var codes = new short[]?[k];
        var codeValue = new double[k][];
        var codeNotApplicable = new bool[k][];
        var values = new double[]?[k];
        bool[]? notApplicable = null;
        for (var j = 0; j < k; j++)
        {
            var itemId = indicator.ItemIds[j];
            var item = instrument.GetItem(itemId);
            var scale = instrument.ScaleOf(itemId)
                ?? throw new InvalidOperationException($"Indicator '{indicator.Id}': item '{itemId}' has no answer scale, so it cannot be scored.");
            if (!dataset.HasColumn(itemId))
            {
                throw new KeyNotFoundException($"Indicator '{indicator.Id}': the dataset has no column for item '{itemId}'.");
            }

            min[j] = scale.MinValid;
            max[j] = scale.MaxValid;
            if (dataset[itemId] is CodeColumn cc)
            {
                codes[j] = cc.CodeArray;
                codeValue[j] = new double[256];
                codeNotApplicable[j] = new bool[256];
                for (short code = 0; code < 256; code++)
                {
                    (codeValue[j][code], codeNotApplicable[j][code]) = ReadCode(dataset, scale, itemId, item.Reversed, min[j], max[j], code);
                }

                continue;
            }

            var v = dataset.ValidValues(itemId);
            if (item.Reversed)
            {
                for (var i = 0; i < v.Length; i++)
                {
                    v[i] = min[j] + max[j] - v[i];
                }
            }

            values[j] = v;
            var statuses = dataset.StatusesOf(itemId);
            notApplicable ??= new bool[rows];
            for (var i = 0; i < statuses.Length; i++)
            {
                if (statuses[i] is ResponseStatus.NotApplicable or ResponseStatus.DoesNotHave)
                {
                    notApplicable[i] = true;
                }
            }
        }

        var scores = new double[rows];
        var excludedCounts = new int[Enum.GetValues<ScoreExclusion>().Length];
        var excludedKinds = Enum.GetValues<ScoreExclusion>();
        var row = new double[k];
        for (var i = 0; i < scores.Length; i++)
        {
            var na = notApplicable is { } nas && nas[i];
            for (var j = 0; j < k; j++)
            {
                if (codes[j] is { } cj)
                {
                    var code = cj[i];
                    if ((uint)code < 256)
                    {
                        row[j] = codeValue[j][code];
                        na |= codeNotApplicable[j][code];
                    }
                    else
                    {
                        var (value, itemNa) = ReadCode(dataset, instrument.ScaleOf(indicator.ItemIds[j])!, indicator.ItemIds[j], instrument.GetItem(indicator.ItemIds[j]).Reversed, min[j], max[j], code);
                        row[j] = value;
                        na |= itemNa;
                    }
                }
                else
                {
                    row[j] = values[j]![i];
                }
            }

            scores[i] = rule.ScoreRespondent(row, min, max, na, out var why);
            if (why is { } w)
            {
                excludedCounts[Array.IndexOf(excludedKinds, w)]++;
            }
        }

        var excluded = new Dictionary<ScoreExclusion, int>();
        for (var e = 0; e < excludedKinds.Length; e++)
        {
            excluded[excludedKinds[e]] = excludedCounts[e];
        }

        // The rule's summary may need the item values of scored respondents only (so an item-means summary
        // describes the same people); they are built only for rules that override the summary.
        IReadOnlyList<double[]> scoredItemValues = [];
        if (OverridesSummaryMean(rule))
        {
            var masked = new double[k][];
            for (var j = 0; j < k; j++)
            {
                var col = values[j] ?? new double[rows];
                if (codes[j] is { } cj)
                {
                    for (var i = 0; i < rows; i++)
                    {
                        var code = cj[i];
                        col[i] = (uint)code < 256 ? codeValue[j][code]
                            : ReadCode(dataset, instrument.ScaleOf(indicator.ItemIds[j])!, indicator.ItemIds[j], instrument.GetItem(indicator.ItemIds[j]).Reversed, min[j], max[j], code).Value;
                    }
                }

                for (var i = 0; i < rows; i++)
                {
                    if (double.IsNaN(scores[i]))
                    {
                        col[i] = double.NaN;
                    }
                }

                masked[j] = col;
            }

            scoredItemValues = masked;
        }

        var mean = rule.SummaryMean(scoredItemValues, scores);
        var ranges = min.Zip(max, (a, b) => (a, b)).ToList();
        return new IndicatorScores(indicator, rule, scores, mean, excluded, rule.ScoreRange(ranges), context.Disclosure);
    }

    /// <summary>Scores every indicator of the dataset's instrument with the rule each names.</summary>
    /// <exception cref="InvalidOperationException">The dataset has no instrument.</exception>
    public static IReadOnlyList<IndicatorScores> ScoreAll(SurveyDataset dataset, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var instrument = RequireInstrument(dataset, "(alle)");
        return [.. instrument.Indicators.Select(ind => Score(dataset, ind, null, context))];
    }

    /// <summary>
    /// Scores every indicator of the dataset's instrument (or those listed) and lays them out as KoRus Tabell 2:
    /// n, mean, min, max and rule per indicator.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dataset has no instrument.</exception>
    /// <exception cref="KeyNotFoundException">An indicator id is unknown.</exception>
    public static IndicatorSummaryTable Summary(SurveyDataset dataset, IReadOnlyList<string>? indicatorIds = null, ScoringRule? rule = null,
        AnalysisContext? context = null, string title = "Indikatorer")
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var instrument = RequireInstrument(dataset, "(alle)");
        var ids = indicatorIds ?? [.. instrument.Indicators.Select(i => i.Id)];
        return new IndicatorSummaryTable(title, [.. ids.Select(id => (instrument.GetIndicator(id).Name, Score(dataset, id, rule, context)))]);
    }

    /// <summary>
    /// Scores an indicator for everyone (<c>Totalt</c>) and per group of <paramref name="groupBy"/> (values of a
    /// code, numeric or text column; size groups labelled Liten/Mellomstor/Stor, gender Menn/Kvinner). Each group is
    /// scored on its own rows, so the rule's summary mean is formed within the group; disclosure applies per group.
    /// Respondents without a value on <paramref name="groupBy"/> count in Totalt only.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dataset has no instrument.</exception>
    /// <exception cref="KeyNotFoundException">No such indicator or column.</exception>
    public static IndicatorSummaryTable ScoreBy(SurveyDataset dataset, string indicatorId, string groupBy, ScoringRule? rule = null, AnalysisContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(groupBy);
        var instrument = RequireInstrument(dataset, indicatorId);
        var indicator = instrument.GetIndicator(indicatorId);
        var groups = Tables.GroupAssignmentAccess.Assign(dataset, groupBy);
        var rows = new List<(string, IndicatorScores)> { (Tables.GroupLabels.Total, ScoreUnreleased(dataset, indicator, rule, context)) };
        for (var g = 0; g < groups.Labels.Count; g++)
        {
            var index = g;
            rows.Add((groups.Labels[g], ScoreUnreleased(dataset.Where(r => groups.GroupOf[r] == index), indicator, rule, context)));
        }

        // One released table: Totalt, the groups and the respondents without a group value (never shown) decided
        // together, so that no hidden group's n or mean is Totalt minus the others.
        var policy = (context ?? AnalysisContext.Default).Disclosure;
        var scored = rows.Select(r => r.Item2.UnreleasedNScored).ToList();
        var without = Math.Max(0, scored[0] - scored.Skip(1).Sum());
        var atoms = scored.Skip(1).Append(without).Select(n => new[] { n }).ToList();
        var blocks = new List<SuppressionBlock> { new(Tables.GroupLabels.Total, [.. Enumerable.Range(0, atoms.Count)], BlockRole.Total) };
        blocks.AddRange(Enumerable.Range(0, groups.Labels.Count).Select(g => new SuppressionBlock(groups.Labels[g], [g], BlockRole.Group)));
        blocks.Add(new("uten verdi", [groups.Labels.Count], BlockRole.Unpublished));
        var (levels, secondary) = GroupSuppression.Decide(policy, atoms, [true], [[1]], blocks);

        // Across releases: Totalt and the groups are groups of the dataset's release ledger.
        var total = rows[0].Item2;
        var keys = groups.GroupOf.Select(k => k < 0 ? -1 : k).ToArray();
        var own = levels.Take(rows.Count).ToArray();
        var decision = ReleaseLedger.Of(dataset).Settle(
            new ReleaseProposal(dataset, Measure(total), Scored(total), [keys], [ReleaseGroup.Everyone, .. Enumerable.Range(0, groups.Labels.Count).Select(g => new ReleaseGroup(0, g))], policy),
            caps => [.. own.Select((l, i) => l < caps[i] ? l : caps[i])]);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Item2.Release(decision.Levels[i], secondary[i] || decision.LoweredByLedger[i]);
            if (decision.LoweredByLedger[i])
            {
                rows[i].Item2.LowerByLedger(decision.Levels[i]);
            }
        }

        return new IndicatorSummaryTable($"{indicator.Name} etter {dataset.Labels.VariableInText(groupBy)}", rows);
    }

    private static Instrument RequireInstrument(SurveyDataset dataset, string what) => dataset.Instrument
        ?? throw new InvalidOperationException($"Cannot score indicator '{what}': the dataset is not tied to an instrument, so item scales are unknown.");

    /// <summary>One code of an item as the scorer sees it: the value (reversed when the item is reverse-keyed; NaN for an empty cell or a missing code) and whether it is «ikke aktuelt»/«har ikke».</summary>
    private static (double Value, bool NotApplicable) ReadCode(SurveyDataset dataset, AnswerScale scale, string itemId, bool reversed, double min, double max, short code)
    {
        if (code == CodeColumn.Empty)
        {
            return (double.NaN, false);
        }

        double value = scale.Find(code) is { IsValid: false } ? double.NaN : code;
        if (reversed)
        {
            value = min + max - value;
        }

        var status = dataset.StatusOfCode(itemId, code);
        return (value, status is ResponseStatus.NotApplicable or ResponseStatus.DoesNotHave);
    }

    private static bool OverridesSummaryMean(ScoringRule rule) =>
        rule.GetType().GetMethod(nameof(ScoringRule.SummaryMean), [typeof(IReadOnlyList<double[]>), typeof(IReadOnlyList<double>)])?.DeclaringType != typeof(ScoringRule);
}
