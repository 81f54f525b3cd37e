using System.Globalization;
using Analysenotater.Data;

namespace Analysenotater.Statistics.Design;

/// <summary>
/// A single-stage stratified cluster sample with weights (R <c>svydesign(ids = ~kommune, strata = ~kommunestorrelse,
/// weights = ~vekt, nest = TRUE)</c>), built once and used for Taylor-linearised means, proportions, totals and ratios,
/// overall and by domain. Domains keep the full design: a domain (from <see cref="Subset(Func{int, bool}, string)"/> or the
/// <c>…By</c> methods) is estimated like R's <c>subset(design, …)</c> / <c>svyby</c>, with every PSU of a stratum counted.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Variance: Σₕ fₕ·nₕ/(nₕ−1)·Σⱼ(uₕⱼ − ūₕ)², uₕⱼ the PSU totals of the linearised scores, nₕ the stratum's PSUs in the
/// whole design, fₕ = (Nₕ − nₕ)/Nₕ with an FPC and 1 without. Clusters are nested in strata (cluster ids may repeat across
/// strata). Weights given to the constructor are taken as given; a design calibrated by <see cref="PostStratify"/> or
/// <see cref="Rake"/> also replaces the linearised scores by their residuals from the calibration groups (the calibration
/// gain of R's postStratify / rake designs), overall, in domains and in comparisons.</para>
/// <para>Missing values: a NaN in the analysed variable excludes the row from that estimate like a domain
/// (R <c>na.rm = TRUE</c>): the design is kept and the count is reported in <see cref="DesignEstimate.ExcludedMissing"/>.
/// Weights must be finite and ≥ 0 (zero weights are allowed: the row contributes nothing but its PSU still counts).
/// Performance: estimation is one or two allocation-free passes over the rows plus work per PSU.</para>
/// </remarks>
public sealed class SurveyDesign
{
    private readonly double[] _w;
    private readonly int[] _psu; // dense PSU index per row; PSUs are contiguous by stratum
    private readonly int[] _stratumStart; // PSUs of stratum h: [start[h], start[h+1])
    private readonly string[] _stratumNames;
    private readonly int[] _stratumCodes;
    private readonly int[] _psuFirstRow; // first row of each PSU (for labels)
    private readonly int[]? _clusterIds;
    private readonly string[]? _clusterNames;
    private readonly double[] _fpcFactor; // f_h per stratum
    private readonly bool[]? _domain;
    private readonly SurveyDataset? _dataset;
    private readonly DesignCalibration? _calibration;

    private SurveyDesign(double[] w, int[] psu, int[] stratumStart, string[] stratumNames, int[] stratumCodes, (int[] FirstRow, int[]? Ids, string[]? Names) psuLabels, double[] fpcFactor, LonelyPsuPolicy policy, bool weighted, bool clustered, bool stratified, bool hasFpc, double level, bool[]? domain, string domainLabel, SurveyDataset? dataset, DesignCalibration? calibration = null)
    {
        _calibration = calibration;
        _w = w;
        _psu = psu;
        _stratumStart = stratumStart;
        _stratumNames = stratumNames;
        _stratumCodes = stratumCodes;
        (_psuFirstRow, _clusterIds, _clusterNames) = psuLabels;
        _fpcFactor = fpcFactor;
        LonelyPsu = policy;
        IsWeighted = weighted;
        IsClustered = clustered;
        IsStratified = stratified;
        HasFpc = hasFpc;
        ConfidenceLevel = level;
        _domain = domain;
        DomainLabel = domainLabel;
        _dataset = dataset;
    }

    /// <summary>The number of rows of the whole design (including rows outside the current domain).</summary>
    public int RowCount => _w.Length;

    /// <summary>The number of PSUs in the whole design.</summary>
    public int PsuCount => _psuFirstRow.Length;

    /// <summary>The number of strata in the whole design.</summary>
    public int StrataCount => _stratumNames.Length;

    /// <summary>The lonely-PSU policy chosen.</summary>
    public LonelyPsuPolicy LonelyPsu { get; }

    /// <summary>True when weights were given (otherwise every weight is 1).</summary>
    public bool IsWeighted { get; }

    /// <summary>True when clusters were given (otherwise every row is a PSU).</summary>
    public bool IsClustered { get; }

    /// <summary>True when strata were given.</summary>
    public bool IsStratified { get; }

    /// <summary>True when a finite-population correction is applied.</summary>
    public bool HasFpc { get; }

    /// <summary>
    /// True when the weights were calibrated by <see cref="PostStratify"/> or <see cref="Rake"/>: standard errors then
    /// include the calibration gain (the linearised scores are replaced by their residuals from the calibration
    /// groups, as R's <c>postStratify</c> / <c>rake</c> designs do).
    /// </summary>
    public bool IsCalibrated => _calibration is not null;

    /// <summary>Confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>The label of the current domain ("" for the whole sample).</summary>
    public string DomainLabel { get; }

    /// <summary>The weights (read-only view), one per row.</summary>
    public ReadOnlySpan<double> Weights => _w;

    /// <summary>Labels of the strata that have a single PSU in the whole design.</summary>
    public IReadOnlyList<string> LonelyStrata
    {
        get
        {
            var list = new List<string>();
            for (var h = 0; h < _stratumNames.Length; h++)
            {
                if (_stratumStart[h + 1] - _stratumStart[h] == 1)
                {
                    list.Add(_stratumNames[h]);
                }
            }

            return list;
        }
    }

    /// <summary>
    /// Builds a design from arrays (one entry per row). Usage for a benchmark:
    /// <c>SurveyDesign.FromArrays(w, kommune, storrelse, LonelyPsuPolicy.Adjust)</c>.
    /// </summary>
    /// <param name="weights">Sampling weights (finite, ≥ 0); null for all 1.</param>
    /// <param name="clusters">PSU ids (nested in strata: the same id in two strata is two PSUs); null for one PSU per row.</param>
    /// <param name="strata">Stratum codes; null for one stratum (code 0).</param>
    /// <param name="lonelyPsu">The lonely-PSU policy.</param>
    /// <param name="populationPsusByStratum">Optional FPC: PSUs in the population per stratum code (≥ the sampled PSUs).</param>
    /// <param name="level">Confidence level, 0.95 by default.</param>
    /// <exception cref="ArgumentException">Lengths differ, a weight is NaN, infinite or negative (the message names the row), or an FPC is missing or smaller than the sample.</exception>
    public static SurveyDesign FromArrays(double[]? weights, int[]? clusters, int[]? strata, LonelyPsuPolicy lonelyPsu = LonelyPsuPolicy.Fail, IReadOnlyDictionary<int, double>? populationPsusByStratum = null, double level = 0.95)
    {
        var n = weights?.Length ?? clusters?.Length ?? strata?.Length
            ?? throw new ArgumentException("Give at least one of weights, clusters or strata (they define the number of rows).", nameof(weights));
        CheckLength(clusters?.Length, n, nameof(clusters));
        CheckLength(strata?.Length, n, nameof(strata));
        return Build(weights, clusters, strata, null, null, lonelyPsu, populationPsusByStratum, level, null, "weights");
    }

