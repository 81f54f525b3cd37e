using System.Globalization;
using Analysenotater.Data;

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

    /// <summary>The report of the last calibration (<see cref="Weighting.PostStratificationResult"/> or <see cref="Weighting.RakingResult"/>), or null.</summary>
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
