using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Proportions;
using static Analysenotater.Tests.Reference.Estimators.EstimatorsReference;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Proportions;

/// <summary>svyciprop(method = "likelihood") for the whole design and a domain: exact limits (uniroot, 1e-8) and R's own spline-interpolated limits (1e-4).</summary>
public sealed class LikelihoodDesignCiTests
{
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");
    private static readonly SurveyDesign Design = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]));

    [Theory]
    [InlineData(0.95, "")]
    [InlineData(0.9, "")]
    [InlineData(0.95, "women.")]
    [InlineData(0.9, "women.")]
    public void Likelihood_interval_matches_svyciprop(double level, string domain)
    {
        var design = domain.Length == 0 ? Design : Design.Subset(i => Data["kjonn"][i] == 2);
        var ci = ProportionConfidence.FromDesign(design.Proportion(Data["b"]), DesignProportionCiMethod.Likelihood, level);
        var key = $"{level * 100:0}.{domain}prop_b";
        CheckDesign($"likexact{key}.lo", ci.Lower);
        CheckDesign($"likexact{key}.hi", ci.Upper);
        CheckDesign($"lik{key}.lo", ci.Lower);
        CheckDesign($"lik{key}.hi", ci.Upper);
    }
}
