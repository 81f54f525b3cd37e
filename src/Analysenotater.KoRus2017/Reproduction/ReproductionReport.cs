using System.Globalization;
using Analysenotater.Import;
using Analysenotater.Data;
using Analysenotater.Reporting;
using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// Computes every number of the KoRus 2017 report (<see cref="PublishedNumberCatalog.KoRus2017"/>) from a dataset
/// and compares it with the published value at printed precision. Every difference carries a reason: an
/// inconsistency of the report (reference README id), a decoding doubt, or a target the synthetic generator could
/// not meet. Usage: <c>ReproductionReport.Run(KoRusSyntheticGenerator.Generate())</c>.
/// </summary>
public sealed class ReproductionReport : Result
{
    private ReproductionReport(IReadOnlyList<ReproductionRow> rows, int respondents)
    {
        Rows = rows;
        Respondents = respondents;
        PercentsAndCounts = [.. rows.Where(r => r.IsPercentOrCount && r.Status != ReproductionStatus.NotComputable)];
        DistinctPercentsAndCounts = [.. PercentsAndCounts.GroupBy(DistinctKey).Select(g => g.First())];
    }

    /// <summary>One row per published number, in the order of the reference files.</summary>
    public IReadOnlyList<ReproductionRow> Rows { get; }

    /// <summary>Number of respondents in the dataset.</summary>
    public int Respondents { get; }

    /// <summary>Published percentages, counts and n that are microdata quantities.</summary>
    public IReadOnlyList<ReproductionRow> PercentsAndCounts { get; }

    /// <summary>Share (0–1) of <see cref="PercentsAndCounts"/> reproduced at printed precision.</summary>
    public double ShareReproduced => PercentsAndCounts.Count == 0 ? double.NaN
        : (double)PercentsAndCounts.Count(r => r.Status == ReproductionStatus.Reproduced) / PercentsAndCounts.Count;

    /// <summary>
    /// <see cref="PercentsAndCounts"/> with each distinct quantity counted once: the reference files hold some printed
    /// numbers twice (Vedlegg 3 Tabell 1 in both sample_by_size.csv and by_municipality_size.csv; a Nøkkeltall share
    /// restated in the text). Rows with the same measure and the same printed value form one group (the first row
    /// stands for it); a restatement with a different value is a different number.
    /// </summary>
    public IReadOnlyList<ReproductionRow> DistinctPercentsAndCounts { get; }

    /// <summary>Share (0–1) of <see cref="DistinctPercentsAndCounts"/> reproduced at printed precision.</summary>
    public double DistinctShareReproduced => DistinctPercentsAndCounts is { Count: > 0 } d
        ? (double)d.Count(r => r.Status == ReproductionStatus.Reproduced) / d.Count : double.NaN;

    private static string DistinctKey(ReproductionRow r)
    {
        var m = r.Published.Measure;
        return string.Create(CultureInfo.InvariantCulture,
            $"{m.Statistic}|{string.Join(",", m.ItemIds)}|{string.Join(",", m.Codes)}|{m.Denominator}|{string.Join(",", m.DenominatorCodes)}|{m.FilterColumn}|{m.FilterCode}|{m.RangeLow}|{m.RangeHigh}|{r.Published.Value}");
    }

    /// <summary>Compares every published number with the dataset.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">The dataset is not a KoRus 2017 dataset (instrument or role columns missing).</exception>
    public static ReproductionReport Run(SurveyDataset dataset) => Run(dataset, null);

    /// <summary>
    /// Compares every published number with the dataset. When the data are not the 2017 data (<see cref="PrintedReportCheck"/>:
    /// another n, other municipalities, import errors), each difference gets a reason worked out from the data — n
    /// differs, the share differs by x points, a column is missing, a category is empty — and the report's known
    /// inconsistencies and generator notes are cited only when the data are the 2017 data they explain.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">The dataset is not a KoRus 2017 dataset (instrument or role columns missing).</exception>
    public static ReproductionReport Run(SurveyDataset dataset, ValidationReport? importReport)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var check = PrintedReportCheck.Of(dataset, importReport);
        if (dataset.Instrument?.Id != "korus-2017" || !dataset.HasColumn("kommunestorrelse") || !dataset.HasColumn("kjonn") || !dataset.HasColumn("alder"))
        {
            throw new ArgumentException("The reproduction report needs a KoRus 2017 dataset with the columns kommune, kommunestorrelse, kjonn and alder (as KoRusSyntheticGenerator.Generate returns).", nameof(dataset));
        }

