using Analysenotater.Statistics.Regression;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>Design-based regression against survey::svyglm (r-values.csv).</summary>
public sealed class SurveyRegressionTests
{
    [Fact]
    public void Coefficients_SEs_p_and_df_match_svyglm()
    {
        var table = SurveyRegression.Fit(Model().Build());
        foreach (var (name, key) in Coefficients)
        {
            Check(R, "svy.b." + key, table[name].Estimate);
            Check(R, "svy.se." + key, table[name].StandardError);
            Check(R, "svy.p." + key, table[name].P);
            Check(R, "svy.df", table[name].Df);
        }

        Assert.Contains(table.Notes, n => n.Contains("17 − 7 + 1 = 11", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stratum_with_one_cluster_is_refused_with_the_reason()
    {
        var d = DataFile;
        // Move municipality 20 (stratum 1) alone into a new stratum 4.
        var strata = d.Column("size").Select((s, i) => (int?)(d.Number("kommune", i) == 20 ? 4 : (int)s)).ToArray();
        var frame = Model().Build();
        var ex = Assert.Throws<Analysenotater.Statistics.Design.LonelyPsuException>(() => SurveyRegression.Fit(frame, d.Column("vekt"), [.. d.Column("kommune").Select(v => (int?)v)], strata));
        Assert.Contains("Stratum '4' has only one PSU ('20')", ex.Message, StringComparison.Ordinal);
        Assert.Contains("LonelyPsuPolicy.Adjust", ex.Message, StringComparison.Ordinal);
    }
}