    /// <summary>
    /// Builds the design from a dataset's roles: clusters = <see cref="DatasetRoles.Municipality"/>, strata =
    /// <see cref="DatasetRoles.SizeGroup"/>, weights = <see cref="DatasetRoles.Weight"/> (all 1 when the column is absent
    /// or <see cref="SurveyDesignOptions.UseWeights"/> is false). Usage: <c>SurveyDesign.FromDataset(data, new() { LonelyPsu = LonelyPsuPolicy.Adjust })</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A design column is missing where it is required, has an empty cell, or a weight is invalid; the message names the column, row and value.</exception>
    public static SurveyDesign FromDataset(SurveyDataset dataset, SurveyDesignOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new SurveyDesignOptions();
        var roles = dataset.Roles;
        int[]? clusters = null, strata = null;
        string[]? clusterNames = null, strataNames = null;
        double[]? weights = null;
        if (options.UseClusters)
        {
            var name = roles.Municipality ?? throw new ArgumentException("The dataset roles name no municipality (cluster) column; set UseClusters = false for an unclustered design.", nameof(dataset));
            (clusters, clusterNames) = ReadCodes(dataset, name);
        }

        if (options.UseStrata)
        {
            var name = roles.SizeGroup ?? throw new ArgumentException("The dataset roles name no size-group (stratum) column; set UseStrata = false for an unstratified design.", nameof(dataset));
            (strata, strataNames) = ReadCodes(dataset, name);
        }

        var weightName = roles.Weight;
        if (options.UseWeights && weightName is not null && dataset.HasColumn(weightName))
        {
            if (dataset[weightName] is not NumericColumn wc)
            {
                throw new ArgumentException($"Weight column '{weightName}' holds {dataset[weightName].Kind} values; weights must be numbers.", nameof(dataset));
            }

            weights = wc.Values.ToArray();
        }

        if (clusters is null && strata is null && weights is null)
        {
            // Simple random sample: one stratum of single-row PSUs, weights 1.
            return Build(null, null, new int[dataset.RowCount], null, null, options.LonelyPsu, options.PopulationPsusByStratum, options.ConfidenceLevel, dataset, weightName ?? "vekt");
        }

        return Build(weights, clusters, strata, clusterNames, strataNames, options.LonelyPsu, options.PopulationPsusByStratum, options.ConfidenceLevel, dataset, weightName ?? "vekt");
    }

    /// <summary>
    /// The design restricted to a domain (R <c>subset(design, …)</c>): estimates use only the domain's rows but keep every
    /// PSU and stratum of the whole design. A subset of a subset is their intersection.
    /// </summary>
    /// <param name="keep">Row index → true when the row is in the domain.</param>
    /// <param name="label">A label for the domain (shown in tables).</param>
    public SurveyDesign Subset(Func<int, bool> keep, string label = "")
    {
        ArgumentNullException.ThrowIfNull(keep);
        var mask = new bool[_w.Length];
        for (var i = 0; i < mask.Length; i++)
        {
            mask[i] = (_domain is null || _domain[i]) && keep(i);
        }

        return new SurveyDesign(_w, _psu, _stratumStart, _stratumNames, _stratumCodes, (_psuFirstRow, _clusterIds, _clusterNames), _fpcFactor, LonelyPsu, IsWeighted, IsClustered, IsStratified, HasFpc, ConfidenceLevel, mask, CombineLabel(label), _dataset, _calibration);
    }

    /// <summary>The design restricted to the rows where <paramref name="keep"/> is true (same semantics as <see cref="Subset(Func{int, bool}, string)"/>).</summary>
    /// <exception cref="ArgumentException">The mask has the wrong length.</exception>
    public SurveyDesign Subset(bool[] keep, string label = "")
    {
        ArgumentNullException.ThrowIfNull(keep);
        CheckLength(keep.Length, _w.Length, nameof(keep));
        return Subset(i => keep[i], label);
    }

    /// <summary>
    /// The design post-stratified on <paramref name="cells"/> (R <c>postStratify(design, ~cell, population)</c>): each
    /// weight is multiplied by N_g ÷ Σ_g w for its cell g, and later standard errors include the calibration gain (the
    /// scores are replaced by their residuals from the cell means, as in R's <c>svyrecvar</c>). The design's own
    /// weights are the base weights (1 when unweighted). Cells are read for every row of the whole design.
    /// </summary>
    /// <param name="cells">Cell code per row (<see cref="Weighting.WeightMargin"/>, e.g. from <c>WeightMargin.FromDataset</c>) with the population count N_g per code.</param>
    /// <returns>A new design (the same clusters, strata, FPC and policy) with the calibrated weights; the post-stratification report is in <see cref="CalibrationReport"/>.</returns>
    /// <exception cref="ArgumentException">The margin has the wrong length, a sample cell has no population count, or a population cell has no sample weight (as <see cref="Weighting.PostStratification.Apply"/>).</exception>
    /// <exception cref="InvalidOperationException">The design is a domain (subset): calibrate the whole design, then take domains.</exception>
    public SurveyDesign PostStratify(Weighting.WeightMargin cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        RequireWholeDesign();
        CheckLength(cells.Codes.Count, _w.Length, nameof(cells));
        var result = Weighting.PostStratification.Apply((double[])_w.Clone(), cells);
        var w = result.ToArray();
        var cal = DesignCalibration.PostStratified(_calibration, cells.Name, DenseIndex(cells), _w, w);
        return new SurveyDesign(w, _psu, _stratumStart, _stratumNames, _stratumCodes, (_psuFirstRow, _clusterIds, _clusterNames), _fpcFactor, LonelyPsu, true, IsClustered, IsStratified, HasFpc, ConfidenceLevel, null, DomainLabel, _dataset, cal)
        {
            CalibrationReport = result,
        };
    }

