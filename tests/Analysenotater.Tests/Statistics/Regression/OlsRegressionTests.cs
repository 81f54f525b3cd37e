using Analysenotater.Statistics.Regression;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>OLS against R lm/summary/confint/anova (r-values.csv; produced by Reference/Models/models-reference.R).</summary>
public sealed class OlsRegressionTests
{
    private static readonly OlsResult Fit = OlsRegression.Fit(Model());

    [Fact]
    public void Listwise_n_and_deleted_cases_match_R()
    {
        Check(R, "ols.n", Fit.N);
        Check(R, "ols.deleted", Fit.CasesDeleted);
    }

    [Fact]
    public void Coefficients_match_lm()
    {
        foreach (var (name, key) in Coefficients)
        {
            var c = Fit[name];
            Check(R, "ols.b." + key, c.Estimate);
            Check(R, "ols.se." + key, c.StandardError);
            Check(R, "ols.t." + key, c.T);
            Check(R, "ols.p." + key, c.P);
            Check(R, "ols.lower." + key, c.Lower);
            Check(R, "ols.upper." + key, c.Upper);
            if (key != "const")
            {
                Check(R, "ols.beta." + key, c.StandardisedBeta);
            }
        }
    }

    [Fact]
    public void Fit_statistics_and_anova_match_lm()
    {
        Check(R, "ols.r2", Fit.RSquared);
        Check(R, "ols.adjr2", Fit.AdjustedRSquared);
        Check(R, "ols.f", Fit.F);
        Check(R, "ols.f.df1", Fit.DfRegression);
        Check(R, "ols.f.df2", Fit.DfResidual);
        Check(R, "ols.f.p", Fit.FP);
        Check(R, "ols.ss.residual", Fit.SsResidual);
        Check(R, "ols.ss.total", Fit.SsTotal);
        Check(R, "ols.sigma", Fit.StandardErrorOfEstimate);
    }

    [Fact]
    public void Joint_test_of_categorical_term_matches_nested_anova()
    {
        var t = Assert.Single(Fit.TermTests);
        Assert.Equal("utd", t.Term);
        Check(R, "ols.term.utd.f", t.F);
        Check(R, "ols.term.utd.df1", t.Df1);
        Check(R, "ols.term.utd.p", t.P);
    }

    [Theory]
    [InlineData(RobustVarianceType.HC0)]
    [InlineData(RobustVarianceType.HC1)]
    [InlineData(RobustVarianceType.HC2)]
    [InlineData(RobustVarianceType.HC3)]
    public void Heteroskedasticity_consistent_SEs_match_sandwich_vcovHC(RobustVarianceType type)
    {
        var table = Fit.Robust(type);
        foreach (var (name, key) in Coefficients)
        {
            Check(R, $"hc.{type}.se.{key}", table[name].StandardError);
        }
    }

    [Fact]
    public void CR1S_matches_sandwich_vcovCL_HC1_with_G_minus_1_df()
    {
        var table = Fit.ClusterRobust(ClusterRobustType.CR1S);
        foreach (var (name, key) in Coefficients)
        {
            Check(R, "cr1.se." + key, table[name].StandardError);
            Check(R, "cr1.p." + key, table[name].P);
            Assert.Equal(19, table[name].Df);
        }
    }

    [Fact]
    public void CR2_with_Satterthwaite_df_matches_clubSandwich()
    {
        var table = Fit.ClusterRobust(ClusterRobustType.CR2);
        foreach (var (name, key) in Coefficients)
        {
            Check(R, "cr2.se." + key, table[name].StandardError);
            Check(R, "cr2.df." + key, table[name].Df);
            Check(R, "cr2.p." + key, table[name].P);
        }
    }

    [Fact]
    public void Report_renders_with_Norwegian_labels_and_notes()
    {
        var text = Fit.ToText();
        Assert.Contains("Modelloversikt", text, StringComparison.Ordinal);
        Assert.Contains("Koeffisienter", text, StringComparison.Ordinal);
        Assert.Contains("referansekategori «grunnskole»", text, StringComparison.Ordinal);
        Assert.Contains("16 av 491", text, StringComparison.Ordinal);
        Assert.Contains("<table", Fit.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("| Variabel |", Fit.Robust(RobustVarianceType.HC3).ToMarkdown(), StringComparison.Ordinal);
    }
}
