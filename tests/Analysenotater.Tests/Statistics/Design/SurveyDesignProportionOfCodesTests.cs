using Analysenotater.Data;
using Analysenotater.Statistics.Design;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>Proportions of answer codes from a dataset, and the logit interval's refusal at p = 0.</summary>
public class SurveyDesignProportionOfCodesTests
{
    [Fact]
    public void Proportion_of_codes_matches_the_binary_variable()
    {
        var data = Columns("design_data.csv");
        var refs = Values("design_reference.csv");
        // b is 0/1; as codes 1 = "yes" the proportion of code 1 is the mean of b (R prop_b).
        var ds = new SurveyDataset(null,
        [
            new CodeColumn("kommune", data["kommune"].Select(x => (short)x).ToArray()),
            new CodeColumn("kommunestorrelse", data["stratum"].Select(x => (short)x).ToArray()),
            new NumericColumn("vekt", data["w"]),
            new CodeColumn("b", data["b"].Select(x => (short)x).ToArray()),
        ]);
        var p = SurveyDesign.FromDataset(ds).Proportion("b", [1]);
        Close(refs, "prop_b", p.Estimate);
        Close(refs, "prop_b_se", p.StandardError);
    }

    [Fact]
    public void Logit_interval_refuses_a_proportion_of_zero_and_says_what_to_use()
    {
        var n = 40;
        var design = SurveyDesign.FromArrays(null, Enumerable.Range(0, n).Select(i => i / 4).ToArray(), null);
        var p = design.Proportion(new double[n]);
        var ex = Assert.Throws<ArgumentException>(() => Analysenotater.Statistics.Proportions.ProportionConfidence.FromDesign(p));
        Assert.Contains("Korn", ex.Message, StringComparison.Ordinal);
    }
}