    /// <summary>
    /// The design raked to the margins (R <c>rake(design, sample.margins, population.margins)</c>): iterative
    /// proportional fitting of the weights (<see cref="Weighting.Raking.Rake"/>), and later standard errors include the
    /// calibration gain as R computes it for a raked design (ten sweeps of residuals from the margin means).
    /// </summary>
    /// <param name="margins">One <see cref="Weighting.WeightMargin"/> per raking variable, each with a code for every row and population counts that sum to the same total.</param>
    /// <param name="options">Tolerance and iteration limit (defaults as <see cref="Weighting.RakingOptions"/>); non-convergence throws unless the options say otherwise.</param>
    /// <returns>A new design with the raked weights; the raking report (convergence, margins) is in <see cref="CalibrationReport"/>.</returns>
    /// <exception cref="ArgumentException">A margin has the wrong length or inconsistent totals.</exception>
    /// <exception cref="Weighting.RakingNotConvergedException">Raking did not converge (and the options ask to throw).</exception>
    /// <exception cref="InvalidOperationException">The design is a domain (subset): calibrate the whole design, then take domains.</exception>
    public SurveyDesign Rake(IReadOnlyList<Weighting.WeightMargin> margins, Weighting.RakingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(margins);
        RequireWholeDesign();
        foreach (var m in margins)
        {
            CheckLength(m.Codes.Count, _w.Length, nameof(margins));
        }

        var result = Weighting.Raking.Rake((double[])_w.Clone(), margins, options);
        var w = result.ToArray();
        var cal = DesignCalibration.Raked(_calibration, [.. margins.Select(m => m.Name)], [.. margins.Select(DenseIndex)], w);
        return new SurveyDesign(w, _psu, _stratumStart, _stratumNames, _stratumCodes, (_psuFirstRow, _clusterIds, _clusterNames), _fpcFactor, LonelyPsu, true, IsClustered, IsStratified, HasFpc, ConfidenceLevel, null, DomainLabel, _dataset, cal)
        {
            CalibrationReport = result,
        };
    }

    /// <summary>The report of the last calibration (<see cref="Weighting.PostStratificationResult"/> or <see cref="Weighting.RakingResult"/>), or null.</summary>
    public Reporting.IRenderable? CalibrationReport { get; private init; }

    private void RequireWholeDesign()
    {
        if (_domain is not null)
        {
            throw new InvalidOperationException($"Calibrate the whole design, then take domains: this design is the domain '{DomainLabel}'.");
        }
    }

    private static int[] DenseIndex(Weighting.WeightMargin margin)
    {
        var map = new Dictionary<int, int>();
        var idx = new int[margin.Codes.Count];
        for (var i = 0; i < idx.Length; i++)
        {
            var c = margin.Codes[i];
            if (!map.TryGetValue(c, out var k))
            {
                map[c] = k = map.Count;
            }

            idx[i] = k;
        }

        return idx;
    }

    /// <summary>The same clusters, strata, FPC, policy and domain with every weight 1 (for weighted-vs-unweighted comparisons); no calibration.</summary>
    public SurveyDesign WithoutWeights()
    {
        var ones = new double[_w.Length];
        Array.Fill(ones, 1.0);
        return new SurveyDesign(ones, _psu, _stratumStart, _stratumNames, _stratumCodes, (_psuFirstRow, _clusterIds, _clusterNames), _fpcFactor, LonelyPsu, false, IsClustered, IsStratified, HasFpc, ConfidenceLevel, _domain, DomainLabel, _dataset);
    }

    /// <summary>The weighted mean of <paramref name="y"/> (NaN = missing, excluded) in the current domain.</summary>
    /// <exception cref="ArgumentException">Wrong length, or no usable rows.</exception>
    /// <exception cref="LonelyPsuException">A stratum of the domain has one PSU and the policy is Fail.</exception>
    public DesignEstimate Mean(double[] y, string? label = null) => Single(DesignStatistic.Mean, y, null, label ?? "");

    /// <summary>The weighted proportion of a 0/1 variable <paramref name="y"/> (NaN = missing, excluded); use
    /// <see cref="Proportions.ProportionConfidence.FromDesign"/> for logit or Korn–Graubard limits.</summary>
    /// <exception cref="ArgumentException">A value other than 0, 1 or NaN (the message names the row), wrong length, or no usable rows.</exception>
    public DesignEstimate Proportion(double[] y, string? label = null)
    {
        CheckBinary(y);
        return Single(DesignStatistic.Proportion, y, null, label ?? "");
    }

    /// <summary>The weighted total Σwy of <paramref name="y"/> in the current domain (NaN = missing, excluded).</summary>
    public DesignEstimate Total(double[] y, string? label = null) => Single(DesignStatistic.Total, y, null, label ?? "");

    /// <summary>The ratio Σwy/Σwx (R svyratio); rows where either value is NaN are excluded.</summary>
    /// <exception cref="ArgumentException">Wrong lengths, no usable rows, or Σwx = 0.</exception>
    public DesignEstimate Ratio(double[] numerator, double[] denominator, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(denominator);
        return Single(DesignStatistic.Ratio, numerator, denominator, label ?? "");
    }

    /// <summary>Means by domain (R <c>svyby(~y, ~domain, design, svymean)</c>): one estimate per distinct domain code, full design kept.</summary>
    /// <param name="y">The variable (NaN = missing).</param>
    /// <param name="domains">Domain code per row.</param>
    /// <param name="label">Variable label.</param>
    /// <param name="domainNames">Optional labels for domain codes.</param>
    public DomainEstimates MeanBy(double[] y, int[] domains, string? label = null, IReadOnlyDictionary<int, string>? domainNames = null)
        => By(DesignStatistic.Mean, y, null, domains, null, label ?? "", domainNames);

    /// <summary>Proportions of a 0/1 variable by domain.</summary>
    public DomainEstimates ProportionBy(double[] y, int[] domains, string? label = null, IReadOnlyDictionary<int, string>? domainNames = null)
    {
        CheckBinary(y);
        return By(DesignStatistic.Proportion, y, null, domains, null, label ?? "", domainNames);
    }

    /// <summary>Totals by domain.</summary>
    public DomainEstimates TotalBy(double[] y, int[] domains, string? label = null, IReadOnlyDictionary<int, string>? domainNames = null)
        => By(DesignStatistic.Total, y, null, domains, null, label ?? "", domainNames);

    /// <summary>Ratios by domain.</summary>
    public DomainEstimates RatioBy(double[] numerator, double[] denominator, int[] domains, string? label = null, IReadOnlyDictionary<int, string>? domainNames = null)
    {
        ArgumentNullException.ThrowIfNull(denominator);
        return By(DesignStatistic.Ratio, numerator, denominator, domains, null, label ?? "", domainNames);
    }

    /// <summary>Means of <paramref name="y"/> (NaN = missing) by the strata of the design (the benchmark's «score by stratum»).</summary>
    public DomainEstimates MeanByStratum(double[] y, string? label = null) => By(DesignStatistic.Mean, y, null, null, null, label ?? "", null, null, byStratum: true);

    /// <summary>The mean of an item or numeric column of the dataset the design was built from (missing kinds excluded).</summary>
    /// <exception cref="InvalidOperationException">The design was not built from a dataset.</exception>
    public DesignEstimate Mean(string column) => Mean(DatasetValues(column), column);

