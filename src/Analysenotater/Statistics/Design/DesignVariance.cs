namespace Analysenotater.Statistics.Design;

/// <summary>
/// The variance engine of design-based inference: the one place where the stratified with-replacement (or FPC)
/// between-PSU variance is computed, so every estimator built on a <see cref="SurveyDesign"/> — means, proportions,
/// totals, ratios, domains, contrasts, linear and logistic regression — applies the same lonely-PSU policy, FPC and
/// calibration. Callers hand in linearised scores per row (or PSU totals already formed); the engine residualises them
/// from the calibration groups when the design is calibrated, sums them per PSU and returns
/// Σ_h f_h n_h/(n_h − 1) Σ_i (u_hi − ū_h)(u_hi − ū_h)'.
/// </summary>
/// <remarks>
/// Lonely PSUs (a stratum with one PSU): <see cref="LonelyPsuPolicy.Fail"/> throws <see cref="LonelyPsuException"/>,
/// <see cref="LonelyPsuPolicy.Adjust"/> adds f_h u_h u_h' (centred at 0, R survey 4.1-1's "adjust"; 0 is the grand
/// mean of the PSU totals for means, proportions, ratios and regression scores, not for totals),
/// <see cref="LonelyPsuPolicy.Centered"/> adds f_h (u_h − ū)(u_h − ū)' with ū the mean of all the design's PSU totals
/// (Stata <c>singleunit(centered)</c>), <see cref="LonelyPsuPolicy.Remove"/> and <see cref="LonelyPsuPolicy.Certainty"/> add nothing (R
/// <c>options(survey.lonely.psu = …)</c>). f_h = 1 − n_h/N_h with an FPC, else 1; a stratum with f_h below 1e-7
/// (everything sampled) adds nothing. Units: the squared units of the scores.
/// </remarks>
internal sealed class DesignVariance
{
    private readonly int[] _psu;
    private readonly int[] _stratumStart;
    private readonly string[] _stratumNames;
    private readonly double[] _fpcFactor;
    private readonly LonelyPsuPolicy _policy;
    private readonly DesignCalibration? _calibration;
    private readonly Func<int, string> _psuLabel;

    /// <summary>Creates the engine over a design's structure.</summary>
    /// <param name="psu">Dense PSU index per row (PSUs contiguous by stratum).</param>
    /// <param name="stratumStart">PSUs of stratum h are [start[h], start[h + 1]).</param>
    /// <param name="stratumNames">Stratum labels for messages.</param>
    /// <param name="fpcFactor">f_h per stratum.</param>
    /// <param name="policy">The lonely-PSU policy.</param>
    /// <param name="calibration">The calibration groups, or null.</param>
    /// <param name="psuLabel">A PSU's label for messages.</param>
    public DesignVariance(int[] psu, int[] stratumStart, string[] stratumNames, double[] fpcFactor, LonelyPsuPolicy policy, DesignCalibration? calibration, Func<int, string> psuLabel)
    {
        _psu = psu;
        _stratumStart = stratumStart;
        _stratumNames = stratumNames;
        _fpcFactor = fpcFactor;
        _policy = policy;
        _calibration = calibration;
        _psuLabel = psuLabel;
    }

    /// <summary>The number of PSUs of the whole design.</summary>
    public int PsuCount => _stratumStart[^1];

    /// <summary>Whether scores are residualised from calibration groups before they are summed per PSU.</summary>
    public bool IsCalibrated => _calibration is not null;

    /// <summary>
    /// PSU totals of one score per row (length = rows of the whole design) into <paramref name="u"/> (length =
    /// <see cref="PsuCount"/>); the scores are first replaced by their residuals from the calibration groups when the
    /// design is calibrated (in place: <paramref name="score"/> is overwritten then).
    /// </summary>
    public void PsuTotals(double[] score, double[] u)
    {
        _calibration?.Residualize(score);
        Array.Clear(u);
        for (var i = 0; i < score.Length; i++)
        {
            u[_psu[i]] += score[i];
        }
    }

