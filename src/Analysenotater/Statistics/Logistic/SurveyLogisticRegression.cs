using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// Design-based logistic regression, as R's <c>survey::svyglm(y ~ …, design = svydesign(ids = ~cluster,
/// strata = ~stratum, weights = ~w, nest = TRUE), family = quasibinomial())</c> with <c>summary.svyglm</c>'s tests:
/// coefficients by weighted maximum likelihood (pseudo-ML), variance by Taylor linearisation, t tests on the design df.
/// </summary>
/// <remarks>
/// Variance: V = A⁻¹ [Σ_h n_h/(n_h − 1) Σ_i (t_hi − t̄_h)(t_hi − t̄_h)'] A⁻¹ with A = Σ w_j μ_j(1 − μ_j) x_j x_j' and
/// t_hi = Σ over cluster i of stratum h of w_j (y_j − μ_j) x_j. Clusters are identified within their stratum
/// (nest = TRUE); n_h counts every cluster of stratum h in the input (also clusters whose rows are all deleted for a
/// missing value, which add a zero total, as survey's subsetting keeps them); no finite-population correction.
/// df = (clusters − strata among the complete cases, survey's degf) − p + 1. Odds-ratio intervals exp(B ∓ t·SE).
/// The scale of the weights does not matter (svyglm rescales them to mean 1). The variance comes from the design's
/// variance engine (<see cref="Design.DesignVariance"/>): with a <see cref="Design.SurveyDesign"/> its lonely-PSU
/// policy, FPC and calibration apply; the specification's Clusters/Strata/Weights form a design with
/// <see cref="Design.LonelyPsuPolicy.Fail"/> and no FPC.
/// </remarks>
public static class SurveyLogisticRegression
{
    /// <summary>Builds the specification (with Clusters, Strata and Weights) and fits it.</summary>
    /// <exception cref="InvalidOperationException">The specification lacks clusters, strata or weights.</exception>
    /// <exception cref="ModelSpecificationException">Outcome not 0/1, a constant or collinear predictor.</exception>
    /// <exception cref="Design.LonelyPsuException">A stratum with one cluster.</exception>
    /// <exception cref="LogisticFitException">Separation or no convergence.</exception>
    public static OddsRatioTable Fit(ModelSpecification specification, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return Fit(specification.Build(), confidenceLevel);
    }

    /// <summary>Fits with the clusters, strata and weights named in the frame's specification.</summary>
    /// <exception cref="InvalidOperationException">The specification lacks clusters, strata or weights.</exception>
    /// <exception cref="ModelSpecificationException">Outcome not 0/1, a constant or collinear predictor.</exception>
    /// <exception cref="Design.LonelyPsuException">A stratum with one cluster.</exception>
    /// <exception cref="LogisticFitException">Separation or no convergence.</exception>
    public static OddsRatioTable Fit(ModelFrame frame, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var s = frame.Specification;
        if (s.ClusterIds is null || s.StratumIds is null || s.WeightValues is null)
        {
            throw new InvalidOperationException("Design-based logistic regression needs Clusters(...), Strata(...) and Weights(...) in the model specification, or a SurveyDesign: SurveyLogisticRegression.Fit(frame, design).");
        }

        var (design, map) = Design.SpecificationDesign.Build(frame.TotalRows, frame.Rows, s.WeightValues, s.ClusterIds, s.StratumIds, Design.LonelyPsuPolicy.Fail);
        return Fit(frame, design, map, confidenceLevel, "Designbasert (vekter, klynger, strata)",
            (psus, strata) => $"Designbasert logistisk regresjon: vektet pseudo-ML ({s.WeightName ?? "vekt"}), linearisert (Taylor) varians med {psus} klynger ({s.ClusterName ?? "klynge"}) i {strata} strata ({s.StratumName ?? "stratum"}), uten endelighetskorreksjon; som R survey::svyglm(family = quasibinomial()).");
    }

    /// <summary>Builds the model and fits it on <paramref name="design"/> (see <see cref="Fit(ModelFrame, Design.SurveyDesign, double)"/>).</summary>
    /// <exception cref="ArgumentException">The design's rows differ from the specification's, or the design is a domain.</exception>
    /// <exception cref="Design.LonelyPsuException">A stratum has one PSU and the design's policy is Fail.</exception>
    /// <exception cref="LogisticFitException">Separation or no convergence.</exception>
    public static OddsRatioTable Fit(ModelSpecification specification, Design.SurveyDesign design, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return Fit(specification.Build(), design, confidenceLevel);
    }

