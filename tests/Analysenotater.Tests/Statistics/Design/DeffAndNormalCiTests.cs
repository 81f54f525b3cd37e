using Analysenotater.Statistics.Design;
using static Analysenotater.Tests.Reference.Estimators.EstimatorsReference;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>survey's default deff = TRUE (with the (N̂ − n)/N̂ factor) for means, proportions, totals and domains, and the normal-theory CI (design-values.csv).</summary>
public sealed class DeffAndNormalCiTests
{
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");
    private static readonly SurveyDesign Design = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]));

    [Fact]
    public void Deff_true_matches_survey_for_mean_total_proportion_and_domains()
    {
        CheckDesign("deff.true.mean_y", Design.Mean(Data["y"]).DeffWithoutReplacement);
        CheckDesign("deff.replace.mean_y", Design.Mean(Data["y"]).Deff);
        CheckDesign("deff.true.total_y", Design.Total(Data["y"]).DeffWithoutReplacement);
        CheckDesign("deff.true.prop_b", Design.Proportion(Data["b"]).DeffWithoutReplacement);
        var by = Design.MeanBy(Data["y"], Ints(Data["kjonn"]));
        CheckDesign("deff.true.by_kjonn1", by.Estimates[0].DeffWithoutReplacement);
        CheckDesign("deff.true.by_kjonn2", by.Estimates[1].DeffWithoutReplacement);
        Assert.True(double.IsNaN(Design.Ratio(Data["y"], Data["x"]).DeffWithoutReplacement));
    }

    [Fact]
    public void Normal_theory_interval_matches_confint()
    {
        var m = Design.Mean(Data["y"]);
        var (lo, hi) = m.NormalConfidenceInterval(0.95);
        CheckDesign("normal.mean_y.lo", lo);
        CheckDesign("normal.mean_y.hi", hi);
        (lo, hi) = m.NormalConfidenceInterval(0.9);
        CheckDesign("normal90.mean_y.lo", lo);
        CheckDesign("normal90.mean_y.hi", hi);
        (lo, hi) = Design.Total(Data["y"]).NormalConfidenceInterval(0.95);
        CheckDesign("normal.total_y.lo", lo);
        CheckDesign("normal.total_y.hi", hi);
        Assert.True(m.ConfidenceInterval(0.95).Width > m.NormalConfidenceInterval(0.95).Width);
    }
}
