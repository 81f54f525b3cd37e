namespace Analysenotater.Statistics.Design;

/// <content>Domains and calibration verbs: each returns a new design (subset, post-stratified, raked, unweighted).</content>
public sealed partial class SurveyDesign
{
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

    /// <summary>
    /// The design with trimmed weights (R <c>trimWeights(design, upper, lower, strict)</c>, beside
    /// <see cref="PostStratify"/> and <see cref="Rake"/>): weights outside [lower, upper] are set to the bound and the
    /// amount removed is added equally to the weights inside (<see cref="Weighting.WeightTrimming"/>); the clusters,
    /// strata, FPC, policy and any calibration are kept (trimming is not a calibration: no variance gain). Zero weights
    /// stay 0 and in the design by default; <see cref="Weighting.ZeroWeightTrimming.AsSurvey"/> trims them as R's
    /// trimWeights does (raised to <paramref name="lower"/> when it is above 0, else given their share).
    /// </summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <param name="strict">Repeat until no weight lies outside (R's strict = TRUE).</param>
    /// <param name="zeroWeights">What happens to zero weights (default: they stay 0).</param>
    /// <returns>A new design with the trimmed weights; the trimming report is in <see cref="CalibrationReport"/>.</returns>
    /// <exception cref="ArgumentException">lower &gt; upper, or every positive weight lies outside the bounds.</exception>
    /// <exception cref="InvalidOperationException">The design is a domain (subset): trim the whole design, then take domains.</exception>
    public SurveyDesign Trim(double lower = 0, double upper = double.PositiveInfinity, bool strict = false, Weighting.ZeroWeightTrimming zeroWeights = Weighting.ZeroWeightTrimming.Keep)
    {
        RequireWholeDesign();
        var result = Weighting.WeightTrimming.Trim(_w, lower, upper, strict, zeroWeights);
        return new SurveyDesign([.. result.Weights], _psu, _stratumStart, _stratumNames, _stratumCodes, (_psuFirstRow, _clusterIds, _clusterNames), _fpcFactor, LonelyPsu, true, IsClustered, IsStratified, HasFpc, ConfidenceLevel, null, DomainLabel, _dataset, _calibration)
        {
            CalibrationReport = result,
        };
    }

    /// <summary>
    /// The design calibrated to population totals of categorical margins (R <c>calibrate(design, ~a + b, population,
    /// calfun, bounds)</c>): <see cref="Weighting.GregCalibration"/> with the linear (GREG), raking or logit distance and
    /// optional bounds on the g-weights; later standard errors include the calibration gain (the scores are replaced by
    /// their residuals from the weighted regression on the calibration variables, as survey's <c>svyrecvar</c>).
    /// </summary>
    /// <param name="margins">One <see cref="Weighting.WeightMargin"/> per variable, a code for every row, totals of the same population.</param>
    /// <param name="options">Distance, bounds, tolerance and steps (defaults as R's calibrate: linear, unbounded, 1e-7, 50).</param>
    /// <returns>A new design with the calibrated weights; the calibration report is in <see cref="CalibrationReport"/>.</returns>
    /// <exception cref="ArgumentException">A margin has the wrong length, inconsistent totals or a sample category without a target; or bad logit bounds.</exception>
    /// <exception cref="InvalidOperationException">Not converged, or the design is a domain (calibrate the whole design, then take domains).</exception>
    public SurveyDesign Calibrate(IReadOnlyList<Weighting.WeightMargin> margins, Weighting.CalibrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(margins);
        foreach (var m in margins)
        {
            CheckLength(m.Codes.Count, _w.Length, nameof(margins));
        }

        var (names, columns, totals) = Weighting.GregCalibration.Auxiliaries(_w, margins);
        return Calibrate(names, columns, totals, options);
    }

    /// <summary>
    /// The design calibrated to totals of auxiliary columns (one value per row; include a column of ones to fix the
    /// population size), as <see cref="Calibrate(IReadOnlyList{Weighting.WeightMargin}, Weighting.CalibrationOptions?)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, a value is not finite, or bad logit bounds.</exception>
    /// <exception cref="InvalidOperationException">Not converged, or the design is a domain.</exception>
    public SurveyDesign Calibrate(IReadOnlyList<string> names, IReadOnlyList<double[]> columns, IReadOnlyList<double> totals, Weighting.CalibrationOptions? options = null)
    {
        RequireWholeDesign();
        var result = Weighting.GregCalibration.Calibrate(_w, names, columns, totals, options);
        var w = result.ToArray();
        var cal = DesignCalibration.Regression(_calibration, [.. names], [.. columns], _w, w);
        return new SurveyDesign(w, _psu, _stratumStart, _stratumNames, _stratumCodes, (_psuFirstRow, _clusterIds, _clusterNames), _fpcFactor, LonelyPsu, true, IsClustered, IsStratified, HasFpc, ConfidenceLevel, null, DomainLabel, _dataset, cal)
        {
            CalibrationReport = result,
        };
    }

    /// <summary>The report of the last calibration (<see cref="Weighting.PostStratificationResult"/>, <see cref="Weighting.RakingResult"/>, <see cref="Weighting.CalibrationResult"/> or <see cref="Weighting.TrimmingResult"/>), or null.</summary>
    public Reporting.IResult? CalibrationReport { get; private init; }

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
}
