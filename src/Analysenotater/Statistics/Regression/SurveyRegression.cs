namespace Analysenotater.Statistics.Regression;

/// <summary>
/// Design-based linear regression, as R's <c>survey::svyglm(family = gaussian())</c> on
/// <c>svydesign(ids = ~cluster, strata = ~stratum, weights = ~w, nest = TRUE)</c>: coefficients by weighted least
/// squares, variance by Taylor linearisation (a stratified, with-replacement cluster sandwich), t tests with design
/// df = (number of clusters − number of strata) − p + 1.
/// </summary>
/// <remarks>
/// Variance: V = M [Σ_h n_h/(n_h − 1) Σ_i (t_hi − t̄_h)(t_hi − t̄_h)'] M with M = (X'WX)⁻¹ and t_hi the sum over
/// cluster i of stratum h of w_j x_j e_j. Clusters are identified within their stratum (nest = TRUE). The clusters
/// and strata are counted over every input row with a known cluster and stratum, also rows deleted from the model
/// for a missing value (they belong to the design, as in survey's domain handling); such a cluster contributes a zero
/// total. No finite-population correction.
/// </remarks>
public static class SurveyRegression
{
    /// <summary>Fits with the clusters, strata and weights named in the specification.</summary>
    /// <exception cref="InvalidOperationException">The specification lacks clusters, strata or weights.</exception>
    /// <exception cref="ModelSpecificationException">A stratum with a single cluster (lonely PSU), or the model problems of OLS.</exception>
    public static CoefficientTable Fit(ModelFrame frame, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var s = frame.Specification;
        if (s.ClusterIds is null || s.StratumIds is null || s.WeightValues is null)
        {
            throw new InvalidOperationException("Design-based regression needs Clusters(...), Strata(...) and Weights(...) in the model specification.");
        }

        return Fit(frame, s.WeightValues, s.ClusterIds, s.StratumIds, confidenceLevel);
    }

    /// <summary>
    /// Fits with the weights, clusters, strata, FPC, lonely-PSU policy and calibration of <paramref name="design"/>
    /// (one design row per input row of the specification, in the same order): R <c>svyglm(y ~ …, design)</c>, also
    /// for a design from <see cref="Design.SurveyDesign.PostStratify"/> or <see cref="Design.SurveyDesign.Rake"/>,
    /// whose standard errors then include the calibration gain. Rows deleted from the model for a missing value stay in
    /// the design (their scores are 0).
    /// </summary>
    /// <param name="frame">The model.</param>
    /// <param name="design">The design; its weights are the regression weights.</param>
    /// <param name="confidenceLevel">Level of the intervals.</param>
    /// <exception cref="ArgumentException">The design's row count differs from the specification's input rows, or the design is a domain (subset).</exception>
    /// <exception cref="Design.LonelyPsuException">A stratum has one PSU and the design's policy is Fail.</exception>
    public static CoefficientTable Fit(ModelFrame frame, Design.SurveyDesign design, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(design);
        var total = frame.TotalRows;
        if (design.RowCount != total)
        {
            throw new ArgumentException($"The design has {design.RowCount} rows but the model's specification has {total} input rows; build both from the same dataset.", nameof(design));
        }

        if (design.DomainLabel.Length > 0)
        {
            throw new ArgumentException($"The design is the domain '{design.DomainLabel}'; fit the model on the whole design (a domain regression is not supported here).", nameof(design));
        }

        var weights = design.Weights;
        var n = frame.N;
        var p = frame.P;
        var w = new double[n];
        var c0 = 0;
        foreach (var r in frame.CompleteRows)
        {
            w[c0++] = weights[r];
        }

        var ls = LeastSquares.Fit(frame, w);
        var columns = new double[p][];
        for (var a = 0; a < p; a++)
        {
            columns[a] = new double[total];
        }

        var z = new double[p];
        var i = 0;
        foreach (var r in frame.CompleteRows)
        {
            ls.CentredRow(r, z);
            var f = w[i++] * ls.Residual(r, z);
            for (var a = 0; a < p; a++)
            {
                columns[a][r] = f * z[a];
            }
        }

        var (meat, psus, strataCount) = design.ScoreCovariance(columns);
        return Table(frame, ls, meat, psus, strataCount, confidenceLevel,
            design.IsCalibrated ? "Designbasert (kalibrert design)" : "Designbasert (designobjekt)",
            $"Designbasert regresjon: vektet minste kvadrater med designets vekter, linearisert (Taylor) varians med {psus} PSU-er i {strataCount} strata{(design.IsCalibrated ? "; designet er kalibrert, så standardfeilene tar med kalibreringsgevinsten" : "")}; som R survey::svyglm.",
            "PSU-er");
    }

