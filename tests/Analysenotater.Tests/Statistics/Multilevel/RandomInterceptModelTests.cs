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
    public void Renders_variance_components()
    {
        var text = Fit.ToText();
        Assert.Contains("Variansekomponenter", text, StringComparison.Ordinal);
        Assert.Contains("ICC", text, StringComparison.Ordinal);
    }
}