    /// <summary>
    /// The proportion of valid answers to a dataset item whose code is one of <paramref name="successCodes"/> (for
    /// example «fornøyd eller svært fornøyd» = 4, 5). Every missing kind («ikke aktuelt», no answer …) is excluded from the
    /// denominator, as in the report's percentages.
    /// </summary>
    /// <exception cref="InvalidOperationException">The design was not built from a dataset.</exception>
    public DesignEstimate Proportion(string column, IReadOnlyCollection<int> successCodes)
    {
        ArgumentNullException.ThrowIfNull(successCodes);
        if (successCodes.Count == 0)
        {
            throw new ArgumentException("Give at least one success code.", nameof(successCodes));
        }

        var v = DatasetValues(column);
        for (var i = 0; i < v.Length; i++)
        {
            if (!double.IsNaN(v[i]))
            {
                v[i] = successCodes.Contains((int)v[i]) && v[i] == Math.Floor(v[i]) ? 1 : 0;
            }
        }

        return Proportion(v, $"{column} ∈ {{{string.Join(", ", successCodes)}}}");
    }

    /// <summary>The mean of a dataset column by the codes of another column (for example kjonn), full design kept.</summary>
    /// <exception cref="InvalidOperationException">The design was not built from a dataset.</exception>
    /// <exception cref="ArgumentException">The domain column is text or has non-integral values.</exception>
    public DomainEstimates MeanBy(string column, string domainColumn)
    {
        var ds = _dataset ?? throw new InvalidOperationException("This design was built from arrays; pass arrays, or build it with SurveyDesign.FromDataset.");
        var (codes, missing, names) = DomainCodes(ds, domainColumn);
        return By(DesignStatistic.Mean, DatasetValues(column), null, codes, missing, column, names, domainColumn);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"SurveyDesign: {RowCount} rader, {PsuCount} PSU-er, {StrataCount} strata, {(IsWeighted ? "vektet" : "uvektet")}, enslig PSU: {LonelyPsu}{(DomainLabel.Length > 0 ? ", domene: " + DomainLabel : "")}";

    // ---------------------------------------------------------------- estimation core

    private DesignEstimate Single(DesignStatistic stat, double[] y, double[]? x, string label)
    {
        ArgumentNullException.ThrowIfNull(y);
        CheckLength(y.Length, _w.Length, nameof(y));
        if (x is not null)
        {
            CheckLength(x.Length, _w.Length, nameof(x));
        }

        var p = _psuFirstRow.Length;
        var acc = new Accumulator(1, p);
        var excluded = 0;
        var w = _w;
        var psu = _psu;
        var dom = _domain;
        double[] aw = acc.Sw, awy = acc.Swy, awx = acc.Swx;
        int[] ar = acc.Rows, anz = acc.Nonzero;
        for (var i = 0; i < y.Length; i++)
        {
            if (dom is not null && !dom[i])
            {
                continue;
            }

            var yi = y[i];
            var xi = x is null ? 0 : x[i];
            if (double.IsNaN(yi) || double.IsNaN(xi))
            {
                excluded++;
                continue;
            }

            var j = psu[i];
            var wi = w[i];
            aw[j] += wi;
            awy[j] += wi * yi;
            awx[j] += wi * xi;
            ar[j]++;
            if (wi != 0)
            {
                anz[j]++;
            }
        }

        // Second pass for the design effect: Σ w (y − ȳ)² over the used rows.
        var ss = 0.0;
        if (stat != DesignStatistic.Ratio)
        {
            var mean = awy.Sum() / aw.Sum();
            for (var i = 0; i < y.Length; i++)
            {
                var yi = y[i];
                if ((dom is not null && !dom[i]) || double.IsNaN(yi) || (x is not null && double.IsNaN(x[i])))
                {
                    continue;
                }

                var dlt = yi - mean;
                ss += w[i] * dlt * dlt;
            }
        }

        return Finish(stat, acc, 0, CombineLabel(label), excluded, ss,
            _calibration is null ? null : i => (dom is null || dom[i]) && !double.IsNaN(y[i]) && (x is null || !double.IsNaN(x[i])), y, x);
    }

    private DomainEstimates By(DesignStatistic stat, double[] y, double[]? x, int[]? domains, bool[]? domainMissing, string label, IReadOnlyDictionary<int, string>? domainNames, string? domainColumn = null, bool byStratum = false)
    {
        ArgumentNullException.ThrowIfNull(y);
        CheckLength(y.Length, _w.Length, nameof(y));
        if (x is not null)
        {
            CheckLength(x.Length, _w.Length, nameof(x));
        }

        var psu = _psu;
        int[] psuStratum = [];
        int[]? lookup = null;
        Dictionary<int, int>? dict = null;
        var min = 0;
        int[] codes;
        if (byStratum)
        {
            psuStratum = new int[_psuFirstRow.Length];
            for (var h = 0; h < _stratumNames.Length; h++)
            {
                for (var j = _stratumStart[h]; j < _stratumStart[h + 1]; j++)
                {
                    psuStratum[j] = h;
                }
            }

            codes = _stratumCodes;
        }
        else
        {
            ArgumentNullException.ThrowIfNull(domains);
            CheckLength(domains.Length, _w.Length, nameof(domains));
            min = int.MaxValue;
            var max = int.MinValue;
            for (var i = 0; i < domains.Length; i++)
            {
                if (domainMissing is not null && domainMissing[i])
                {
                    continue;
                }

                var c = domains[i];
                if (c < min)
                {
                    min = c;
                }

                if (c > max)
                {
                    max = c;
                }
            }

            if (min > max)
            {
                throw new ArgumentException("No row has a domain code.", nameof(domains));
            }

            if ((long)max - min < 1 << 20)
            {
                var seen = new bool[max - min + 1];
                for (var i = 0; i < domains.Length; i++)
                {
                    if (domainMissing is null || !domainMissing[i])
                    {
                        seen[domains[i] - min] = true;
                    }
                }

                lookup = new int[seen.Length];
                var list = new List<int>();
                for (var c = 0; c < seen.Length; c++)
                {
                    lookup[c] = seen[c] ? list.Count : -1;
                    if (seen[c])
                    {
                        list.Add(c + min);
                    }
                }

                codes = [.. list];
            }
            else
            {
                var set = new HashSet<int>();
                for (var i = 0; i < domains.Length; i++)
                {
                    if (domainMissing is null || !domainMissing[i])
                    {
                        set.Add(domains[i]);
                    }
                }

                codes = [.. set.Order()];
                dict = [];
                foreach (var c in codes)
                {
                    dict[c] = dict.Count;
                }
            }
        }

        var d = codes.Length;
        var p = _psuFirstRow.Length;
        var acc = new Accumulator(d, p);
        var excluded = new int[d];
        var noDomain = 0;
        var w = _w;
        var dom = _domain;
        double[] aw = acc.Sw, awy = acc.Swy, awx = acc.Swx;
        int[] ar = acc.Rows, anz = acc.Nonzero;

        // Domain index of row i, or −1 when the row has no domain.
        int DomainOf(int i) => byStratum ? psuStratum[psu[i]]
            : domainMissing is not null && domainMissing[i] ? -1
            : lookup is not null ? lookup[domains![i] - min] : dict![domains![i]];

        for (var i = 0; i < y.Length; i++)
        {
            if (dom is not null && !dom[i])
            {
                continue;
            }

            var k = DomainOf(i);
            if (k < 0)
            {
                noDomain++;
                continue;
            }

            var yi = y[i];
            var xi = x is null ? 0 : x[i];
            if (double.IsNaN(yi) || double.IsNaN(xi))
            {
                excluded[k]++;
                continue;
            }

            var idx = (k * p) + psu[i];
            var wi = w[i];
            aw[idx] += wi;
            awy[idx] += wi * yi;
            awx[idx] += wi * xi;
            ar[idx]++;
            if (wi != 0)
            {
                anz[idx]++;
            }
        }

        // Second pass for the design effects: Σ w (y − ȳ_d)² per domain.
        var ss = new double[d];
        if (stat != DesignStatistic.Ratio)
        {
            var means = new double[d];
            for (var k = 0; k < d; k++)
            {
                double swk = 0, swyk = 0;
                for (var j = k * p; j < (k + 1) * p; j++)
                {
                    swk += aw[j];
                    swyk += awy[j];
                }

                means[k] = swk > 0 ? swyk / swk : 0;
            }

            for (var i = 0; i < y.Length; i++)
            {
                if (dom is not null && !dom[i])
                {
                    continue;
                }

                var yi = y[i];
                if (double.IsNaN(yi) || (x is not null && double.IsNaN(x[i])))
                {
                    continue;
                }

                var k = DomainOf(i);
                if (k >= 0)
                {
                    var dlt = yi - means[k];
                    ss[k] += w[i] * dlt * dlt;
                }
            }
        }

        var labels = new string[d];
        var estimates = new DesignEstimate[d];
        for (var k = 0; k < d; k++)
        {
            labels[k] = byStratum ? _stratumNames[k] : domainNames is not null && domainNames.TryGetValue(codes[k], out var nm) ? nm : codes[k].ToString(CultureInfo.InvariantCulture);
            var kk = k;
            estimates[k] = Finish(stat, acc, k, CombineLabel(label.Length > 0 ? label + ", " + labels[k] : labels[k]), excluded[k], ss[k],
                _calibration is null ? null : i => (dom is null || dom[i]) && !double.IsNaN(y[i]) && (x is null || !double.IsNaN(x[i])) && DomainOf(i) == kk, y, x);
        }

        var notes = new List<string> { MethodNote() };
        if (noDomain > 0)
        {
            notes.Add($"{noDomain.ToString(CultureInfo.InvariantCulture)} rader uten verdi i {domainColumn ?? "domenevariabelen"} er ikke med i noen gruppe (designet beholdes).");
        }

        var title = $"{StatisticNameOf(stat)} av {label} etter {domainColumn ?? (byStratum ? "stratum" : "domene")} (designbasert)";
        return new DomainEstimates(title, labels, estimates, notes);
    }

    private DesignEstimate Finish(DesignStatistic stat, Accumulator acc, int k, string label, int excluded, double sumSquaresForDeff, Func<int, bool>? rowUsed = null, double[]? y = null, double[]? x = null)
    {
        var p = _psuFirstRow.Length;
        var off = k * p;
        double sw = 0, swy = 0, swx = 0;
        var rows = 0;
        var nz = 0;
        for (var j = 0; j < p; j++)
        {
            sw += acc.Sw[off + j];
            swy += acc.Swy[off + j];
            swx += acc.Swx[off + j];
            rows += acc.Rows[off + j];
            nz += acc.Nonzero[off + j];
        }

        if (rows == 0)
        {
            throw new ArgumentException($"'{label}': no rows with a valid value in the domain ({excluded.ToString(CultureInfo.InvariantCulture)} missing).");
        }

        double est;
        double scaleDen;
        switch (stat)
        {
            case DesignStatistic.Mean:
            case DesignStatistic.Proportion:
                if (!(sw > 0))
                {
                    throw new ArgumentException($"'{label}': the weights of the used rows sum to 0; a mean is undefined.");
                }

                est = swy / sw;
                scaleDen = sw;
                break;
            case DesignStatistic.Total:
                est = swy;
                scaleDen = 1;
                break;
            default:
                if (swx == 0)
                {
                    throw new ArgumentException($"'{label}': the weighted denominator total is 0; the ratio is undefined.");
                }

                est = swy / swx;
                scaleDen = swx;
                break;
        }

        // Linearised scores per PSU, then the stratified between-PSU variance.
        var u = new double[p];
        if (_calibration is not null && rowUsed is not null && y is not null)
        {
            // Calibrated design: row scores, their residuals from the calibration groups, then PSU totals.
            var score = new double[_w.Length];
            for (var i = 0; i < score.Length; i++)
            {
                if (rowUsed(i))
                {
                    score[i] = stat switch
                    {
                        DesignStatistic.Total => _w[i] * y[i],
                        DesignStatistic.Ratio => _w[i] * (y[i] - (est * x![i])) / scaleDen,
                        _ => _w[i] * (y[i] - est) / scaleDen,
                    };
                }
            }

            PsuTotalsOfCalibrated(score, u);
        }
        else
        {
            for (var j = 0; j < p; j++)
            {
                u[j] = Score(stat, acc, off + j, est, scaleDen);
            }
        }

        var variance = StratifiedVariance(u, acc.Rows.AsSpan(off, p), acc.Nonzero.AsSpan(off, p), out var psusUsed, out var strataUsed, out var lonely);
        var notes = new List<string> { MethodNote() };
        if (lonely)
        {
            notes.Add(LonelyPsu switch
            {
                LonelyPsuPolicy.Adjust => "Strata med én PSU er sentrert om totalgjennomsnittet (lonely PSU: adjust).",
                LonelyPsuPolicy.Remove => "Strata med én PSU bidrar ikke til variansen (lonely PSU: remove).",
                _ => "Strata med én PSU er trukket med sikkerhet og bidrar ikke til variansen (lonely PSU: certainty).",
            });
        }

        var df = psusUsed - strataUsed;
        var se = Math.Sqrt(variance);

        // Design effect (R deff = "replace"): V / (svyvar / n) for means, V / (svyvar · W² / n) for totals.
        var deff = double.NaN;
        if (stat != DesignStatistic.Ratio && nz > 1 && sw > 0)
        {
            var svyvar = nz / (nz - 1.0) * sumSquaresForDeff / sw;
            var vsrs = stat == DesignStatistic.Total ? svyvar * sw * sw / nz : svyvar / nz;
            deff = variance / vsrs;
        }

        if (excluded > 0)
        {
            notes.Add($"{excluded.ToString(CultureInfo.InvariantCulture)} rader med manglende verdi er utelatt (designet beholdes, som na.rm = TRUE i R).");
        }

        if (df < 1)
        {
            notes.Add("Designet har under 1 frihetsgrad (PSU-er − strata); konfidensintervall kan ikke beregnes.");
        }

        return new DesignEstimate(stat, label, est, se, df, ConfidenceLevel, deff, rows, nz, psusUsed, strataUsed, excluded, sw, notes);
    }

    /// <summary>
    /// The difference of two domain means, mean(A) − mean(B), with its linearised SE (the covariance of the two domains
    /// is included: R <c>svycontrast(svyby(…, covmat = TRUE), c(1, −1))</c>). B = null means the whole current domain.
    /// </summary>
    internal (double Difference, double Se, int Df, int NA, int NB, double MeanA, double MeanB) MeanContrast(double[] y, bool[] a, bool[]? b)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(a);
        CheckLength(y.Length, _w.Length, nameof(y));
        CheckLength(a.Length, _w.Length, nameof(a));
        var p = _psuFirstRow.Length;
        var swA = new double[p];
        var swyA = new double[p];
        var swB = new double[p];
        var swyB = new double[p];
        var rows = new int[p];
        var nz = new int[p];
        int nA = 0, nB = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if ((_domain is not null && !_domain[i]) || double.IsNaN(y[i]))
            {
                continue;
            }

            var inA = a[i];
            var inB = b is null || b[i];
            if (!inA && !inB)
            {
                continue;
            }

            var j = _psu[i];
            var w = _w[i];
            rows[j]++;
            if (w != 0)
            {
                nz[j]++;
            }

            if (inA)
            {
                swA[j] += w;
                swyA[j] += w * y[i];
                nA++;
            }

            if (inB)
            {
                swB[j] += w;
                swyB[j] += w * y[i];
                nB++;
            }
        }

