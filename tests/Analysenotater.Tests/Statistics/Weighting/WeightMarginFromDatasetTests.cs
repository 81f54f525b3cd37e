using Analysenotater.Data;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Weighting;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Weighting;

public class WeightMarginFromDatasetTests
{
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");
    private static readonly Dictionary<string, double[]> RWeights = Columns("weighting_reference.csv");

    [Fact]
    public void Margins_from_dataset_columns_rake_like_R()
    {
        var ds = new SurveyDataset(null,
        [
            new CodeColumn("kommunestorrelse", Data["stratum"].Select(x => (short)x).ToArray()),
            new CodeColumn("kjonn", Data["kjonn"].Select(x => (short)x).ToArray()),
        ]);
        var r = Raking.Rake(Data["w"],
        [
            WeightMargin.FromDataset(ds, "kommunestorrelse", new Dictionary<int, double> { [1] = 10000, [2] = 8000, [3] = 2535 }),
            WeightMargin.FromDataset(ds, "kjonn", new Dictionary<int, double> { [1] = 14375, [2] = 6160 }),
        ]);
        for (var i = 0; i < RWeights["rake"].Length; i++)
        {
            Assert.True(Math.Abs(r.Weights[i] - RWeights["rake"][i]) <= 1e-8 * RWeights["rake"][i] + 1e-300, $"row {i + 1}");
        }
    }

    [Fact]
    public void Numeric_and_text_columns_give_the_same_raking_as_R()
    {
        var ds = new SurveyDataset(null,
        [
            new NumericColumn("stratum", Data["stratum"]),
            new TextColumn("kjonn", [.. Data["kjonn"].Select(x => x == 1 ? "mann" : "Kvinne ")]),
        ]);
        var r = Raking.Rake(Data["w"],
        [
            WeightMargin.FromDataset(ds, "stratum", new Dictionary<int, double> { [1] = 10000, [2] = 8000, [3] = 2535 }),
            WeightMargin.FromDataset(ds, "kjonn", new Dictionary<string, double> { ["Mann"] = 14375, ["kvinne"] = 6160 }),
        ]);
        for (var i = 0; i < RWeights["rake"].Length; i++)
        {
            Assert.True(Math.Abs(r.Weights[i] - RWeights["rake"][i]) <= 1e-8 * RWeights["rake"][i] + 1e-300, $"row {i + 1}");
        }
    }

    [Fact]
    public void A_value_outside_the_margin_is_named_with_row_and_value()
    {
        var ds = new SurveyDataset(null, [new NumericColumn("storrelse", [1, 2, 2.5]), new TextColumn("fylke", ["Agder", "Viken", "Troms"])]);
        var ex = Assert.Throws<ArgumentException>(() => WeightMargin.FromDataset(ds, "storrelse", new Dictionary<int, double> { [1] = 1, [2] = 1 }));
        Assert.Contains("'storrelse', row 3: the value '2.5'", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => WeightMargin.FromDataset(ds, "fylke", new Dictionary<string, double> { ["Agder"] = 1, ["Viken"] = 1 }));
        Assert.Contains("'fylke', row 3: the value 'Troms'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_respondent_without_a_category_is_named()
    {
        var ds = new SurveyDataset(null, [new CodeColumn("kjonn", [1, 2, CodeColumn.Empty])]);
        var ex = Assert.Throws<ArgumentException>(() => WeightMargin.FromDataset(ds, "kjonn", new Dictionary<int, double> { [1] = 1, [2] = 1 }));
        Assert.Contains("'kjonn', row 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Municipality_names_from_a_text_column_appear_in_the_lonely_psu_error()
    {
        var ds = new SurveyDataset(null,
        [
            new TextColumn("kommune", ["Trondheim", "Trondheim", "Stjørdal", "Stjørdal", "Røros", "Røros"]),
            new CodeColumn("kommunestorrelse", [3, 3, 2, 2, 1, 1]),
            new NumericColumn("y", [1, 2, 3, 4, 5, 6]),
        ]);
        var d = SurveyDesign.FromDataset(ds);
        var ex = Assert.Throws<LonelyPsuException>(() => d.Mean("y"));
        Assert.Equal("Røros", ex.Psu);
        Assert.Equal("1", ex.Stratum);
    }
}
