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
public sealed partial class SurveyDesign
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
        Engine = new DesignVariance(psu, stratumStart, stratumNames, fpcFactor, policy, calibration, PsuLabel);
    }

    /// <summary>The variance engine every design-based estimator uses (lonely PSUs, FPC and calibration in one place).</summary>
    internal DesignVariance Engine { get; }

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

    /// <inheritdoc />
    public override string ToString() =>
        $"SurveyDesign: {RowCount} rader, {PsuCount} PSU-er, {StrataCount} strata, {(IsWeighted ? "vektet" : "uvektet")}, enslig PSU: {LonelyPsu}{(DomainLabel.Length > 0 ? ", domene: " + DomainLabel : "")}";

    // ---------------------------------------------------------------- estimation core

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
}