        double wA = swA.Sum(), wB = swB.Sum();
        if (!(wA > 0) || !(wB > 0))
        {
            throw new ArgumentException("Both groups of a comparison need rows with positive weight and a valid value.", nameof(a));
        }

        var mA = swyA.Sum() / wA;
        var mB = swyB.Sum() / wB;
        var u = new double[p];
        if (_calibration is not null)
        {
            var score = new double[y.Length];
            for (var i = 0; i < y.Length; i++)
            {
                if ((_domain is not null && !_domain[i]) || double.IsNaN(y[i]))
                {
                    continue;
                }

                if (a[i])
                {
                    score[i] += _w[i] * (y[i] - mA) / wA;
                }

                if (b is null || b[i])
                {
                    score[i] -= _w[i] * (y[i] - mB) / wB;
                }
            }

            PsuTotalsOfCalibrated(score, u);
        }
        else
        {
            for (var j = 0; j < p; j++)
            {
                u[j] = ((swyA[j] - (mA * swA[j])) / wA) - ((swyB[j] - (mB * swB[j])) / wB);
            }
        }

        var v = StratifiedVariance(u, rows, nz, out var psus, out var strata, out _);
        return (mA - mB, Math.Sqrt(v), psus - strata, nA, nB, mA, mB);
    }

    /// <summary>
    /// The stratified between-PSU covariance Σ_h f_h n_h/(n_h − 1) Σ_i (u_hi − ū_h)(u_hi − ū_h)' of p score columns
    /// (one value per row of the whole design; residualised from the calibration groups first when the design is
    /// calibrated), as a row-major p × p array, with the design's PSU and stratum counts. Lonely PSUs follow the policy.
    /// </summary>
    internal (double[] Covariance, int Psus, int Strata) ScoreCovariance(double[][] columns)
    {
        var p = columns.Length;
        var nPsu = _psuFirstRow.Length;
        var u = new double[p][];
        for (var a = 0; a < p; a++)
        {
            CheckLength(columns[a].Length, _w.Length, nameof(columns));
            u[a] = new double[nPsu];
            var x = (double[])columns[a].Clone();
            if (_calibration is not null)
            {
                PsuTotalsOfCalibrated(x, u[a]);
            }
            else
            {
                for (var i = 0; i < x.Length; i++)
                {
                    u[a][_psu[i]] += x[i];
                }
            }
        }

        var cov = new double[p * p];
        var strata = 0;
        for (var h = 0; h < _stratumNames.Length; h++)
        {
            int start = _stratumStart[h], end = _stratumStart[h + 1];
            var nh = end - start;
            if (nh == 0)
            {
                continue;
            }

            strata++;
            var f = _fpcFactor[h];
            if (nh == 1)
            {
                if (LonelyPsu == LonelyPsuPolicy.Fail)
                {
                    throw new LonelyPsuException(_stratumNames[h], PsuLabel(start));
                }

                if (LonelyPsu == LonelyPsuPolicy.Adjust)
                {
                    for (var a = 0; a < p; a++)
                    {
                        for (var b = 0; b < p; b++)
                        {
                            cov[(a * p) + b] += f * u[a][start] * u[b][start];
                        }
                    }
                }

                continue;
            }

            var mean = new double[p];
            for (var a = 0; a < p; a++)
            {
                for (var j = start; j < end; j++)
                {
                    mean[a] += u[a][j] / nh;
                }
            }

            for (var j = start; j < end; j++)
            {
                for (var a = 0; a < p; a++)
                {
                    var da = u[a][j] - mean[a];
                    for (var b = 0; b < p; b++)
                    {
                        cov[(a * p) + b] += f * nh / (nh - 1.0) * da * (u[b][j] - mean[b]);
                    }
                }
            }
        }

        return (cov, nPsu, strata);
    }

    /// <summary>Residuals of the row scores from the calibration groups (in place), summed per PSU into <paramref name="u"/>.</summary>
    private void PsuTotalsOfCalibrated(double[] score, double[] u)
    {
        _calibration!.Residualize(score);
        Array.Clear(u);
        for (var i = 0; i < score.Length; i++)
        {
            u[_psu[i]] += score[i];
        }
    }

    private double StratifiedVariance(double[] u, ReadOnlySpan<int> rows, ReadOnlySpan<int> nz, out int psusUsed, out int strataUsed, out bool lonely)
    {
        // In a calibrated design the residual scores reach beyond the domain (every row of a calibration group gets
        // one), so every stratum of the design contributes, as in R.
        var everyStratum = _calibration is not null;
        double variance = 0;
        lonely = false;
        psusUsed = 0;
        strataUsed = 0;
        for (var h = 0; h < _stratumNames.Length; h++)
        {
            int start = _stratumStart[h], end = _stratumStart[h + 1];
            var nPsu = end - start;
            bool present = false, presentNz = false;
            double sumU = 0;
            for (var j = start; j < end; j++)
            {
                present |= rows[j] > 0;
                if (nz[j] > 0)
                {
                    presentNz = true;
                    psusUsed++;
                }

                sumU += u[j];
            }

            if (presentNz)
            {
                strataUsed++;
            }

            var f = _fpcFactor[h];
            if (!(present || (everyStratum && nPsu > 0)) || f < 1e-7)
            {
                continue;
            }

            if (nPsu > 1)
            {
                var mean = sumU / nPsu;
                double ss = 0;
                for (var j = start; j < end; j++)
                {
                    ss += (u[j] - mean) * (u[j] - mean);
                }

                variance += f * nPsu / (nPsu - 1) * ss;
            }
            else
            {
                if (LonelyPsu == LonelyPsuPolicy.Fail)
                {
                    throw new LonelyPsuException(_stratumNames[h], PsuLabel(start));
                }

                lonely = true;
                if (LonelyPsu == LonelyPsuPolicy.Adjust)
                {
                    variance += f * sumU * sumU; // not centred: the scores are already centred at the grand mean
                }
            }
        }

        return variance;
    }

    private static double Score(DesignStatistic stat, Accumulator acc, int idx, double est, double scaleDen) => stat switch
    {
        DesignStatistic.Total => acc.Swy[idx],
        DesignStatistic.Ratio => (acc.Swy[idx] - (est * acc.Swx[idx])) / scaleDen,
        _ => (acc.Swy[idx] - (est * acc.Sw[idx])) / scaleDen,
    };

    private string MethodNote()
    {
        var parts = new List<string>();
        parts.Add(IsClustered ? "klynger (PSU)" : "ingen klynger");
        parts.Add(IsStratified ? "strata" : "ingen strata");
        parts.Add(IsWeighted ? "vekter" : "uten vekter");
        if (HasFpc)
        {
            parts.Add("endelig populasjonskorreksjon");
        }

        if (_calibration is not null)
        {
            parts.Add(_calibration.Description + ", SE med kalibreringsgevinst");
        }

        return $"Taylor-linearisert SE ({string.Join(", ", parts)}); KI med t på designets frihetsgrader; designeffekt mot enkelt tilfeldig utvalg med tilbakelegging.";
    }

    private string PsuLabel(int psu)
    {
        var row = _psuFirstRow[psu];
        return _clusterIds is null ? $"rad {(row + 1).ToString(CultureInfo.InvariantCulture)}" : _clusterNames?[row] ?? _clusterIds[row].ToString(CultureInfo.InvariantCulture);
    }

    private int StratumOfPsu(int psu)
    {
        var lo = 0;
        var hi = _stratumNames.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_stratumStart[mid] <= psu)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private string CombineLabel(string label) => DomainLabel.Length == 0 ? label : label.Length == 0 ? DomainLabel : label + " (" + DomainLabel + ")";

    private static string StatisticNameOf(DesignStatistic s) => s switch
    {
        DesignStatistic.Mean => "Gjennomsnitt",
        DesignStatistic.Proportion => "Andel",
        DesignStatistic.Total => "Total",
        _ => "Forholdstall",
    };

    private double[] DatasetValues(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var ds = _dataset ?? throw new InvalidOperationException("This design was built from arrays; pass arrays, or build it with SurveyDesign.FromDataset.");
        return ds.ValidValues(column);
    }

    private static (int[] Codes, bool[] Missing, Dictionary<int, string> Names) DomainCodes(SurveyDataset ds, string column)
    {
        var col = ds[column];
        var n = ds.RowCount;
        var codes = new int[n];
        var missing = new bool[n];
        var names = new Dictionary<int, string>();
        switch (col)
        {
            case CodeColumn cc:
                var scale = ds.Instrument is { } ins && ins.HasItem(column) ? ins.ScaleOf(column) : null;
                for (var i = 0; i < n; i++)
                {
                    var c = cc.Codes[i];
                    missing[i] = c == CodeColumn.Empty;
                    codes[i] = c;
                    if (!missing[i] && !names.ContainsKey(c))
                    {
                        names[c] = scale?.Find(c)?.Label ?? c.ToString(CultureInfo.InvariantCulture);
                    }
                }

                break;
            case NumericColumn nc:
                for (var i = 0; i < n; i++)
                {
                    var v = nc[i];
                    missing[i] = double.IsNaN(v);
                    if (!missing[i])
                    {
                        if (v != Math.Floor(v) || Math.Abs(v) > int.MaxValue)
                        {
                            throw new ArgumentException($"Column '{column}', row {i + 1}: value {v.ToString(CultureInfo.InvariantCulture)} is not a whole number; a domain column needs codes.");
                        }

                        codes[i] = (int)v;
                    }
                }

                break;
            case TextColumn tc:
                var map = new SortedDictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < n; i++)
                {
                    if (tc[i] is { } s && !map.ContainsKey(s))
                    {
                        map[s] = 0;
                    }
                }

                var k = 0;
                foreach (var key in map.Keys.ToList())
                {
                    map[key] = k;
                    names[k] = key;
                    k++;
                }

                for (var i = 0; i < n; i++)
                {
                    missing[i] = tc[i] is null;
                    codes[i] = missing[i] ? 0 : map[tc[i]!];
                }

                break;
            default:
                throw new ArgumentException($"Column '{column}' of kind {col.Kind} cannot define domains.");
        }

        return (codes, missing, names);
    }

    private static (int[] Codes, string[]? Names) ReadCodes(SurveyDataset ds, string column)
    {
        if (!ds.HasColumn(column))
        {
            throw new ArgumentException($"The dataset has no design column '{column}'.", nameof(ds));
        }

        var (codes, missing, names) = DomainCodes(ds, column);
        for (var i = 0; i < missing.Length; i++)
        {
            if (missing[i])
            {
                throw new ArgumentException($"Design column '{column}', row {i + 1}: empty; every respondent needs a {column} value for the design.", nameof(ds));
            }
        }

        return (codes, ds[column] is TextColumn ? codes.Select(c => names[c]).ToArray() : null);
    }

    private static SurveyDesign Build(double[]? weights, int[]? clusters, int[]? strata, string[]? clusterNames, string[]? strataNames, LonelyPsuPolicy policy, IReadOnlyDictionary<int, double>? fpc, double level, SurveyDataset? dataset, string weightColumn)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown lonely-PSU policy.");
        }

        var n = weights?.Length ?? clusters?.Length ?? strata!.Length;
        double[] w;
        if (weights is null)
        {
            w = new double[n];
            Array.Fill(w, 1.0);
        }
        else
        {
            w = (double[])weights.Clone();
            for (var i = 0; i < n; i++)
            {
                var v = w[i];
                if (!(v >= 0) || double.IsInfinity(v))
                {
                    throw new ArgumentException($"Weight column '{weightColumn}', row {i + 1}: value {v.ToString(CultureInfo.InvariantCulture)} is not a finite weight ≥ 0 (missing weights are not allowed; give the row weight 0 to drop it from estimates).", nameof(weights));
                }
            }
        }

        int[] psuOfRow;
        int[] start;
        int[] stratumCodes;
        int[] psuFirstRowSorted;
        if (clusters is null)
        {
            // Every row is its own PSU: a counting sort of the rows by stratum, no hashing per row.
            var countByCode = new Dictionary<int, int>(); // counted run by run, so sorted data costs one lookup per run
            var last = int.MinValue;
            var lastCount = 0;
            for (var i = 0; i < n; i++)
            {
                var sc = strata?[i] ?? 0;
                if (sc != last || i == 0)
                {
                    if (i > 0)
                    {
                        countByCode[last] = countByCode.GetValueOrDefault(last) + lastCount;
                    }

                    last = sc;
                    lastCount = 0;
                }

                lastCount++;
            }

            if (n > 0)
            {
                countByCode[last] = countByCode.GetValueOrDefault(last) + lastCount;
            }

            stratumCodes = [.. countByCode.Keys.Order()];
            start = new int[stratumCodes.Length + 1];
            for (var h = 0; h < stratumCodes.Length; h++)
            {
                start[h + 1] = start[h] + countByCode[stratumCodes[h]];
            }

            psuOfRow = new int[n];
            psuFirstRowSorted = new int[n];
            var nextArr = new int[stratumCodes.Length];
            for (var h = 0; h < stratumCodes.Length; h++)
            {
                nextArr[h] = start[h];
            }

            var lastCode = int.MinValue;
            var lastH = -1;
            for (var i = 0; i < n; i++)
            {
                var sc = strata?[i] ?? 0;
                if (sc != lastCode || lastH < 0)
                {
                    lastH = Array.BinarySearch(stratumCodes, sc);
                    lastCode = sc;
                }

                var j = nextArr[lastH]++;
                psuOfRow[i] = j;
                psuFirstRowSorted[j] = i;
            }
        }
        else
        {
            // (stratum, cluster) → first-appearance PSU index; then renumbered so each stratum's PSUs are contiguous.
            psuOfRow = new int[n];
            var keyToPsu = new Dictionary<long, int>();
            var psuStratumCode = new List<int>();
            var psuFirstRow = new List<int>();
            var lastKeyPsu = -1;
            var lastKey = long.MinValue;
            for (var i = 0; i < n; i++)
            {
                var sc = strata?[i] ?? 0;
                var key = ((long)sc << 32) | (uint)clusters[i];
                int idx;
                if (key == lastKey)
                {
                    idx = lastKeyPsu;
                }
                else if (!keyToPsu.TryGetValue(key, out idx))
                {
                    idx = psuStratumCode.Count;
                    keyToPsu[key] = idx;
                    psuStratumCode.Add(sc);
                    psuFirstRow.Add(i);
                }

                lastKey = key;
                lastKeyPsu = idx;
                psuOfRow[i] = idx;
            }

            stratumCodes = [.. psuStratumCode.Distinct().Order()];
            var stratumIndex = new Dictionary<int, int>();
            for (var h = 0; h < stratumCodes.Length; h++)
            {
                stratumIndex[stratumCodes[h]] = h;
            }

            var p = psuStratumCode.Count;
            var order = Enumerable.Range(0, p).OrderBy(j => stratumIndex[psuStratumCode[j]]).ThenBy(j => j).ToArray();
            var newIndex = new int[p];
            psuFirstRowSorted = new int[p];
            for (var k = 0; k < p; k++)
            {
                newIndex[order[k]] = k;
                psuFirstRowSorted[k] = psuFirstRow[order[k]];
            }

            for (var i = 0; i < n; i++)
            {
                psuOfRow[i] = newIndex[psuOfRow[i]];
            }

            start = new int[stratumCodes.Length + 1];
            foreach (var sc in psuStratumCode)
            {
                start[stratumIndex[sc] + 1]++;
            }

            for (var h = 0; h < stratumCodes.Length; h++)
            {
                start[h + 1] += start[h];
            }
        }

        var stratumNames = new string[stratumCodes.Length];
        for (var h = 0; h < stratumCodes.Length; h++)
        {
            stratumNames[h] = strataNames?[psuFirstRowSorted[start[h]]] ?? stratumCodes[h].ToString(CultureInfo.InvariantCulture);
        }

        var f = new double[stratumCodes.Length];
        Array.Fill(f, 1.0);
        if (fpc is not null)
        {
            for (var h = 0; h < stratumCodes.Length; h++)
            {
                var sampled = start[h + 1] - start[h];
                if (!fpc.TryGetValue(stratumCodes[h], out var pop))
                {
                    throw new ArgumentException($"The FPC gives no population PSU count for stratum '{stratumNames[h]}' (code {stratumCodes[h].ToString(CultureInfo.InvariantCulture)}).", nameof(fpc));
                }

                if (!(pop >= sampled) || double.IsNaN(pop))
                {
                    throw new ArgumentException($"Stratum '{stratumNames[h]}': the FPC says {pop.ToString(CultureInfo.InvariantCulture)} PSUs in the population, but {sampled.ToString(CultureInfo.InvariantCulture)} were sampled.", nameof(fpc));
                }

                f[h] = double.IsPositiveInfinity(pop) ? 1 : (pop - sampled) / pop;
            }
        }

        return new SurveyDesign(w, psuOfRow, start, stratumNames, stratumCodes, (psuFirstRowSorted, clusters, clusterNames), f, policy, weights is not null, clusters is not null, strata is not null, fpc is not null, level, null, "", dataset);
    }

    private static void CheckLength(int? length, int expected, string name)
    {
        if (length is { } l && l != expected)
        {
            throw new ArgumentException($"'{name}' has {l.ToString(CultureInfo.InvariantCulture)} rows; the design has {expected.ToString(CultureInfo.InvariantCulture)}.", name);
        }
    }

    private static void CheckBinary(double[] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        for (var i = 0; i < y.Length; i++)
        {
            var v = y[i];
            if (!double.IsNaN(v) && v != 0 && v != 1)
            {
                throw new ArgumentException($"A proportion needs a 0/1 variable; row {i + 1} has {v.ToString(CultureInfo.InvariantCulture)}.", nameof(y));
            }
        }
    }

    private sealed class Accumulator
    {
        public Accumulator(int domains, int psus)
        {
            var len = domains * psus;
            Sw = new double[len];
            Swy = new double[len];
            Swx = new double[len];
            Rows = new int[len];
            Nonzero = new int[len];
        }

        public double[] Sw { get; }

        public double[] Swy { get; }

        public double[] Swx { get; }

        public int[] Rows { get; }

        public int[] Nonzero { get; }

        public void Add(int idx, double w, double y, double x)
        {
            Sw[idx] += w;
            Swy[idx] += w * y;
            Swx[idx] += w * x;
            Rows[idx]++;
            if (w != 0)
            {
                Nonzero[idx]++;
            }
        }
    }
}
