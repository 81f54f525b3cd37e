using System.Globalization;
using Analysenotater.Disclosure;
using Analysenotater.Reporting;
using Analysenotater.Statistics.Results;
using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Design;

/// <summary>
/// One design-based estimate (mean, proportion, total or ratio) with its Taylor-linearised standard error, design
/// degrees of freedom, a t-based confidence interval on those df, and the design effect. Immutable. Proportions and
/// means are on the variable's own scale (a proportion is 0–1).
/// </summary>
public sealed class DesignEstimate : Result, IEstimate, IEstimationResult
{
    private readonly double _estimate;
    private readonly double _standardError;
    private readonly double _df;
    private readonly double _lower;
    private readonly double _upper;
    private readonly double _deff;
    private readonly double _sumOfWeights;
    private readonly int _n;
    private readonly int _nonzeroWeightRows;
    private readonly int _psus;
    private readonly int _strata;
    private readonly int _excludedMissing;

    internal DesignEstimate(
        DesignStatistic statistic,
        string label,
        double estimate,
        double standardError,
        double df,
        double level,
        double deff,
        int n,
        int nonzeroWeightRows,
        int psus,
        int strata,
        int excludedMissing,
        double sumOfWeights,
        IReadOnlyList<string> notes,
        DisclosurePolicy? disclosure = null,
        DisclosureLevel? decided = null,
        bool secondary = false,
        double effectiveN = double.PositiveInfinity)
    {
        Disclosure = disclosure ?? DisclosurePolicy.KoRus2017;
        _effectiveN = effectiveN;
        var needed = statistic == DesignStatistic.Proportion ? DisclosureLevel.Full : DisclosureLevel.MeansOnly;
        var judged = decided ?? Disclosure.LevelFor(JudgedOn(n, nonzeroWeightRows, effectiveN));
        Shown = Disclosure.IsDisabled || judged >= needed;
        IsSecondarySuppressed = secondary && !Shown;
        Statistic = statistic;
        Label = label;
        _estimate = estimate;
        _standardError = standardError;
        _df = df;
        ConfidenceLevel = level;
        _deff = deff;
        _n = n;
        _nonzeroWeightRows = nonzeroWeightRows;
        _psus = psus;
        _strata = strata;
        _excludedMissing = excludedMissing;
        _sumOfWeights = sumOfWeights;
        Notes = notes;
        if (df >= 1 && !double.IsNaN(standardError))
        {
            var t = Probability.TQuantile(1 - ((1 - level) / 2), df);
            _lower = estimate - (t * standardError);
            _upper = estimate + (t * standardError);
        }
        else
        {
            _lower = double.NaN;
            _upper = double.NaN;
        }
    }

    /// <summary>The disclosure policy the estimate obeys (default KoRus 2017: a mean, total or ratio needs 4 rows, a proportion 11).</summary>
    public DisclosurePolicy Disclosure { get; }

    /// <summary>
    /// True when the estimate may be shown. When false every number (estimate, SE, limits, df, deff, n, sum of
    /// weights) reads NaN or 0: the raw value of a hidden estimate is not reachable. Judged on the rows used with a
    /// non-zero weight.
    /// </summary>
    public bool Shown { get; }

    /// <summary>True when hidden only so that another hidden domain cannot be worked out (secondary suppression).</summary>
    public bool IsSecondarySuppressed { get; }

    /// <summary>The disclosure state of the estimate.</summary>
    public CellState State => Shown ? CellState.Released : IsSecondarySuppressed ? CellState.Secondary : CellState.Primary;

    /// <summary>The same estimate judged under another policy, or at a level decided for a whole table of domains.</summary>
    internal DesignEstimate Released(DisclosurePolicy policy, DisclosureLevel? decided = null, bool secondary = false) =>
        new(Statistic, Label, _estimate, _standardError, _df, ConfidenceLevel, _deff, _n, _nonzeroWeightRows, _psus, _strata, _excludedMissing, _sumOfWeights, Notes, policy, decided, secondary, _effectiveN);

    /// <summary>The same estimate hidden because, together with what was released before from the same data, it would
    /// give a hidden group (a secondary cell of the dataset's release ledger), with a note saying so.</summary>
    internal DesignEstimate WithheldByLedger() =>
        new(Statistic, Label, _estimate, _standardError, _df, ConfidenceLevel, _deff, _n, _nonzeroWeightRows, _psus, _strata, _excludedMissing, _sumOfWeights,
            [.. Notes, DisclosurePolicy.LedgerNote(Label)], Disclosure, DisclosureLevel.Nothing, secondary: true, _effectiveN);

    /// <summary>
    /// The n the disclosure rule judges: the fewest of the rows, the rows with a non-zero weight and Kish's effective n
    /// ((Σw)² ÷ Σw², rounded down), so that a few heavy weights cannot carry a figure for a handful of respondents.
    /// </summary>
    private static int JudgedOn(int n, int nonzeroWeightRows, double effectiveN) =>
        (int)Math.Min(Math.Min(n, nonzeroWeightRows), Math.Floor(Math.Min(effectiveN, int.MaxValue) + 1e-9));

    private readonly double _effectiveN;

    /// <summary>The rows the disclosure rule judges (used rows with a non-zero weight), for the domain table's decision.</summary>
    internal int JudgedN => JudgedOn(_n, _nonzeroWeightRows, _effectiveN);

    /// <summary>The label: <see cref="Label"/>.</summary>
    string IEstimate.Name => Label;

    /// <inheritdoc />
    long IEstimationResult.N => N;

    /// <summary>The one parameter: this estimate.</summary>
    public IReadOnlyList<IEstimate> Parameters => [this];

