using Analysenotater.Statistics.MethodComparison;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Statistics.MethodComparison;

/// <summary>The one-call comparison: every figure in it equals the R reference of its method (r-values.csv).</summary>
public sealed class ReportVersusCarefulTests
{
    private static readonly MethodComparisonResult Result = ReportVersusCareful.Compare(Model(), (long)R["share.k"].Value, (long)R["share.n"].Value, "q1 ≥ 4");

    [Fact]
    public void Four_methods_in_order_with_R_values()
    {
        Assert.Equal(4, Result.Methods.Count);
        foreach (var (name, key) in Coefficients)
        {
            Check(R, "ols.se." + key, Result.Methods[0][name].StandardError);
            Check(R, "ols.lower." + key, Result.Methods[0][name].Lower);
            Check(R, "cr2.se." + key, Result.Methods[1][name].StandardError);
            Check(R, "cr2.df." + key, Result.Methods[1][name].Df);
            Check(R, "svy.se." + key, Result.Methods[2][name].StandardError);
            Check(R, "svy.b." + key, Result.Methods[2][name].Estimate);
            Check(R, "reml.b." + key, Result.Methods[3][name].Estimate);
            Check(R, "reml.se." + key, Result.Methods[3][name].StandardError);
        }
    }

    [Fact]
    public void Wald_and_Wilson_intervals_match_R()
    {
        Check(R, "share.wald.lower", Result.Wald.Lower);
        Check(R, "share.wald.upper", Result.Wald.Upper);
        Check(R, "share.wilson.lower", Result.Wilson.Lower);
        Check(R, "share.wilson.upper", Result.Wilson.Upper);
    }

    [Fact]
    public void Report_names_the_methods_and_changed_conclusions()
    {
        var text = Result.ToText();
        Assert.Contains("OLS (rapportens metode)", text, StringComparison.Ordinal);
        Assert.Contains("klyngerobust CR2", text, StringComparison.Ordinal);
        Assert.Contains("Designbasert", text, StringComparison.Ordinal);
        Assert.Contains("REML", text, StringComparison.Ordinal);
        Assert.Contains("Wilson", text, StringComparison.Ordinal);
        // In the R values, 'kvinne' is significant by OLS (p = ols.p.kvinne) but not by CR2 (p = 0.098).
        Assert.True(R["ols.p.kvinne"].Value < 0.05 && R["cr2.p.kvinne"].Value > 0.05);
        Assert.Contains("kvinne", Result.ChangedConclusions);
        Assert.Contains("Konklusjonen (p < 0,05) skifter", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_counted_from_item_values_equals_R_counts()
    {
        var r = ReportVersusCareful.Compare(Model(), DataFile.Column("q1"), 4, "q1 ≥ 4");
        Check(R, "share.k", r.Wilson.Successes);
        Check(R, "share.n", r.Wilson.N);
        Check(R, "share.wilson.lower", r.Wilson.Lower);
    }
}