    /// <summary>
    /// Fits with the weights, clusters, strata, FPC, lonely-PSU policy and calibration of <paramref name="design"/>
    /// (one design row per input row, same order): R <c>svyglm(y ~ …, design, family = quasibinomial())</c>, also on a
    /// post-stratified or raked design (the SEs include the calibration gain).
    /// </summary>
    /// <exception cref="ArgumentException">The design's rows differ from the specification's, or the design is a domain.</exception>
    /// <exception cref="Design.LonelyPsuException">A stratum has one PSU and the design's policy is Fail.</exception>
    /// <exception cref="ModelSpecificationException">Outcome not 0/1, a constant or collinear predictor.</exception>
    /// <exception cref="LogisticFitException">Separation or no convergence.</exception>
    public static OddsRatioTable Fit(ModelFrame frame, Design.SurveyDesign design, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(design);
        SurveyRegression.CheckWholeDesign(frame, design);
        return Fit(frame, design, null, confidenceLevel, design.IsCalibrated ? "Designbasert (kalibrert design)" : "Designbasert (designobjekt)",
            (psus, strata) => $"Designbasert logistisk regresjon: vektet pseudo-ML med designets vekter, linearisert (Taylor) varians med {psus} PSU-er i {strata} strata{(design.HasFpc ? " med endelighetskorreksjon" : "")}{(design.IsCalibrated ? "; designet er kalibrert, så standardfeilene tar med kalibreringsgevinsten" : "")}; som R survey::svyglm(family = quasibinomial()).");
    }

    /// <summary>Pseudo-ML with the design's weights; the score columns w (y − μ) x per design row go to the design's
    /// variance engine; V = A⁻¹ meat A⁻¹; t tests on (PSUs − strata with complete cases) − p + 1 df.</summary>
    private static OddsRatioTable Fit(ModelFrame frame, Design.SurveyDesign design, int[]? designRow, double confidenceLevel, string title, Func<int, int, string> methodNote)
    {
        if (confidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        var (x, y) = LogisticRegression.Prepare(frame);
        int n = frame.N, p = frame.P;
        var rows = frame.Rows;
        var weights = design.Weights;
        var w = new double[n];
        var d = new int[n];
        for (var i = 0; i < n; i++)
        {
            d[i] = designRow?[rows[i]] ?? rows[i];
            w[i] = weights[d[i]];
        }

        var engine = LogisticEngine.Fit(frame, x, y, w, n, p);
        var columns = new double[p][];
        for (var a = 0; a < p; a++)
        {
            columns[a] = new double[design.RowCount];
        }

        for (var i = 0; i < n; i++)
        {
            var f = w[i] * (y[i] - engine.Mu[i]);
            for (var a = 0; a < p; a++)
            {
                columns[a][d[i]] = f * x[i * p + a];
            }
        }

        var (meat, _, _) = design.Engine.Covariance(columns);
        var v = SmallMatrix.Sandwich(engine.Covariance, meat, p);
        var (clustersUsed, strataCount) = design.Engine.CountUsed(d);
        var designDf = clustersUsed - strataCount;
        var df = designDf - p + 1;
        var estimates = OddsRatioTable.Suppress(frame, OddsRatioTable.Build(frame.CoefficientNames, engine.Beta, v, df, confidenceLevel));
        var notes = new List<string>
        {
            methodNote(clustersUsed, strataCount) + $" t-fordeling med (klynger − strata) − p + 1 = {designDf} − {p} + 1 = {df} df.",
            $"Listevis utelatelse: {frame.CasesDeleted} av {frame.TotalRows} rader; de utelatte radene beholdes i designet (domeneestimering).",
            $"Konvergens: {engine.Convergence.Iterations} Newton-iterasjoner, siste maks |ΔB| = {engine.Convergence.MaxAbsoluteChange.ToString("G2", Reporting.NorwegianFormat.Numbers)}.",
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
        return new OddsRatioTable(title, frame.DependentName, n, estimates, confidenceLevel, notes, frame.SuppressCovariance(v), "Designbasert") { Labels = frame.Labels, Source = frame };
    }
}