        var reasons = KnownDifferences.Load();
        var gate = new ReproductionDisclosure(dataset);
        var rows = new List<ReproductionRow>();
        foreach (var p in PublishedNumberCatalog.KoRus2017)
        {
            if (p.Measure.Statistic == PublishedStatistic.Context || double.IsNaN(p.Value))
            {
                rows.Add(new ReproductionRow(p, double.NaN, ReproductionStatus.NotComputable, p.Note is { } n0 ? WithoutReadmeIds(n0) : T("Reason.NotMicrodata"))
                {
                    ReasonKind = p.Note is null ? ReproductionReasonKind.NotMicrodata : ReproductionReasonKind.ReferenceNote,
                });
                continue;
            }

            if (!gate.MayShow(p.Measure))
            {
                // A group below the disclosure rule (or one that would give it away): no reproduced number, no difference, no diagnosis.
                rows.Add(new ReproductionRow(p, double.NaN, ReproductionStatus.NotComputable, Format("Reason.Withheld", gate.Policy.Name))
                {
                    ReasonKind = ReproductionReasonKind.Withheld,
                });
                continue;
            }

            var v = PublishedMeasureEvaluator.Evaluate(dataset, p.Measure);
            ReproductionStatus status;
            if (p.Measure.Statistic == PublishedStatistic.TopWord)
            {
                var listed = PublishedNumberCatalog.KoRus2017.Count(x => x.Measure.Statistic == PublishedStatistic.TopWord && x.Measure.ItemIds[0] == p.Measure.ItemIds[0]);
                status = v <= listed + 3 ? ReproductionStatus.Reproduced : ReproductionStatus.Differs;
            }
            else if (!double.IsNaN(v) && ItemCountOptimizer.RoundHalfAway(v, p.Decimals) == p.Value)
            {
                status = ReproductionStatus.Reproduced;
            }
            else if (!double.IsNaN(v) && WithinTolerance(p, v))
            {
                status = ReproductionStatus.WithinTolerance;
            }
            else
            {
                status = ReproductionStatus.Differs;
            }

            string? reason = null;
            ReproductionReasonKind? kind = null;
            if (status != ReproductionStatus.Reproduced)
            {
                (reason, kind) = !check.Applies ? (Diagnose(dataset, p, v), ReproductionReasonKind.DataDiffer)
                    : Unattainable(p) is { } u ? (u, ReproductionReasonKind.NotAttainable)
                    : JointlyUnattainable(p) is { } j ? (j, ReproductionReasonKind.NotAttainable)
                    : reasons.Find(p) is { } known ? (known.Reason, known.IsReportContradiction ? ReproductionReasonKind.KnownContradiction : ReproductionReasonKind.GeneratorTarget)
                    : p.Note is { } note && note.Contains("README", StringComparison.Ordinal) ? (Format("Reason.ReferenceNote", WithoutReadmeIds(note)), ReproductionReasonKind.ReferenceNote)
                    : (Fallback(p, status), ReproductionReasonKind.GeneratorTarget);
            }

            rows.Add(new ReproductionRow(p, v, status, reason) { ReasonKind = kind });
        }