    /// <summary>The interval estimate ∓ t(1 − α/2, <see cref="Df"/>)·SE at another level; NaN limits when df &lt; 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    public ConfidenceInterval ConfidenceInterval(double level) => Df >= 1
        ? Results.ConfidenceInterval.Wald(Estimate, StandardError, Df, level)
        : Results.ConfidenceInterval.Wald(Estimate, double.NaN, Df, level);

    /// <summary>
    /// The normal-theory interval estimate ∓ z(1 − α/2)·SE (R <c>confint(svymean(...))</c> with its default df = ∞),
    /// beside the t(<see cref="Df"/>) interval of <see cref="ConfidenceInterval(double)"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    public ConfidenceInterval NormalConfidenceInterval(double level) => Results.ConfidenceInterval.Wald(Estimate, StandardError, double.PositiveInfinity, level);

    /// <summary>The quantity estimated.</summary>
    public DesignStatistic Statistic { get; }

    /// <summary>A label (variable and domain) for tables.</summary>
    public string Label { get; }

    /// <summary>The point estimate.</summary>
    public double Estimate => Shown ? _estimate : double.NaN;

    /// <summary>The Taylor-linearised (with-replacement, unless an FPC was given) standard error.</summary>
    public double StandardError => Shown ? _standardError : double.NaN;

    /// <summary>The variance, <see cref="StandardError"/>².</summary>
    public double Variance => StandardError * StandardError;

    /// <summary>Design degrees of freedom: PSUs minus strata among the domain's rows with non-zero weight (R <c>degf</c>).</summary>
    public double Df => Shown ? _df : double.NaN;

    /// <summary>The confidence level of <see cref="Lower"/>/<see cref="Upper"/>.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Lower confidence limit: estimate − t(1−α/2, df)·SE; NaN when df &lt; 1.</summary>
    public double Lower => Shown ? _lower : double.NaN;

    /// <summary>Upper confidence limit: estimate + t(1−α/2, df)·SE; NaN when df &lt; 1.</summary>
    public double Upper => Shown ? _upper : double.NaN;

    /// <summary>
    /// Design effect: the design variance over the variance under simple random sampling with replacement of the same
    /// number of non-zero-weight rows (R <c>deff = "replace"</c>). NaN for ratios.
    /// </summary>
    public double Deff => Shown ? _deff : double.NaN;

    /// <summary>
    /// Design effect against simple random sampling without replacement, survey's default <c>deff = TRUE</c>:
    /// <see cref="Deff"/> · N̂/(N̂ − n) with N̂ = <see cref="SumOfWeights"/> (the estimated population of the domain) and
    /// n = <see cref="NonzeroWeightRows"/>, i.e. V / (V_srs · (N̂ − n)/N̂). NaN for ratios and when N̂ ≤ n (weights that
    /// are not population weights).
    /// </summary>
    public double DeffWithoutReplacement => Statistic == DesignStatistic.Ratio || !(SumOfWeights > NonzeroWeightRows)
        ? double.NaN
        : Deff * SumOfWeights / (SumOfWeights - NonzeroWeightRows);

    /// <summary>Rows used: in the domain, with a valid value (NaN rows excluded).</summary>
    public int N => Shown ? _n : 0;

    /// <summary>Rows used that have a non-zero weight.</summary>
    public int NonzeroWeightRows => Shown ? _nonzeroWeightRows : 0;

    /// <summary>PSUs with at least one used row of non-zero weight.</summary>
    public int Psus => Shown ? _psus : 0;

    /// <summary>Strata with at least one used row of non-zero weight.</summary>
    public int Strata => Shown ? _strata : 0;

    /// <summary>Rows in the domain left out because the value was missing (NaN).</summary>
    public int ExcludedMissing => Shown ? _excludedMissing : 0;

    /// <summary>The sum of the weights of the rows used (the estimated domain size when weights are population weights).</summary>
    public double SumOfWeights => Shown ? _sumOfWeights : double.NaN;

    /// <summary>The method in one line (variance estimator, interval, design effect).</summary>
    public string Method => Statistic == DesignStatistic.Ratio
        ? "Taylor-linearisering (svyratio); KI med t på designets frihetsgrader"
        : "Taylor-linearisering; KI med t på designets frihetsgrader; deff mot enkelt tilfeldig utvalg med tilbakelegging (R deff = \"replace\")";

    /// <summary>Method and missing-value notes.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The coefficient of variation SE/|estimate|.</summary>
    public double CoefficientOfVariation => StandardError / Math.Abs(Estimate);

    /// <summary>The Norwegian name of the statistic.</summary>
    public string StatisticName => Statistic switch
    {
        DesignStatistic.Mean => "Gjennomsnitt",
        DesignStatistic.Proportion => "Andel",
        DesignStatistic.Total => "Total",
        _ => "Forholdstall",
    };

    /// <summary>A one-row table, nothing suppressed.</summary>
    public override ReportTable Summary() => Summary(minimumN: null);

    /// <summary>A one-row table; with <paramref name="minimumN"/> the numbers are suppressed when n is below it.</summary>
    public ReportTable Summary(int? minimumN)
    {
        var b = new ReportTableBuilder($"{StatisticName} (designbasert)", DomainEstimates.Columns(ConfidenceLevel));
        b.Row(DomainEstimates.RowCells(Label, this, minimumN));
        foreach (var note in Notes)
        {
            b.Note(note);
        }

        if (minimumN is { } m && N < m)
        {
            b.Note($"Skjult: færre enn {m.ToString(CultureInfo.InvariantCulture)} svar.");
        }

        return b.Build();
    }
}
