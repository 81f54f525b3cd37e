using Analysenotater.Data;

namespace Analysenotater.Tests.Data;

public class SurveyDatasetCodesTests
{
    [Fact]
    public void Whole_numbers_in_a_numeric_column_are_viewed_as_codes_with_nan_as_no_answer()
    {
        var data = new SurveyDataset(null, [new NumericColumn("kommunestorrelse", [1, 3, double.NaN, 2])]);
        var codes = data.Codes("kommunestorrelse");
        Assert.Equal([1, 3, null, 2], Enumerable.Range(0, 4).Select(i => codes[i]).ToArray());
    }

    [Fact]
    public void A_fractional_value_is_refused_naming_row_and_value()
    {
        var data = new SurveyDataset(null, [new NumericColumn("vekt", [1, 0.75])]);
        var ex = Assert.Throws<InvalidOperationException>(() => data.Codes("vekt"));
        Assert.Equal("Column 'vekt' holds numbers that are not answer codes (row 2: 0.75).", ex.Message);
    }

    [Fact]
    public void Text_is_refused()
    {
        var data = new SurveyDataset(null, [new TextColumn("navn", ["a"])]);
        Assert.Throws<InvalidOperationException>(() => data.Codes("navn"));
    }
}
