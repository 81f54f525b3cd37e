using Analysenotater.Statistics.Multilevel;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Statistics.Multilevel;

/// <summary>
/// REML random-intercept model against lme4 (r-values.csv). The "reml.*" values are lme4's own REML deviance
/// minimised by optimize(tol = 1e-12) (tolerance 1e-6: the criterion is flat at the optimum, so θ is determined to
/// about 1e-7 by any optimiser and τ² = θ²σ² doubles that); "lmer.*" are lmer's default fit (1e-5: its optimiser's tolerance).
/// </summary>
public sealed class RandomInterceptModelTests
{
    private static readonly MixedModelResult Fit = RandomInterceptModel.Fit(Model().Build());

    [Fact]
    public void Variance_components_icc_and_loglik_match_lme4()
    {
        Check(R, "reml.groups", Fit.Groups);
        Check(R, "reml.theta", Fit.RelativeSd);
        Check(R, "reml.tau2", Fit.InterceptVariance);
        Check(R, "reml.sigma2", Fit.ResidualVariance);
        Check(R, "reml.icc", Fit.Icc);
        Check(R, "reml.loglik", Fit.RemlLogLikelihood);
        Check(R, "lmer.tau2", Fit.InterceptVariance);
        Check(R, "lmer.sigma2", Fit.ResidualVariance);
        Check(R, "lmer.loglik", Fit.RemlLogLikelihood);
    }

    [Fact]
    public void Fixed_effects_and_SEs_match_lme4()
    {
        foreach (var (name, key) in Coefficients)
        {
            Check(R, "reml.b." + key, Fit.FixedEffects[name].Estimate);
            Check(R, "reml.se." + key, Fit.FixedEffects[name].StandardError);
            Check(R, "lmer.b." + key, Fit.FixedEffects[name].Estimate);
        }
    }

    [Fact]
    public void Group_effects_are_lme4s_ranef_and_small_clusters_are_hidden()
    {
        Assert.Equal((int)R["reml.groups"].Value, Fit.GroupEffects.Count);
        foreach (var e in Fit.GroupEffects)
        {
            var n = (int)R["reml.ranef_n." + e.Cluster].Value;
            if (n < Analysenotater.Disclosure.AnalysisContext.Default.Disclosure.MinimumForMeans)
            {
                Assert.True(e.Suppressed && double.IsNaN(e.Effect), $"cluster {e.Cluster} (n = {n}) should be hidden");
                continue;
            }

            Assert.False(e.Suppressed);
            Assert.Equal(n, e.N);
            Check(R, "reml.ranef." + e.Cluster, e.Effect);
        }
    }

    [Fact]
    public void Renders_variance_components()
    {
        var text = Fit.ToText();
        Assert.Contains("Variansekomponenter", text, StringComparison.Ordinal);
        Assert.Contains("ICC", text, StringComparison.Ordinal);
    }
}

/// <summary>Boundary: clusters whose residual patterns are identical have no between-cluster variance.</summary>
public sealed class RandomInterceptBoundaryTests
{
    [Fact]
    public void Zero_between_cluster_variance_gives_tau2_zero_and_the_OLS_coefficients()
    {
        // Three clusters with the same x and the same y pattern: cluster means of y are equal, so the REML
        // optimum is on the boundary θ = 0 and the fixed effects equal OLS (b = 0.8, a = 0.6 for this pattern, by hand).
        double[] yPattern = [1, 3, 2, 5, 4];
        double[] xPattern = [1, 2, 3, 4, 5];
        var y = Enumerable.Range(0, 3).SelectMany(_ => yPattern).ToArray();
        var x = Enumerable.Range(0, 3).SelectMany(_ => xPattern).ToArray();
        var g = Enumerable.Range(0, 15).Select(i => (int?)(i / 5)).ToArray();
        var spec = Analysenotater.Statistics.Regression.ModelSpecification.For("y", y).Numeric("x", x).Clusters("kommune", g);
        var fit = RandomInterceptModel.Fit(spec.Build());
        Assert.Equal(0, fit.InterceptVariance);
        Assert.Equal(0, fit.Icc);
        Assert.Equal(0.8, fit.FixedEffects["x"].Estimate, 12);
        Assert.Equal(0.6, fit.FixedEffects["(Konstant)"].Estimate, 12);
        Assert.Contains(fit.Notes, n => n.Contains("estimert til 0", StringComparison.Ordinal));
    }
}