    /// <summary>
    /// The coefficient table from the fit and the meat (p × p covariance of the PSU score totals, centred basis):
    /// V = M meat M, t tests on (PSUs − strata) − p + 1 df, notes on the method, df and listwise deletion.
    /// </summary>
    private static CoefficientTable Table(ModelFrame frame, LeastSquares ls, double[] meat, int psus, int strataCount, double confidenceLevel, string title, string methodNote, string psuWord)
    {
        var p = frame.P;
        var v = ls.ToOriginal(SmallMatrix.Sandwich(ls.Bread, meat, p));
        var designDf = psus - strataCount;
        var df = designDf - p + 1;
        var b = ls.Beta();
        var list = new List<CoefficientEstimate>();
        for (var j = 0; j < p; j++)
        {
            list.Add(CoefficientEstimate.From(frame.CoefficientNames[j], b[j], Math.Sqrt(v[j * p + j]), df, confidenceLevel));
        }

        var notes = new List<string>
        {
            methodNote,
            $"t-fordeling med designfrihetsgrader ({psuWord} − strata) − p + 1 = {designDf} − {p} + 1 = {df}.",
            $"Listevis utelatelse: {frame.CasesDeleted} av {frame.TotalRows} rader; de utelatte radene beholdes i designet (domeneestimering).",
        };
        if (df < 1)
        {
            notes.Add("Designet har færre frihetsgrader enn modellen har koeffisienter; testene er ikke meningsfulle.");
        }

        return new CoefficientTable(title, frame.DependentName, frame.N, list, confidenceLevel, notes, v);
    }

    /// <summary>Fits with full-length design arrays (one entry per input row of the specification).</summary>
    /// <param name="frame">The model.</param>
    /// <param name="weights">Sampling weights per input row (≥ 0).</param>
    /// <param name="clusters">Cluster (PSU) id per input row; null = unknown.</param>
    /// <param name="strata">Stratum id per input row; null = unknown.</param>
    /// <param name="confidenceLevel">Level of the intervals.</param>
    /// <exception cref="ArgumentException">An array has the wrong length, or a complete case lacks a design value.</exception>
    /// <exception cref="ModelSpecificationException">A stratum has only one cluster.</exception>
    public static CoefficientTable Fit(ModelFrame frame, IReadOnlyList<double> weights, IReadOnlyList<int?> clusters, IReadOnlyList<int?> strata, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(strata);
        var total = frame.TotalRows;
        if (weights.Count != total || clusters.Count != total || strata.Count != total)
        {
            throw new ArgumentException($"Design arrays must have one entry per input row ({total}); got weights {weights.Count}, clusters {clusters.Count}, strata {strata.Count}.");
        }

        var n = frame.N;
        var p = frame.P;
        var w = new double[n];
        var c0 = 0;
        foreach (var r in frame.CompleteRows)
        {
            if (double.IsNaN(weights[r]) || clusters[r] is null || strata[r] is null)
            {
                throw new ArgumentException($"Row {r + 1} is in the model but lacks a weight, cluster or stratum.");
            }

            w[c0++] = weights[r];
        }

        var ls = LeastSquares.Fit(frame, w);

        // Design structure over all rows: PSU = (stratum, cluster).
        var psuIndex = new Dictionary<(int, int), int>();
        var psuStratum = new List<int>();
        for (var r = 0; r < total; r++)
        {
            if (clusters[r] is int c && strata[r] is int h && psuIndex.TryAdd((h, c), psuIndex.Count))
            {
                psuStratum.Add(h);
            }
        }

        var totals = new double[psuIndex.Count][];
        for (var k = 0; k < totals.Length; k++)
        {
            totals[k] = new double[p];
        }

        var z = new double[p]; // the centred design row and residual of each complete case, formed on the fly
        var i = 0;
        foreach (var r in frame.CompleteRows)
        {
            var t = totals[psuIndex[(strata[r]!.Value, clusters[r]!.Value)]];
            ls.CentredRow(r, z);
            var f = w[i++] * ls.Residual(r, z);
            for (var a = 0; a < p; a++)
            {
                t[a] += f * z[a];
            }
        }

        var meat = new double[p * p];
        var strataCount = 0;
        foreach (var group in Enumerable.Range(0, totals.Length).GroupBy(k => psuStratum[k]))
        {
            strataCount++;
            var members = group.ToList();
            var nh = members.Count;
            if (nh < 2)
            {
                throw new ModelSpecificationException($"Stratum {group.Key} has only one cluster; its variance cannot be estimated (lonely PSU). Merge it with a similar stratum or treat the cluster as certain.");
            }

            var mean = new double[p];
            foreach (var k in members)
            {
                for (var a = 0; a < p; a++)
                {
                    mean[a] += totals[k][a] / nh;
                }
            }

            var dev = new double[p];
            foreach (var k in members)
            {
                for (var a = 0; a < p; a++)
                {
                    dev[a] = totals[k][a] - mean[a];
                }

                RobustCovariance.AddOuter(meat, dev, dev, p, nh / (nh - 1.0));
            }
        }

        var s = frame.Specification;
        return Table(frame, ls, meat, psuIndex.Count, strataCount, confidenceLevel, "Designbasert (vektet, klynger og strata)",
            $"Designbasert regresjon: vektet minste kvadrater ({s.WeightName ?? "vekt"}), linearisert (Taylor) varians med {psuIndex.Count} klynger ({s.ClusterName ?? "klynge"}) i {strataCount} strata ({s.StratumName ?? "stratum"}), uten endelighetskorreksjon; som R survey::svyglm.",
            "klynger");
    }
}
