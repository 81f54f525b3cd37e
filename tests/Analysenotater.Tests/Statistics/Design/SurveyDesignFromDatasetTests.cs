using Analysenotater.Data;
using Analysenotater.Statistics.Design;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>The design read from a SurveyDataset's roles (kommune, kommunestorrelse, vekt) gives R's numbers (design_reference.R).</summary>
public class SurveyDesignFromDatasetTests
{
    private static readonly Dictionary<string, (double Value, double Tolerance)> Ref = Values("design_reference.csv");
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");

    private static CodeColumn Codes(string name, double[] v) => new(name, v.Select(x => (short)x).ToArray());

    private static SurveyDataset Dataset(double[]? weights = null, short[]? kommune = null) => new(null,
    [
        kommune is null ? Codes("kommune", Data["kommune"]) : new CodeColumn("kommune", kommune),
        Codes("kommunestorrelse", Data["stratum"]),
        Codes("kjonn", Data["kjonn"]),
        new NumericColumn("vekt", weights ?? Data["w"]),
        new NumericColumn("y", Data["y"]),
    ]);

    [Fact]
    public void Roles_give_the_same_design_as_R()
    {
        var design = SurveyDesign.FromDataset(Dataset());
        Assert.True(design.IsWeighted && design.IsClustered && design.IsStratified);
        Assert.Equal(20, design.PsuCount);
        var m = design.Mean("y");
        Close(Ref, "mean_y", m.Estimate);
        Close(Ref, "mean_y_se", m.StandardError);
        var by = design.MeanBy("y", "kjonn");
        Close(Ref, "by_kjonn1_mean", by.Estimates[0].Estimate);
        Close(Ref, "by_kjonn2_se", by.Estimates[1].StandardError);
        Assert.Contains("etter kjonn", by.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_can_drop_clusters_strata_and_weights()
    {
        var srs = SurveyDesign.FromDataset(Dataset(), new SurveyDesignOptions { UseClusters = false, UseStrata = false, UseWeights = false });
        var m = srs.Mean("y");
        Close(Ref, "srs_mean_y", m.Estimate);
        Close(Ref, "srs_mean_y_se", m.StandardError);
    }

    [Fact]
    public void A_missing_weight_is_refused_with_column_and_row()
    {
        var w = (double[])Data["w"].Clone();
        w[9] = double.NaN;
        var ex = Assert.Throws<ArgumentException>(() => SurveyDesign.FromDataset(Dataset(w)));
        Assert.Contains("'vekt', row 10", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_municipality_is_refused_with_column_and_row()
    {
        var k = Data["kommune"].Select(x => (short)x).ToArray();
        k[2] = CodeColumn.Empty;
        var ex = Assert.Throws<ArgumentException>(() => SurveyDesign.FromDataset(Dataset(kommune: k)));
        Assert.Contains("'kommune', row 3", ex.Message, StringComparison.Ordinal);
    }
}
