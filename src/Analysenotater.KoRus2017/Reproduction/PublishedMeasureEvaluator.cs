using System.Globalization;
using Analysenotater.Data;
using Analysenotater.KoRus2017.Synthetic;
using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Screening;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// Computes a <see cref="PublishedMeasure"/> from a KoRus 2017 dataset. This is the seam between the reproduction
/// report and the table code: counts and percentages are taken over the dataset's answer codes with the instrument's
/// missing-value meanings (<see cref="SurveyDataset.StatusOf"/>).
/// </summary>
internal static class PublishedMeasureEvaluator
{
    /// <summary>Minimum word length counted for the open-text word lists (the report's NVivo setting: 4 letters).</summary>
    public const int MinWordLength = 4;

    public static double Evaluate(SurveyDataset ds, PublishedMeasure m) => Evaluate(ds, m, useTables: true);

    /// <summary>Evaluates a measure; with <paramref name="useTables"/> false, only this class's own counting is used (for cross-checks).</summary>
    public static double Evaluate(SurveyDataset ds, PublishedMeasure m, bool useTables)
    {
        var rows = FilterRows(ds, m);
        switch (m.Statistic)
        {
            case PublishedStatistic.Percent:
            case PublishedStatistic.Count:
            case PublishedStatistic.N:
                return useTables && CoreTableMeasures.TryEvaluate(ds, m, out var fromTables) ? fromTables : CountLike(ds, m, rows);
            case PublishedStatistic.Mean:
            case PublishedStatistic.StandardDeviation:
            case PublishedStatistic.Minimum:
            case PublishedStatistic.Maximum:
                {
                    var values = m.IndicatorId is { } ind
                        ? KoRusIndicatorScores.Score(ds, ds.Instrument!.GetIndicator(ind))
                        : ds.ValidValues(m.ItemIds[0]);
                    var v = rows.Select(i => values[i]).Where(x => !double.IsNaN(x)).ToArray();
                    if (v.Length == 0)
                    {
                        return double.NaN;
                    }

                    return m.Statistic switch
                    {
                        PublishedStatistic.Mean => v.Average(),
                        PublishedStatistic.StandardDeviation => Math.Sqrt(CoreEstimators.Variance(v)),
                        PublishedStatistic.Minimum => v.Min(),
                        _ => v.Max(),
                    };
                }

            case PublishedStatistic.CronbachAlpha:
                return CoreEstimators.CronbachAlpha(KoRusIndicatorScores.CompleteRows(ds, ds.Instrument!.GetIndicator(m.IndicatorId!)));
            case PublishedStatistic.StandardizedBeta:
            case PublishedStatistic.AdjustedRSquaredPercent:
                {
                    var (betas, adj, _) = Regression(ds, m.IndicatorId!, m.Predictors);
                    if (m.Statistic == PublishedStatistic.AdjustedRSquaredPercent)
                    {
                        return adj * 100;
                    }

                    var idx = m.Predictors.ToList().IndexOf(m.Predictor!);
                    return betas[idx];
                }

            case PublishedStatistic.MunicipalityCount:
            case PublishedStatistic.MunicipalityPercent:
                {
                    var kom = ds.Codes("kommune");
                    var size = ds.Codes("kommunestorrelse");
                    var all = new SortedSet<int>();
                    var inGroup = new SortedSet<int>();
                    for (var i = 0; i < ds.RowCount; i++)
                    {
                        all.Add(kom[i] ?? -1);
                        if (m.FilterColumn is null || size[i] == m.FilterCode)
                        {
                            inGroup.Add(kom[i] ?? -1);
                        }
                    }

                    return m.Statistic == PublishedStatistic.MunicipalityCount ? inGroup.Count : 100.0 * inGroup.Count / all.Count;
                }

            case PublishedStatistic.TopWord:
                return WordRank(ds, m.ItemIds[0], m.Word!);
            default:
                return double.NaN;
        }
    }

