using Analysenotater.Data;
using Analysenotater.Statistics.Multilevel;
using Analysenotater.Statistics.Regression;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>The column-name route through a <see cref="SurveyDataset"/> gives R's figures too (r-values.csv).</summary>
public sealed class DatasetModelTests
{
    private static SurveyDataset Dataset()
    {
        var d = DataFile;
        return new SurveyDataset(null, [
            new NumericColumn("y", d.Column("y")),
            CodeColumn.FromNullable("kjonn", d.Column("kjonn").Select(v => (int?)v)),
            new NumericColumn("alder", d.Column("alder")),
            new NumericColumn("x", d.Column("x")),
            new TextColumn("utd", d.TextColumn("utd")),
            new NumericColumn("stor", d.Column("stor")),
            CodeColumn.FromNullable("kommune", d.Column("kommune").Select(v => (int?)v)),
            CodeColumn.FromNullable("size", d.Column("size").Select(v => (int?)v)),
            new NumericColumn("vekt", d.Column("vekt")),
        ]);
    }

    private static readonly (string Name, string Key)[] Names =
    [
        ("(Konstant)", "const"), ("kjonn=2", "kvinne"), ("alder", "alder"), ("x", "x"), ("utd=vgs", "utd.vgs"), ("utd=hoyere", "utd.hoyere"), ("stor", "stor"),
    ];

    private static ModelSpecification Spec() => ModelSpecification.For(Dataset(), "y")
        .Categorical("kjonn", reference: "1").Numeric("alder").Numeric("x").Categorical("utd", reference: "grunnskole", levelOrder: ["vgs", "hoyere"]).Numeric("stor")
        .Clusters("kommune").Strata("size").Weights("vekt");

    [Fact]
    public void OLS_CR2_design_and_mixed_model_from_column_names_match_R()
    {
        var frame = Spec().Build();
        var ols = OlsRegression.Fit(frame);
        var cr2 = ols.ClusterRobust(ClusterRobustType.CR2);
        var svy = SurveyRegression.Fit(frame);
        var mm = RandomInterceptModel.Fit(frame);
        foreach (var (name, key) in Names)
        {
            Check(R, "ols.b." + key, ols[name].Estimate);
            if (key != "const")
            {
                Check(R, "ols.beta." + key, ols[name].StandardisedBeta);
            }

            Check(R, "cr2.se." + key, cr2[name].StandardError);
            Check(R, "cr2.df." + key, cr2[name].Df);
            Check(R, "svy.se." + key, svy[name].StandardError);
            Check(R, "reml.se." + key, mm.FixedEffects[name].StandardError);
        }
    }
}
