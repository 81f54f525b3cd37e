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
/// The scale of the weights does not matter (svyglm rescales them to mean 1).
/// </remarks>
public static class SurveyLogisticRegression
{
    /// <summary>Builds the specification (with Clusters, Strata and Weights) and fits it.</summary>
    /// <exception cref="InvalidOperationException">The specification lacks clusters, strata or weights.</exception>
    /// <exception cref="ModelSpecificationException">Outcome not 0/1, a constant or collinear predictor, a stratum with one cluster.</exception>
    /// <exception cref="LogisticFitException">Separation or no convergence.</exception>
    public static OddsRatioTable Fit(ModelSpecification specification, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return Fit(specification.Build(), confidenceLevel);
    }

    /// <summary>Fits with the clusters, strata and weights named in the frame's specification.</summary>
    /// <exception cref="InvalidOperationException">The specification lacks clusters, strata or weights.</exception>
    /// <exception cref="ModelSpecificationException">Outcome not 0/1, a constant or collinear predictor, a stratum with one cluster.</exception>
    /// <exception cref="LogisticFitException">Separation or no convergence.</exception>
    public static OddsRatioTable Fit(ModelFrame frame, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (confidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        var s = frame.Specification;
        var clusters = s.ClusterIds;
        var strata = s.StratumIds;
        var weights = s.WeightValues;
        if (clusters is null || strata is null || weights is null)
        {
            throw new InvalidOperationException("Design-based logistic regression needs Clusters(...), Strata(...) and Weights(...) in the model specification.");
        }

        var (x, y) = LogisticRegression.Prepare(frame);
        int n = frame.N, p = frame.P;
        var rows = frame.Rows;
        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            w[i] = weights[rows[i]];
        }

        var engine = LogisticEngine.Fit(frame, x, y, w, n, p);

        var psuIndex = new Dictionary<(int, int), int>();
        var psuStratum = new List<int>();
        for (var r = 0; r < frame.TotalRows; r++)
        {
            if (clusters[r] is int c && strata[r] is int h && psuIndex.TryAdd((h, c), psuIndex.Count))
            {
                psuStratum.Add(h);
            }
        }

        var totals = new double[psuIndex.Count * p];
        var used = new bool[psuIndex.Count];
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            var k = psuIndex[(strata[r]!.Value, clusters[r]!.Value)];
            used[k] = true;
            var f = w[i] * (y[i] - engine.Mu[i]);
            for (var a = 0; a < p; a++)
            {
                totals[k * p + a] += f * x[i * p + a];
            }
        }

        var meat = new double[p * p];
        var strataCount = 0;
        foreach (var group in Enumerable.Range(0, psuIndex.Count).GroupBy(k => psuStratum[k]))
        {
            var members = group.ToList();
            var nh = members.Count;
            if (nh < 2)
            {
                throw new ModelSpecificationException($"Stratum {group.Key} of '{s.StratumName}' has only one cluster; its variance cannot be estimated (lonely PSU). Merge it with a similar stratum or treat the cluster as certain.");
            }

            strataCount += members.Any(k => used[k]) ? 1 : 0;
            var mean = new double[p];
            foreach (var k in members)
            {
                for (var a = 0; a < p; a++)
                {
                    mean[a] += totals[k * p + a] / nh;
                }
            }

            foreach (var k in members)
            {
                for (var a = 0; a < p; a++)
                {
                    var da = (totals[k * p + a] - mean[a]) * nh / (nh - 1.0);
                    for (var b = 0; b < p; b++)
                    {
                        meat[a * p + b] += da * (totals[k * p + b] - mean[b]);
                    }
                }
            }
        }

        var v = SmallMatrix.Sandwich(engine.Covariance, meat, p);
        var clustersUsed = used.Count(u => u);
        var designDf = clustersUsed - strataCount;
        var df = designDf - p + 1;
        var estimates = OddsRatioTable.Build(frame.CoefficientNames, engine.Beta, v, df, confidenceLevel);
        var notes = new List<string>
        {
            $"Designbasert logistisk regresjon: vektet pseudo-ML ({s.WeightName ?? "vekt"}), linearisert (Taylor) varians med {clustersUsed} klynger ({s.ClusterName ?? "klynge"}) i {strataCount} strata ({s.StratumName ?? "stratum"}), uten endelighetskorreksjon; som R survey::svyglm(family = quasibinomial()). t-fordeling med (klynger − strata) − p + 1 = {designDf} − {p} + 1 = {df} df.",
            $"Listevis utelatelse: {frame.CasesDeleted} av {frame.TotalRows} rader; de utelatte radene beholdes i designet (domeneestimering).",
            $"Konvergens: {engine.Convergence.Iterations} Newton-iterasjoner, siste maks |ΔB| = {engine.Convergence.MaxAbsoluteChange.ToString("G2", Reporting.NorwegianFormat.Numbers)}.",
        };
        if (df < 1)
        {
            notes.Add("Designet har færre frihetsgrader enn modellen har koeffisienter; testene er ikke meningsfulle.");
        }

        return new OddsRatioTable("Designbasert (vekter, klynger, strata)", frame.DependentName, n, estimates, confidenceLevel, notes, v, "Designbasert");
    }
}
