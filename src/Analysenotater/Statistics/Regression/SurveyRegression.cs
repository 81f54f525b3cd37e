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
/// total. The variance comes from the design's variance engine (<see cref="Design.DesignVariance"/>), so the
/// lonely-PSU policy, FPC and calibration of a <see cref="Design.SurveyDesign"/> apply as for means and totals; the
/// specification's Clusters/Strata/Weights form a design with <see cref="Design.LonelyPsuPolicy.Fail"/> and no FPC.
/// </remarks>
public static class SurveyRegression
{
    /// <summary>Fits with the clusters, strata and weights named in the specification (no FPC; a stratum with one
    /// cluster fails: pass a <see cref="Design.SurveyDesign"/> with a lonely-PSU policy instead).</summary>
    /// <exception cref="InvalidOperationException">The specification lacks clusters, strata or weights.</exception>
    /// <exception cref="Design.LonelyPsuException">A stratum with a single cluster (lonely PSU).</exception>
    /// <exception cref="ModelSpecificationException">The model problems of OLS.</exception>
    public static CoefficientTable Fit(ModelFrame frame, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var s = frame.Specification;
        if (s.ClusterIds is null || s.StratumIds is null || s.WeightValues is null)
        {
            throw new InvalidOperationException("Design-based regression needs Clusters(...), Strata(...) and Weights(...) in the model specification, or a SurveyDesign: SurveyRegression.Fit(frame, design).");
        }

        return Fit(frame, s.WeightValues, s.ClusterIds, s.StratumIds, confidenceLevel);
    }

    /// <summary>Builds the model and fits it on <paramref name="design"/> (see <see cref="Fit(ModelFrame, Design.SurveyDesign, double)"/>).</summary>
    /// <exception cref="ArgumentException">The design's rows differ from the specification's, or the design is a domain.</exception>
    /// <exception cref="Design.LonelyPsuException">A stratum has one PSU and the design's policy is Fail.</exception>
    public static CoefficientTable Fit(ModelSpecification specification, Design.SurveyDesign design, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return Fit(specification.Build(), design, confidenceLevel);
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
        CheckWholeDesign(frame, design);
        return Fit(frame, design, null, confidenceLevel,
            design.IsCalibrated ? "Designbasert (kalibrert design)" : "Designbasert (designobjekt)",
            psus => $"Designbasert regresjon: vektet minste kvadrater med designets vekter, linearisert (Taylor) varians med {psus.Psus} PSU-er i {psus.Strata} strata{(design.HasFpc ? " med endelighetskorreksjon" : "")}{(design.IsCalibrated ? "; designet er kalibrert, så standardfeilene tar med kalibreringsgevinsten" : "")}; som R survey::svyglm.",
            "PSU-er");
    }

    /// <summary>Fits with full-length design arrays (one entry per input row of the specification; no FPC, a lonely
    /// PSU fails).</summary>
    /// <param name="frame">The model.</param>
    /// <param name="weights">Sampling weights per input row (≥ 0).</param>
    /// <param name="clusters">Cluster (PSU) id per input row; null = unknown.</param>
    /// <param name="strata">Stratum id per input row; null = unknown.</param>
    /// <param name="confidenceLevel">Level of the intervals.</param>
    /// <exception cref="ArgumentException">An array has the wrong length, or a complete case lacks a design value.</exception>
    /// <exception cref="Design.LonelyPsuException">A stratum has only one cluster.</exception>
    public static CoefficientTable Fit(ModelFrame frame, IReadOnlyList<double> weights, IReadOnlyList<int?> clusters, IReadOnlyList<int?> strata, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(strata);
        var (design, map) = Design.SpecificationDesign.Build(frame.TotalRows, frame.Rows, weights, clusters, strata, Design.LonelyPsuPolicy.Fail);
        var s = frame.Specification;
        return Fit(frame, design, map, confidenceLevel, "Designbasert (vektet, klynger og strata)",
            psus => $"Designbasert regresjon: vektet minste kvadrater ({s.WeightName ?? "vekt"}), linearisert (Taylor) varians med {psus.Psus} klynger ({s.ClusterName ?? "klynge"}) i {psus.Strata} strata ({s.StratumName ?? "stratum"}), uten endelighetskorreksjon; som R survey::svyglm.",
            "klynger");
    }

    internal static void CheckWholeDesign(ModelFrame frame, Design.SurveyDesign design)
    {
        if (design.RowCount != frame.TotalRows)
        {
            throw new ArgumentException($"The design has {design.RowCount} rows but the model's specification has {frame.TotalRows} input rows; build both from the same dataset.", nameof(design));
        }

        if (design.DomainLabel.Length > 0)
        {
            throw new ArgumentException($"The design is the domain '{design.DomainLabel}'; fit the model on the whole design (a domain regression is not supported here).", nameof(design));
        }
    }

    /// <summary>
    /// Weighted least squares with the design's weights, the score columns w·e·x per design row, their covariance from
    /// the design's engine, V = M meat M and t tests on (PSUs − strata) − p + 1 df.
    /// </summary>
    private static CoefficientTable Fit(ModelFrame frame, Design.SurveyDesign design, int[]? designRow, double confidenceLevel, string title, Func<(int Psus, int Strata), string> methodNote, string psuWord)
    {
        var weights = design.Weights;
        var n = frame.N;
        var p = frame.P;
        var w = new double[n];
        var c0 = 0;
        foreach (var r in frame.CompleteRows)
        {
            w[c0++] = weights[designRow?[r] ?? r];
        }

        var ls = LeastSquares.Fit(frame, w);
        var columns = new double[p][];
        for (var a = 0; a < p; a++)
        {
            columns[a] = new double[design.RowCount];
        }

        var z = new double[p];
        var i = 0;
        foreach (var r in frame.CompleteRows)
        {
            ls.CentredRow(r, z);
            var f = w[i++] * ls.Residual(r, z);
            var d = designRow?[r] ?? r;
            for (var a = 0; a < p; a++)
            {
                columns[a][d] = f * z[a];
            }
        }

        var (meat, psus, strataCount) = design.Engine.Covariance(columns);
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
            methodNote((psus, strataCount)),
            $"t-fordeling med designfrihetsgrader ({psuWord} − strata) − p + 1 = {designDf} − {p} + 1 = {df}.",
            $"Listevis utelatelse: {frame.CasesDeleted} av {frame.TotalRows} rader; de utelatte radene beholdes i designet (domeneestimering).",
        };
        if (design.LonelyPsu != Design.LonelyPsuPolicy.Fail && design.LonelyStrata.Count > 0)
        {
            notes.Add($"Strata med én PSU ({string.Join(", ", design.LonelyStrata)}) er behandlet etter regelen «{design.LonelyPsu}» (som options(survey.lonely.psu) i R).");
        }

        if (df < 1)
        {
            notes.Add("Designet har færre frihetsgrader enn modellen har koeffisienter; testene er ikke meningsfulle.");
        }

        notes.AddRange(frame.DisclosureNotes);
        return new CoefficientTable(title, frame.DependentName, frame.N, frame.Suppress(list), confidenceLevel, notes, frame.SuppressCovariance(v)) { Labels = frame.Labels, Source = frame };
    }
}