    /// <summary>
    /// The covariance of p score columns (one value per row of the whole design each), row-major p × p, with the PSU
    /// and non-empty stratum counts of the design.
    /// </summary>
    /// <exception cref="LonelyPsuException">A stratum has one PSU and the policy is Fail.</exception>
    public (double[] Covariance, int Psus, int Strata) Covariance(double[][] columns)
    {
        var p = columns.Length;
        var nPsu = PsuCount;
        var u = new double[p][];
        for (var a = 0; a < p; a++)
        {
            u[a] = new double[nPsu];
            PsuTotals((double[])columns[a].Clone(), u[a]);
        }

        var cov = new double[p * p];
        var strata = 0;
        var mean = new double[p];
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
            if (nh == 1 || f < 1e-7)
            {
                if (nh == 1 && LonelyAdds(h, start) && f >= 1e-7)
                {
                    AddOuter(cov, u, start, _policy == LonelyPsuPolicy.Centered ? [.. u.Select(x => x.Sum() / nPsu)] : null, f, p);
                }

                continue;
            }

            for (var a = 0; a < p; a++)
            {
                mean[a] = 0;
                for (var j = start; j < end; j++)
                {
                    mean[a] += u[a][j] / nh;
                }
            }

            for (var j = start; j < end; j++)
            {
                AddOuter(cov, u, j, mean, f * nh / (nh - 1.0), p);
            }
        }

        return (cov, nPsu, strata);
    }

    /// <summary>
    /// The variance of one estimator from its PSU totals <paramref name="u"/>, for a domain: a stratum contributes
    /// when the domain has rows in it (<paramref name="rows"/> per PSU &gt; 0), or always when the design is calibrated
    /// (the residual scores reach beyond the domain, as in R). Counts the PSUs and strata with rows of non-zero weight
    /// (<paramref name="nonzero"/> per PSU) for the design df.
    /// </summary>
    /// <exception cref="LonelyPsuException">A contributing stratum has one PSU and the policy is Fail.</exception>
    public double Variance(double[] u, ReadOnlySpan<int> rows, ReadOnlySpan<int> nonzero, out int psusUsed, out int strataUsed, out bool lonely)
    {
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
                if (nonzero[j] > 0)
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
                lonely = true;
                if (LonelyAdds(h, start))
                {
                    // Adjust: centred at 0 (R survey); Centered: at the mean of all PSU totals (Stata singleunit(centered)).
                    var centre = _policy == LonelyPsuPolicy.Centered ? u.Sum() / u.Length : 0;
                    variance += f * (sumU - centre) * (sumU - centre);
                }
            }
        }

        return variance;
    }

    /// <summary>The PSUs and strata that hold at least one of <paramref name="designRows"/> (R's <c>degf</c> of the
    /// design subset to those rows is PSUs − strata).</summary>
    public (int Psus, int Strata) CountUsed(IEnumerable<int> designRows)
    {
        var psuUsed = new bool[PsuCount];
        foreach (var r in designRows)
        {
            psuUsed[_psu[r]] = true;
        }

        int psus = 0, strata = 0;
        for (var h = 0; h < _stratumNames.Length; h++)
        {
            var any = false;
            for (var j = _stratumStart[h]; j < _stratumStart[h + 1]; j++)
            {
                if (psuUsed[j])
                {
                    psus++;
                    any = true;
                }
            }

            strata += any ? 1 : 0;
        }

        return (psus, strata);
    }

    /// <summary>The lonely-PSU policy for stratum h: throws under Fail, true when the PSU adds its own square (Adjust, Centered).</summary>
    private bool LonelyAdds(int h, int psu) => _policy switch
    {
        LonelyPsuPolicy.Fail => throw new LonelyPsuException(_stratumNames[h], _psuLabel(psu)),
        LonelyPsuPolicy.Adjust or LonelyPsuPolicy.Centered => true,
        _ => false,
    };

    private static void AddOuter(double[] cov, double[][] u, int j, double[]? mean, double factor, int p)
    {
        for (var a = 0; a < p; a++)
        {
            var da = u[a][j] - (mean?[a] ?? 0);
            for (var b = 0; b < p; b++)
            {
                cov[(a * p) + b] += factor * da * (u[b][j] - (mean?[b] ?? 0));
            }
        }
    }
}