    /// <summary>Regression of an indicator on predictors (kjonn = q1 code, alder, other indicators, kommunestorrelse 1–3), listwise.</summary>
    public static (double[] Betas, double AdjustedRSquared, int N) Regression(SurveyDataset ds, string dependent, IReadOnlyList<string> predictors)
    {
        var y = KoRusIndicatorScores.Score(ds, ds.Instrument!.GetIndicator(dependent));
        var xs = predictors.Select(p => p.StartsWith("ind_", StringComparison.Ordinal)
            ? KoRusIndicatorScores.Score(ds, ds.Instrument!.GetIndicator(p))
            : ds.ValidValues(p)).ToArray();
        var yy = new List<double>();
        var xx = new List<double[]>();
        for (var i = 0; i < ds.RowCount; i++)
        {
            if (double.IsNaN(y[i]) || xs.Any(c => double.IsNaN(c[i])))
            {
                continue;
            }

            yy.Add(y[i]);
            xx.Add(xs.Select(c => c[i]).ToArray());
        }

        return CoreEstimators.StandardizedOls(yy, xx);
    }

    /// <summary>
    /// The code column <paramref name="id"/>; for a derived column the file lacks (the Vedlegg 3 housing groups), the
    /// fixed part of its recode applied to the source item (<see cref="GeneratorRecodes"/>), so «Annet» counts in no group.
    /// </summary>
    private static CodeColumn CodesOf(SurveyDataset ds, string id)
    {
        if (ds.HasColumn(id) || GeneratorRecodes.FixedPart(id) is not { } recode || !ds.HasColumn(recode.Item))
        {
            return ds.Codes(id);
        }

        var source = ds.Codes(recode.Item);
        var derived = new short[ds.RowCount];
        for (var i = 0; i < derived.Length; i++)
        {
            derived[i] = source[i] is { } c && recode.Map.TryGetValue(c, out var d) ? (short)d : CodeColumn.Empty;
        }

        return new CodeColumn(id, derived);
    }

    private static List<int> FilterRows(SurveyDataset ds, PublishedMeasure m)
    {
        var rows = new List<int>(ds.RowCount);
        CodeColumn? f = m.FilterColumn is null ? null : ds.Codes(m.FilterColumn);
        for (var i = 0; i < ds.RowCount; i++)
        {
            if (f is null || f[i] == m.FilterCode)
            {
                rows.Add(i);
            }
        }

        return rows;
    }

    private static double CountLike(SurveyDataset ds, PublishedMeasure m, List<int> rows)
    {
        var (inDen, hit) = RowsOf(ds, m);
        var num = rows.Count(i => inDen[i] && hit[i]);
        var den = rows.Count(i => inDen[i]);
        return m.Statistic switch
        {
            PublishedStatistic.Count => num,
            PublishedStatistic.N => den,
            _ => den == 0 ? double.NaN : 100.0 * num / den,
        };
    }

