using Analysenotater.Statistics.Multilevel;
using Analysenotater.Statistics.Regression;
using static Analysenotater.Tests.Reference.Models.ModelsReference;
using E = Analysenotater.Tests.Reference.Estimators.EstimatorsReference;

namespace Analysenotater.Tests.Statistics.Multilevel;

/// <summary>
/// The intercept-only (null) model and Satterthwaite df for fixed effects against lmerTest 3.1-3 with a tightened
/// lme4 optimiser (estimators-values.csv): variance components 1e-6, df 1e-5 (lmerTest's numerical Hessian),
/// p 1e-4 (df to 1e-5 moves small p-values by more than that relatively).
/// </summary>
public sealed class SatterthwaiteMixedModelTests
{
    [Fact]
    public void Null_model_gives_the_ICC_and_Satterthwaite_df_of_lmerTest()
    {
        var spec = ModelSpecification.For("y", DataFile.Column("y")).Clusters("kommune", [.. DataFile.Column("kommune").Select(v => (int?)v)]);
        var fit = RandomInterceptModel.Fit(spec.Build());
        E.Check("mixed0.n", fit.N);
        E.Check("mixed0.tau2", fit.InterceptVariance);
        E.Check("mixed0.sigma2", fit.ResidualVariance);
        E.Check("mixed0.icc", fit.Icc);
        var c = fit.FixedEffects["(Konstant)"];
        E.Check("mixed0.b", c.Estimate);
        E.Check("mixed0.se", c.StandardError);
        E.Check("mixed0.df", c.Df);
        E.Check("mixed0.p", c.P);
        Assert.True(double.IsPositiveInfinity(fit.WaldFixedEffects["(Konstant)"].Df));
    }

    [Fact]
    public void Full_model_df_t_and_p_match_lmerTest()
    {
        var fit = RandomInterceptModel.Fit(Model().Build());
        foreach (var (name, key) in Coefficients)
        {
            var c = fit.FixedEffects[name];
            E.Check("mixed1.df." + key, c.Df);
            E.Check("mixed1.t." + key, c.T);
            E.Check("mixed1.p." + key, c.P);
        }
    }

    [Fact]
    public void Intercept_only_OLS_is_the_mean_with_its_standard_error()
    {
        double[] y = [1, 2, 4, 7, double.NaN];
        var fit = OlsRegression.Fit(ModelSpecification.For("y", y).Build());
        Assert.Equal(3.5, fit["(Konstant)"].Estimate, 12);
        Assert.Equal(Math.Sqrt(7.0 / 4), fit["(Konstant)"].StandardError, 12); // s = √7, SE = s/√4
        Assert.Equal(3, fit["(Konstant)"].Df);
    }
}