        return new ReproductionReport(rows, dataset.RowCount) { Check = check, Labels = dataset.Labels, Instrument = dataset.Instrument };
    }

    /// <summary>The dataset's variable labels (indicator names from the instrument, role names), used by <see cref="ReaderLabel"/>.</summary>
    private VariableLabels Labels { get; init; } = VariableLabels.None;

    /// <summary>The dataset's instrument (its items keep their ids in labels: the published labels already carry the question text).</summary>
    private Analysenotater.Instruments.Instrument? Instrument { get; init; }

    /// <summary>The reference catalog's measure phrases (English, from the reference extract) that have a reader's text.</summary>
    private static readonly string[] MeasurePhrases =
    [
        "'fullført videregående skole' as worded; value equals yrkesfaglig only",
        "respondents / estimated service recipients",
        "has AG (answered 1-5, not 'Har ikke')",
        "has IP (answered 1-5, not 'Har ikke')",
        "Ja (range over kokain, heroin, ecstasy)",
        "age 23 or younger (derived from q2)",
        "stor/svært stor grad (implied)",
    ];

    /// <summary>
    /// The published number's label as a reader sees it in the report's language: indicator and role ids replaced by
    /// the instrument's and the study's labels (<c>ind_mental_hscl10</c> → «Mental helse (HSCL-10)»), quantity words
    /// and the reference extract's English measure phrases translated («mean» → «gjennomsnitt», «response_rate» →
    /// «svarprosent»), size groups spelled out («[S]» → «(store kommuner)»), other groups in parentheses («[menn]» → «(menn)»). Question ids stay: the published labels
    /// put the question text after them. Words with no reader's text are kept as they are.
    /// </summary>
    /// <param name="number">A published number of this report.</param>
    /// <returns>The label for people.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public string ReaderLabel(PublishedNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var catalog = Texts.ReproductionTexts.Catalog;
        if (number.File == "study_facts.csv" && catalog.Has("Fact." + number.Label))
        {
            return catalog.Get("Fact." + number.Label);
        }

        var label = number.Label;
        foreach (var phrase in MeasurePhrases)
        {
            label = label.Replace(phrase, catalog.Get("Measure." + phrase), StringComparison.Ordinal);
        }

        var words = label.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length > 2 && w[0] == '[' && w[^1] == ']')
            {
                words[i] = catalog.Has("Group." + w[1..^1]) ? catalog.Get("Group." + w[1..^1]) : "(" + w[1..^1] + ")";
            }
            else if (catalog.Has("Quantity." + w))
            {
                words[i] = catalog.Get("Quantity." + w);
            }
            else if (w.Length > 0 && Instrument?.HasItem(w) != true && Labels.Variable(w) is var v && v != w)
            {
                words[i] = v;
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Whether the data are the printed report's data (and, if not, how they differ).</summary>
    public PrintedReportCheck? Check { get; private init; }

    /// <summary>The reason for a difference on data that are not the 2017 data, worked out from the data.</summary>
    private static string Diagnose(SurveyDataset data, PublishedNumber p, double v)
    {
        var missing = p.Measure.ItemIds.Where(id => !data.HasColumn(id) && !id.EndsWith("_gruppert", StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            return $"Kolonnen {string.Join(", ", missing)} mangler i fila.";
        }

        var inv = CultureInfo.GetCultureInfo("nb-NO");
        if (double.IsNaN(v))
        {
            return "Kategorien eller gruppen er tom i fila (ingen gyldige svar å regne på).";
        }

        var diff = v - p.Value;
        return p.Measure.Statistic switch
        {
            PublishedStatistic.N or PublishedStatistic.Count => $"n er {v.ToString("0", inv)} i fila, trykt {p.Value.ToString("0", inv)} (forskjell {diff.ToString("+0;-0", inv)}): andre respondenter eller svar enn 2017-dataene.",
            PublishedStatistic.Percent => $"Andelen avviker med {diff.ToString("+0.0;-0.0", inv)} prosentpoeng (fila {v.ToString("0.0", inv)} %, trykt {p.Value.ToString("0.#", inv)} %): andre data enn 2017-dataene.",
            _ => $"Verdien avviker med {diff.ToString("+0.###;-0.###", inv)} (fila {v.ToString("0.###", inv)}, trykt {p.Value.ToString("0.###", inv)}): andre data enn 2017-dataene.",
        };
    }

    /// <summary>
    /// A size-group percentage of Vedlegg 3 that no whole count out of the printed n rounds to (e.g. 44 % of n = 29:
    /// 12/29 = 41,4 %, 13/29 = 44,8 %), so no dataset with that n can print it.
    /// </summary>
    private static string? Unattainable(PublishedNumber p)
    {
        if (p.Measure.Statistic != PublishedStatistic.Percent || p.Measure.FilterColumn != "kommunestorrelse" || p.File != "by_municipality_size.csv")
        {
            return null;
        }

        var n = PublishedNumberCatalog.KoRus2017.FirstOrDefault(x => x.File == p.File && x.Measure.Statistic == PublishedStatistic.N
            && x.Measure.ItemIds.SequenceEqual(p.Measure.ItemIds) && x.Measure.FilterCode == p.Measure.FilterCode)
            ?? (p.Measure.Denominator == PublishedDenominator.AllRespondents ? GroupSize(p.Measure.FilterCode) : null);
        if (n is null)
        {
            return null;
        }

        for (var k = 0; k <= (int)n.Value; k++)
        {
            if (ItemCountOptimizer.RoundHalfAway(100.0 * k / n.Value, 0) == p.Value)
            {
                return null;
            }
        }

        var lo = (int)Math.Floor(p.Value / 100 * n.Value);
        return Format("Reason.NotAttainable", n.Value, p.Value, lo, 100.0 * lo / n.Value, lo + 1, 100.0 * (lo + 1) / n.Value);
    }

    /// <summary>The printed number of respondents of a size group (Vedlegg 3 Tabell 1 header), or null.</summary>
    private static PublishedNumber? GroupSize(int sizeGroup) => PublishedNumberCatalog.KoRus2017.FirstOrDefault(x => x.File == "sample_by_size.csv"
        && x.Measure.Statistic == PublishedStatistic.N && x.Measure.FilterColumn == "kommunestorrelse" && x.Measure.FilterCode == sizeGroup);

    /// <summary>
    /// A size-group n or percentage of Vedlegg 3 whose printed percentages (which split the valid answers, so add up
    /// to about 100) no set of whole counts out of the printed n can give at once (e.g. n = 62 with 15 %, 26 % and
    /// 59 %): then at least one of the printed numbers of that row cannot hold.
    /// </summary>
    private static string? JointlyUnattainable(PublishedNumber p)
    {
        if (p.File != "by_municipality_size.csv" || p.Measure.FilterColumn != "kommunestorrelse" || p.Measure.Statistic is not (PublishedStatistic.N or PublishedStatistic.Percent))
        {
            return null;
        }

        var same = PublishedNumberCatalog.KoRus2017.Where(x => x.File == p.File && x.Measure.ItemIds.SequenceEqual(p.Measure.ItemIds)
            && x.Measure.FilterCode == p.Measure.FilterCode && x.Source == p.Source).ToList();
        var n = same.FirstOrDefault(x => x.Measure.Statistic == PublishedStatistic.N);
        var percents = same.Where(x => x.Measure.Statistic == PublishedStatistic.Percent && x.Measure.Denominator == PublishedDenominator.Valid).Select(x => x.Value).ToList();
        if (n is null || percents.Count < 2 || Math.Abs(percents.Sum() - 100) > 3 || Attainable((int)n.Value, percents) is not null)
        {
            return null;
        }

        string Describe(int total) => Attainable(total, percents) is { } counts ? $"{total} ({string.Join("/", counts)})" : "";
        var near = new[] { n.Value - 1, n.Value + 1, n.Value - 2, n.Value + 2 }.Select(t => Describe((int)t)).FirstOrDefault(t => t.Length > 0) ?? T("Reason.NoneNear");
        return Format("Reason.NotAttainableTogether", n.Value, string.Join(" %, ", percents.Select(x => x.ToString(Analysenotater.Localization.MessageLanguage.FormatCulture))), near);
    }

    /// <summary>Whole counts adding up to <paramref name="total"/> that round to the given percentages, or null.</summary>
    private static int[]? Attainable(int total, IReadOnlyList<double> percents)
    {
        if (total <= 0)
        {
            return null;
        }

        var counts = new int[percents.Count];
        bool Search(int i, int left)
        {
            if (i == percents.Count - 1)
            {
                counts[i] = left;
                return ItemCountOptimizer.RoundHalfAway(100.0 * left / total, 0) == percents[i];
            }

            for (var c = 0; c <= left; c++)
            {
                if (ItemCountOptimizer.RoundHalfAway(100.0 * c / total, 0) == percents[i])
                {
                    counts[i] = c;
                    if (Search(i + 1, left - c))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        return Search(0, total) ? counts : null;
    }

    private static bool WithinTolerance(PublishedNumber p, double v) => p.Measure.Statistic switch
    {
        PublishedStatistic.CronbachAlpha or PublishedStatistic.StandardizedBeta => Math.Abs(v - p.Value) <= 0.02,
        PublishedStatistic.Mean when p.Measure.IndicatorId is not null => Math.Abs(v - p.Value) <= 2,
        PublishedStatistic.Mean or PublishedStatistic.StandardDeviation => Math.Abs(v - p.Value) <= 0.05,
        PublishedStatistic.AdjustedRSquaredPercent => Math.Abs(v - p.Value) <= 2,
        _ => false,
    };

    private static string Fallback(PublishedNumber p, ReproductionStatus status) => status == ReproductionStatus.WithinTolerance
        ? p.Measure.Statistic switch
        {
            PublishedStatistic.CronbachAlpha => T("Reason.AlphaTarget"),
            PublishedStatistic.StandardizedBeta => T("Reason.BetaTarget"),
            PublishedStatistic.AdjustedRSquaredPercent => T("Reason.R2NotTarget"),
            _ => T("Reason.WithinTolerance"),
        }
        : p.Measure.Statistic switch
        {
            PublishedStatistic.StandardizedBeta or PublishedStatistic.AdjustedRSquaredPercent => T("Reason.SizeGroupDifferences"),
            _ => T("Reason.TradeOff"),
        };

    private static string T(string key) => Texts.ReproductionTexts.Catalog.Get(key);

    private static string Format(string key, params object?[] args) => Texts.ReproductionTexts.Catalog.Format(key, args);

    /// <summary>A reference note without its ids into the reference extract's README, a file outside the repository («(README B5)», «README A3: »).</summary>
    private static string WithoutReadmeIds(string note)
    {
        const System.Text.RegularExpressions.RegexOptions o = System.Text.RegularExpressions.RegexOptions.CultureInvariant;
        var s = System.Text.RegularExpressions.Regex.Replace(note, @"\s*\((see )?README[^)]*\)", "", o);
        s = System.Text.RegularExpressions.Regex.Replace(s, @"README [A-Z]?\d*:\s*", "", o);
        s = System.Text.RegularExpressions.Regex.Replace(s, @",?\s*see README\b[^.;]*", "", o);
        return s.Trim();
    }

    /// <summary>Summary lines: counts per status and the largest misses.</summary>
    public ReportTable SummaryTable()
    {
        var pc = PercentsAndCounts;
        var b = new ReportTableBuilder("Reproduksjon av publiserte tall (KoRus 2017)", "Mål", "Verdi");
        if (Check is { Applies: false } other)
        {
            b.Note("Andre data enn den trykte rapporten: " + string.Join("; ", other.Differences) + ". Grunnene er regnet ut fra dataene; rapportens kjente inkonsistenser siteres ikke.");
        }

        b.Row(ReportCell.FromText("Publiserte prosenter, antall og n (mikrodata-størrelser)"), ReportCell.FromCount(pc.Count));
        b.Row(ReportCell.FromText("… gjenskapt med trykt presisjon"), ReportCell.FromCount(pc.Count(r => r.Status == ReproductionStatus.Reproduced)));
        b.Row(ReportCell.FromText("… andel gjenskapt"), ReportCell.FromPercent(100 * ShareReproduced, 1));
        var distinct = DistinctPercentsAndCounts;
        b.Row(ReportCell.FromText("Ulike størrelser (tall som står to steder i referansefilene, talt én gang)"), ReportCell.FromCount(distinct.Count));
        b.Row(ReportCell.FromText("… andel av de ulike størrelsene gjenskapt"), ReportCell.FromPercent(100 * DistinctShareReproduced, 1));
        b.Row(ReportCell.FromText("Andre tall (gjennomsnitt, alfa, beta, R², kommuner, ord)"), ReportCell.FromCount(Rows.Count(r => !r.IsPercentOrCount && r.Status != ReproductionStatus.NotComputable)));
        b.Row(ReportCell.FromText("… gjenskapt eller innenfor toleranse"), ReportCell.FromCount(Rows.Count(r => !r.IsPercentOrCount && r.Status is ReproductionStatus.Reproduced or ReproductionStatus.WithinTolerance)));
        b.Row(ReportCell.FromText("Ikke mikrodata-størrelser (listet, ikke talt)"), ReportCell.FromCount(Rows.Count(r => r.Status == ReproductionStatus.NotComputable)));
        b.Note($"n = {Respondents} respondenter. Metode: hvert publisert tall beregnes fra mikrodata og rundes til trykt presisjon; toleranse ±0,02 for alfa og beta, ±2 poeng for indikatorgjennomsnitt.");
        return b.Build();
    }

    /// <summary>Every row that is not reproduced at printed precision, largest absolute difference first.</summary>
    public ReportTable DifferencesTable()
    {
        var b = new ReportTableBuilder("Tall som ikke er gjenskapt med trykt presisjon", "Kilde", "Tall", "Publisert", "Gjenskapt", "Differanse", "Grunn");
        foreach (var r in Rows.Where(r => r.Status is ReproductionStatus.Differs or ReproductionStatus.WithinTolerance).OrderByDescending(r => Math.Abs(r.Difference)).ThenBy(r => r.Published.Id, StringComparer.Ordinal))
        {
            b.Row(ReportCell.FromText(r.Published.Source), ReportCell.FromText(ReaderLabel(r.Published)),
                ReportCell.FromNumber(r.Published.Value, r.Published.Decimals), ReportCell.FromNumber(r.Reproduced, Math.Max(1, r.Published.Decimals + 1)),
                ReportCell.FromNumber(r.Difference, Math.Max(1, r.Published.Decimals + 1)), ReportCell.FromText(r.Reason));
        }

        return b.Build();
    }

    /// <summary>Every published number with the reproduced value (long): reader's label, published value, reproduced value, status and the reference key.</summary>
    public ReportTable AllRowsTable()
    {
        var b = new ReportTableBuilder("Alle publiserte tall", "Tall", "Publisert", "Gjenskapt", "Status", "Nøkkel");
        foreach (var r in Rows)
        {
            // The published value in the report's number format; the printed text only where the number is not a value (context).
            var published = double.IsNaN(r.Published.Value) ? ReportCell.FromText(r.Published.Printed) : ReportCell.FromNumber(r.Published.Value, r.Published.Decimals);
            b.Row(ReportCell.FromText(ReaderLabel(r.Published)), published,
                ReportCell.FromNumber(r.Reproduced, Math.Max(1, r.Published.Decimals + 1)), ReportCell.FromText(r.StatusName), ReportCell.FromText(r.Published.Id));
        }

        b.Note("Nøkkel: raden i referanseuttrekket (fil#rad), som i rapport.ToCsv().");

        return b.Build();
    }

    /// <summary>The comparison for people: summary and differences tables.</summary>
    public override ReportDocument Summary() => new("Publisert mot gjenskapt: KoRus 2017", [SummaryTable(), DifferencesTable()]);




    /// <summary>All rows as CSV with invariant numbers: id, file, statistic, published, reproduced, difference, status, reason.</summary>
    public string ToCsv()
    {
        var sb = new System.Text.StringBuilder("id,file,statistic,published,reproduced,difference,status,reason\n");
        foreach (var r in Rows)
        {
            sb.Append(Q(r.Published.Id)).Append(',').Append(Q(r.Published.File)).Append(',').Append(r.Published.Measure.Statistic).Append(',')
              .Append(F(r.Published.Value)).Append(',').Append(F(r.Reproduced)).Append(',').Append(F(r.Difference)).Append(',')
              .Append(r.Status).Append(',').Append(Q(r.Reason ?? "")).Append('\n');
        }

        return sb.ToString();
    }

    private static string F(double v) => double.IsNaN(v) || double.IsInfinity(v) ? "" : v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Q(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
