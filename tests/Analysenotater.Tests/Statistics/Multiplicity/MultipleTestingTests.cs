using Analysenotater.Statistics.Multiplicity;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Statistics.Multiplicity;

/// <summary>Holm and BH against R's p.adjust on padjust-family.csv (r-values.csv keys holm.i / bh.i).</summary>
public sealed class MultipleTestingTests
{
    private static List<KeyValuePair<string, double>> Family()
    {
        var t = ReadTable("padjust-family.csv");
        return [.. Enumerable.Range(0, t.Rows).Select(i => new KeyValuePair<string, double>(t.Text("name", i)!, t.Number("p", i)))];
    }

    [Theory]
    [InlineData(PValueAdjustment.Holm, "holm")]
    [InlineData(PValueAdjustment.BenjaminiHochberg, "bh")]
    public void Adjusted_p_values_match_p_adjust(PValueAdjustment method, string key)
    {
        var family = MultipleTesting.Adjust("Modellens koeffisienter og faste verdier", Family(), method);
        Assert.Equal(11, family.Count);
        for (var i = 0; i < family.Count; i++)
        {
            Check(R, $"{key}.{i + 1}", family.Tests[i].AdjustedP);
        }
    }

    [Fact]
    public void Hand_computed_small_family()
    {
        // Holm with p = (0.01, 0.04, 0.03): sorted 0.01·3 = 0.03, 0.03·2 = 0.06, max(0.06, 0.04·1) = 0.06.
        var f = MultipleTesting.Adjust("liten", [new("a", 0.01), new("b", 0.04), new("c", 0.03)]);
        Assert.Equal(0.03, f["a"].AdjustedP, 15);
        Assert.Equal(0.06, f["b"].AdjustedP, 15);
        Assert.Equal(0.06, f["c"].AdjustedP, 15);
        // BH: 0.04·3/3 = 0.04; min(0.04, 0.03·3/2 = 0.045) = 0.04; 0.01·3 = 0.03.
        var bh = MultipleTesting.Adjust("liten", [new("a", 0.01), new("b", 0.04), new("c", 0.03)], PValueAdjustment.BenjaminiHochberg);
        Assert.Equal(0.03, bh["a"].AdjustedP, 15);
        Assert.Equal(0.04, bh["b"].AdjustedP, 15);
        Assert.Equal(0.04, bh["c"].AdjustedP, 15);
        Assert.Contains("Holm", f.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_p_value_is_refused_naming_the_test()
    {
        var ex = Assert.Throws<ArgumentException>(() => MultipleTesting.Adjust("f", [new("a", 0.2), new("b", double.NaN)]));
        Assert.Contains("Test 'b'", ex.Message, StringComparison.Ordinal);
    }
}