    /// <summary>
    /// Per dataset row, ignoring the measure's group filter: whether the row is in the n the measure's number is taken
    /// over (the denominator of a percentage, the respondents of an n, the valid values of a mean or an indicator) and
    /// whether it counts in the numerator of a percentage or count. The disclosure gate judges a group on the first.
    /// </summary>
    internal static (bool[] InDenominator, bool[] Hit) RowsOf(SurveyDataset ds, PublishedMeasure m)
    {
        var inDen = new bool[ds.RowCount];
        var hits = new bool[ds.RowCount];
        if (m.Statistic is PublishedStatistic.Mean or PublishedStatistic.StandardDeviation or PublishedStatistic.Minimum or PublishedStatistic.Maximum
            && (m.IndicatorId is not null || (m.ItemIds.Count > 0 && ds.HasColumn(m.ItemIds[0]))))
        {
            var values = m.IndicatorId is { } ind ? KoRusIndicatorScores.Score(ds, ds.Instrument!.GetIndicator(ind)) : ds.ValidValues(m.ItemIds[0]);
            for (var i = 0; i < inDen.Length; i++)
            {
                inDen[i] = !double.IsNaN(values[i]);
            }

            return (inDen, hits);
        }

        if (m.IndicatorId is { } indicator)
        {
            var scores = KoRusIndicatorScores.Score(ds, ds.Instrument!.GetIndicator(indicator));
            for (var i = 0; i < inDen.Length; i++)
            {
                inDen[i] = !double.IsNaN(scores[i]);
            }

            return (inDen, hits);
        }

        if (m.ItemIds.Count == 0)
        {
            Array.Fill(inDen, true);
            return (inDen, hits);
        }

        if (m.RangeLow is not null || m.RangeHigh is not null)
        {
            var v = ds.ValidValues(m.ItemIds[0]);
            for (var i = 0; i < inDen.Length; i++)
            {
                inDen[i] = !double.IsNaN(v[i]);
                hits[i] = inDen[i] && v[i] >= (m.RangeLow ?? double.NegativeInfinity) && v[i] <= (m.RangeHigh ?? double.PositiveInfinity);
            }

            return (inDen, hits);
        }

        var cols = m.ItemIds.Select(id => CodesOf(ds, id)).ToArray();
        var present = m.ItemIds.Select(ds.HasColumn).ToArray();
        for (var i = 0; i < inDen.Length; i++)
        {
            var hit = false;
            var den = false;
            for (var c = 0; c < cols.Length; c++)
            {
                var code = cols[c][i];
                var status = present[c] ? ds.StatusOf(m.ItemIds[c], i) : code is null ? ResponseStatus.NoAnswer : ResponseStatus.Valid;
                hit |= code is { } x && m.Codes.Contains(x) && (status == ResponseStatus.Valid || m.Codes.Count == 5 && m.Denominator == PublishedDenominator.ValidAndDoesNotHave);
                den |= m.Denominator switch
                {
                    PublishedDenominator.AllRespondents => true,
                    PublishedDenominator.Valid => status == ResponseStatus.Valid,
                    PublishedDenominator.ValidAndNotApplicable => status is ResponseStatus.Valid or ResponseStatus.NotApplicable,
                    PublishedDenominator.ValidAndDoesNotHave => status is ResponseStatus.Valid or ResponseStatus.DoesNotHave,
                    _ => code is { } y && m.DenominatorCodes.Contains(y),
                };
            }

            inDen[i] = den;
            hits[i] = hit;
        }

        return (inDen, hits);
    }

    /// <summary>
    /// Rank (1 = most frequent) of a word or two-word phrase among the released words of at least four letters in one
    /// open question: counted over the comments that pass screening (<see cref="CommentScreener.Default"/>; a withheld
    /// comment counts nowhere, redacted spans are skipped) and ranked only among words used by at least
    /// <see cref="WordFrequencySettings.DisclosureThreshold"/> respondents (the report's word-list rule), so neither the
    /// rank nor its cut-off moves with a withheld comment or a withheld word. NaN when the word itself is not released
    /// (fewer users than the threshold, or the whole question withheld).
    /// </summary>
    public static double WordRank(SurveyDataset ds, string questionId, string word)
    {
        var counts = ReleasedWordCounts.Of(ds, questionId);
        var target = word.ToLowerInvariant();
        var (occurrences, respondents) = target.Contains(' ', StringComparison.Ordinal) ? counts.Phrase(target) : counts.Word(target);
        if (respondents < counts.Threshold)
        {
            return double.NaN;
        }

        return 1 + counts.Released.Count(kv => kv.Value > occurrences);
    }

    /// <summary>Word counts of one open question over the screened comments, and the words released by the threshold.</summary>
    private sealed class ReleasedWordCounts
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SurveyDataset, Dictionary<string, ReleasedWordCounts>> Cache = new();

        private readonly List<string> _texts;
        private readonly Dictionary<string, (int Occurrences, int Respondents)> _words;

