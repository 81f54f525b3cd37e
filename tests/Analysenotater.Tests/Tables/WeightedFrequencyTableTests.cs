using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Tables;

/// <summary>
/// Weighted frequency tables against base R and R survey (Reference/Survey/weighted_tables_reference.R on
/// design_data.csv): weighted percentages overall, by stratum and by gender (Nøkkeltall layout); n and disclosure
/// stay on the unweighted answers.
/// </summary>
public sealed class WeightedFrequencyTableTests
{
    private static readonly Dictionary<string, (double Value, double Tolerance)> Ref = Values("weighted_tables_reference.csv");
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");

    private static SurveyDataset Dataset() => new(null,
    [
        new CodeColumn("b", [.. Data["b"].Select(v => (short)v)]),
        new CodeColumn("stratum", [.. Data["stratum"].Select(v => (short)v)]),
        new CodeColumn("kjonn", [.. Data["kjonn"].Select(v => (short)v)]),
        new NumericColumn("w", Data["w"]),
    ]);

    private static readonly AnalysisContext NoSuppression = new() { Disclosure = DisclosurePolicy.None };

    [Fact]
    public void Weighted_percentages_match_prop_table_of_xtabs_and_n_stays_unweighted()
    {
        var t = FrequencyTables.By(Dataset(), "b", "stratum", options: new FrequencyOptions { Weights = "w", GroupLabels = new Dictionary<int, string> { [1] = "s1", [2] = "s2", [3] = "s3" } }, context: NoSuppression);
        Assert.True(t.IsWeighted);
        foreach (var b in new[] { "0", "1" })
        {
            Close(Ref, $"b{b}_total_pct", t.Percent(GroupLabels.Total, b));
            for (var s = 1; s <= 3; s++)
            {
                Close(Ref, $"b{b}_stratum{s}_pct", t.Percent($"s{s}", b));
                Close(Ref, $"n_stratum{s}", t.ValidN($"s{s}")!.Value);
            }
        }

        var unweighted = FrequencyTables.By(Dataset(), "b", "stratum", context: NoSuppression);
        Assert.False(unweighted.IsWeighted);
        Assert.NotEqual(unweighted.Percent(GroupLabels.Total, "1"), t.Percent(GroupLabels.Total, "1"), 6);
        Assert.Contains("vektet med «w»", t.ToText(), StringComparison.Ordinal);
        Assert.Contains("Prosent (vektet)", FrequencyTables.Of(Dataset(), "b", new FrequencyOptions { Weights = "w" }, NoSuppression).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Weighted_key_figures_match_svyby_svymean()
    {
        var k = FrequencyTables.KeyFigures(Dataset(), [KeyFigureRow.Yes("b", "b = 1")], groupBy: "kjonn", context: NoSuppression,
            groupLabels: new Dictionary<int, string> { [1] = "k1", [2] = "k2" }, weights: "w");
        Close(Ref, "b1_total_pct_svy", k.Percent("b = 1", GroupLabels.Total));
        Close(Ref, "b1_kjonn1_pct_svy", k.Percent("b = 1", "k1"));
        Close(Ref, "b1_kjonn2_pct_svy", k.Percent("b = 1", "k2"));
        Assert.Contains("vektet med «w»", k.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Disclosure_is_judged_on_unweighted_n_even_when_weights_are_large()
    {
        // Four answers with weights summing to 4000: still a group of 4, hidden under the KoRus 2017 rules.
        var data = new SurveyDataset(null,
        [
            new CodeColumn("q", [1, 1, 2, 1, 2, 2, 1, 2, 1, 1, 2, 1]),
            new CodeColumn("g", [1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]),
            new NumericColumn("vekt", [1000, 1000, 1000, 1000, 1, 1, 1, 1, 1, 1, 1, 1]),
        ]);
        var t = FrequencyTables.By(data, "q", "g", options: new FrequencyOptions { Weights = "vekt", GroupLabels = new Dictionary<int, string> { [1] = "små", [2] = "store" } });
        Assert.True(t.IsSuppressed("små"));
        Assert.All(t.Categories, c => Assert.True(double.IsNaN(t.Percent("små", c))));
        Assert.All(t.Categories, c => Assert.Null(t.WeightedCount("små", c)));

        // Totalt rests on 12 answers but, weighted, on an effective n of (Σw)² ÷ Σw² ≈ 4: its distribution is hidden too.
        Assert.Equal(Analysenotater.Disclosure.DisclosureLevel.MeansOnly, t.Level(GroupLabels.Total));
    }

    [Theory]
    [InlineData(double.NaN, "row 3: missing")]
    [InlineData(-1.0, "row 3: -1")]
    public void A_bad_weight_names_column_and_row(double bad, string expected)
    {
        var data = new SurveyDataset(null, [new CodeColumn("q", [1, 2, 1]), new NumericColumn("vekt", [1, 2, bad])]);
        var ex = Assert.Throws<ArgumentException>(() => FrequencyTables.Of(data, "q", new FrequencyOptions { Weights = "vekt" }));
        Assert.Contains("Weight column 'vekt', " + expected, ex.Message, StringComparison.Ordinal);
    }
}
