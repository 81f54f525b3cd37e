using Analysenotater.Data;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>R / patsy formulas give the same specification (the same fit, to the last bit) as the builder.</summary>
public sealed class ModelFormulaTests
{
    private static readonly SurveyDataset Data = Make(400, 20171);

    private static SurveyDataset Make(int n, int seed)
    {
        var rng = new Random(seed);
        string[] utd = ["grunnskole", "vgs", "høyskole"];
        var kjonn = new short[n];
        var alder = new double[n];
        var u = new string?[n];
        var y = new double[n];
        var kommune = new short[n];
        for (var i = 0; i < n; i++)
        {
            kjonn[i] = (short)(1 + rng.Next(2));
            alder[i] = 18 + rng.Next(70);
            u[i] = i % 37 == 0 ? null : utd[rng.Next(3)];
            kommune[i] = (short)(1 + rng.Next(12));
            y[i] = i % 53 == 0 ? double.NaN : 50 + 3 * kjonn[i] + 0.1 * alder[i] + (u[i] == "vgs" ? 2 : u[i] == "høyskole" ? 5 : 0) + 0.05 * kjonn[i] * alder[i] + rng.NextDouble() * 10;
        }

        return new SurveyDataset(null,
        [
            new NumericColumn("ind_samlet", y), new CodeColumn("kjonn", kjonn), new NumericColumn("alder", alder),
            new TextColumn("utdanning", u), new CodeColumn("kommune", kommune),
        ]);
    }

    private static void SameFit(ModelSpecification fromFormula, ModelSpecification fromBuilder)
    {
        var a = OlsRegression.Fit(fromFormula);
        var b = OlsRegression.Fit(fromBuilder);
        Assert.Equal(b.Frame.CoefficientNames, a.Frame.CoefficientNames);
        Assert.Equal(b.N, a.N);
        for (var j = 0; j < a.Coefficients.Count; j++)
        {
            Assert.Equal(b.Coefficients[j].Estimate, a.Coefficients[j].Estimate);
            Assert.Equal(b.Coefficients[j].StandardError, a.Coefficients[j].StandardError);
        }
    }

    [Fact]
    public void The_issue_example_equals_the_builder()
    {
        SameFit(
            ModelSpecification.FromFormula(Data, "ind_samlet ~ kjonn + alder + C(utdanning, Treatment('grunnskole'))"),
            ModelSpecification.For(Data, "ind_samlet").Numeric("kjonn").Numeric("alder").Categorical("utdanning", "grunnskole"));
    }

    [Theory]
    [InlineData("ind_samlet ~ C(utdanning, Treatment(ref='vgs')) + alder")]
    [InlineData("ind_samlet ~ C(utdanning, Treatment(reference = \"vgs\")) + alder + 1")]
    [InlineData("ind_samlet~C( utdanning ,Treatment( 'vgs' ))+alder")]
    public void Treatment_spellings_and_spacing_agree(string formula)
    {
        SameFit(ModelSpecification.FromFormula(Data, formula), ModelSpecification.For(Data, "ind_samlet").Categorical("utdanning", "vgs").Numeric("alder"));
    }

    [Fact]
    public void C_without_reference_takes_the_first_level_numeric_or_text()
    {
        SameFit(ModelSpecification.FromFormula(Data, "ind_samlet ~ C(kjonn) + C(utdanning)"),
            ModelSpecification.For(Data, "ind_samlet").Categorical("kjonn", "1").Categorical("utdanning", "grunnskole"));
        SameFit(ModelSpecification.FromFormula(Data, "ind_samlet ~ C(kjonn, Treatment(2)) + utdanning"), // a text column is categorical
            ModelSpecification.For(Data, "ind_samlet").Categorical("kjonn", "2").Categorical("utdanning", "grunnskole"));
    }

    [Fact]
    public void Interactions_are_products_and_a_star_b_expands()
    {
        var kjonn = Data.ValidValues("kjonn");
        var alder = Data.ValidValues("alder");
        var product = kjonn.Zip(alder, (k, a) => k * a).ToArray();
        SameFit(ModelSpecification.FromFormula(Data, "ind_samlet ~ kjonn*alder"),
            ModelSpecification.For(Data, "ind_samlet").Numeric("kjonn").Numeric("alder").Numeric("kjonn:alder", product));
        SameFit(ModelSpecification.FromFormula(Data, "ind_samlet ~ kjonn + alder + kjonn:alder + kjonn"),
            ModelSpecification.For(Data, "ind_samlet").Numeric("kjonn").Numeric("alder").Numeric("kjonn:alder", product));
        var dummy = Data.ValidValues("kjonn").Select(k => k == 2 ? 1.0 : 0.0).ToArray();
        var fit = OlsRegression.Fit(ModelSpecification.FromFormula(Data, "ind_samlet ~ C(kjonn) + alder + C(kjonn):alder"));
        Assert.Equal(["(Konstant)", "kjonn=2", "alder", "kjonn=2:alder"], fit.Frame.CoefficientNames);
        SameFit(ModelSpecification.FromFormula(Data, "ind_samlet ~ C(kjonn) + alder + C(kjonn):alder"),
            ModelSpecification.For(Data, "ind_samlet").Categorical("kjonn", "1").Numeric("alder").Numeric("kjonn=2:alder", [.. dummy.Zip(alder, (d, a) => d * a)]));
    }

    [Theory]
    [InlineData("ind_samlet ~ kjønn + alder", "term 'kjønn'", "no column 'kjønn'")]
    [InlineData("ind_samlet ~ C(utd, Treatment('vgs'))", "column 'utd'", "Did you mean 'utdanning'")]
    [InlineData("samlet ~ alder", "term 'samlet'", "'ind_samlet'")]
    [InlineData("ind_samlet ~ log(alder)", "'log'", "not supported")]
    [InlineData("ind_samlet ~ alder - 1", "- 1", "always have a constant")]
    [InlineData("ind_samlet ~ alder + 0", "+ 0", "always have a constant")]
    [InlineData("ind_samlet ~ C(utdanning, Treatment('master'))", "'master'", "levels: grunnskole, høyskole, vgs")]
    [InlineData("ind_samlet ~ C(utdanning, Sum)", "Treatment", "only Treatment")]
    [InlineData("ind_samlet ~ alder +", "position", "column name")]
    [InlineData("ind_samlet alder", "no '~'", "dependent ~ term")]
    public void Errors_name_the_term_and_the_column(string formula, string part1, string part2)
    {
        var ex = Assert.Throws<ModelSpecificationException>(() => ModelSpecification.FromFormula(Data, formula));
        Assert.Contains(part1, ex.Message, StringComparison.Ordinal);
        Assert.Contains(part2, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_result_takes_design_and_cluster_terms_like_the_builder()
    {
        var spec = ModelSpecification.FromFormula(Data, "ind_samlet ~ kjonn + alder").Clusters("kommune");
        var cr2 = OlsRegression.Fit(spec).ClusterRobust(ClusterRobustType.CR2);
        Assert.Equal(OlsRegression.Fit(ModelSpecification.For(Data, "ind_samlet").Numeric("kjonn").Numeric("alder").Clusters("kommune")).ClusterRobust(ClusterRobustType.CR2)["alder"].StandardError, cr2["alder"].StandardError);
    }
}