        private ReleasedWordCounts(List<string> texts, Dictionary<string, (int, int)> words, int threshold)
        {
            _texts = texts;
            _words = words;
            Threshold = threshold;
            Released = words.Where(kv => kv.Value.Item2 >= threshold).ToDictionary(kv => kv.Key, kv => kv.Value.Item1, StringComparer.Ordinal);
        }

        /// <summary>The least number of respondents a released word has.</summary>
        public int Threshold { get; }

        /// <summary>Occurrences of every released word.</summary>
        public Dictionary<string, int> Released { get; }

        public (int Occurrences, int Respondents) Word(string w) => _words.GetValueOrDefault(w);

        public (int Occurrences, int Respondents) Phrase(string phrase)
        {
            var counts = _texts.Select(t => CountOccurrences(t, phrase)).ToList();
            return (counts.Sum(), counts.Count(c => c > 0));
        }

        public static ReleasedWordCounts Of(SurveyDataset ds, string questionId)
        {
            var byQuestion = Cache.GetValue(ds, _ => new Dictionary<string, ReleasedWordCounts>(StringComparer.Ordinal));
            lock (byQuestion)
            {
                if (byQuestion.TryGetValue(questionId, out var known))
                {
                    return known;
                }

                var screened = CommentScreener.Default.Screen(ds, questionId);
                var texts = new List<string>();
                var words = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
                foreach (var c in screened.Comments)
                {
                    // Redaction markers («[navn]») are not words of the respondent: blank them out before counting.
                    var text = c.Text.ToCharArray();
                    foreach (var r in c.RedactedSpans)
                    {
                        var (start, length) = r.GetOffsetAndLength(text.Length);
                        Array.Fill(text, ' ', start, length);
                    }

                    var clean = new string(text).ToLowerInvariant();
                    texts.Add(clean);
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var w in Tokens(clean))
                    {
                        if (w.Length >= MinWordLength && !StopWords.Contains(w))
                        {
                            var (o, n) = words.GetValueOrDefault(w);
                            words[w] = (o + 1, seen.Add(w) ? n + 1 : n);
                        }
                    }
                }

                return byQuestion[questionId] = new ReleasedWordCounts(texts, words, WordFrequencySettings.KoRus2017Report.DisclosureThreshold);
            }
        }
    }

    internal static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
            }
        }
    }

    private static int CountOccurrences(string text, string phrase)
    {
        var n = 0;
        var i = 0;
        while ((i = text.IndexOf(phrase, i, StringComparison.Ordinal)) >= 0)
        {
            n++;
            i += phrase.Length;
        }

        return n;
    }

    /// <summary>Uninformative words left out of the word counts, like the report's NVivo exclusions (e.g. «etter», «alltid»).</summary>
    internal static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "etter", "alltid", "sette", "tatt", "ikke", "dette", "denne", "det", "som", "med", "for", "har", "hva", "jeg", "meg", "min", "mitt", "mine",
        "være", "vært", "blir", "bli", "blitt", "skal", "kunne", "kan", "vil", "ville", "må", "måtte", "noen", "noe", "litt", "mye", "mer", "mest",
        "også", "bare", "hvis", "når", "eller", "fordi", "så", "at", "av", "til", "fra", "på", "om", "men", "og", "en", "et", "ei", "den", "de",
        "dem", "seg", "sin", "sine", "sitt", "deres", "vår", "våre", "der", "her", "hvor", "hvordan", "hvem", "veldig", "godt", "gjør", "gjøre",
        "fått", "får", "hele", "helt", "andre", "annen", "annet", "enn", "både", "selv", "slik", "sånn", "dere", "både", "mange", "ganske", "ofte",
        "aldri", "igjen", "altså", "ellers", "kanskje", "heller", "gang", "ganger", "synes", "syns", "føler", "tror", "finnes", "fungerer", "hjelpen",
        "bedre", "mindre", "ingen", "inn", "ut", "opp", "ned", "over", "under", "mellom", "uten", "hadde", "hatt", "gikk", "gått",
    };
}
