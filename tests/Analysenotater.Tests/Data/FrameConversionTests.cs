using Analysenotater.Frames;
using Analysenotater.Data;
using Analysenotater.Import;

namespace Analysenotater.Tests.Data;

public sealed class FrameConversionTests
{
    private static SurveyDataset Data() => SurveyCsvReader.ReadText("q9;q14_1;kommune;vekt\n5;6;Bodø;1,5\n;2;Molde;\n", "t.csv", TestInstruments.Small).Dataset;

    [Fact]
    public void DataFrame_keeps_raw_codes_or_valid_values()
    {
        var raw = Data().ToMicrodataDataFrame();
        Assert.Equal(2, raw.Rows.Count);
        Assert.Equal((short)6, raw["q14_1"][0]); // «Ikke aktuelt» kept as its code
        Assert.Null(raw["q9"][1]);
        Assert.Equal("Molde", raw["kommune"][1]);
        Assert.Equal(1.5, raw["vekt"][0]);
        Assert.Null(raw["vekt"][1]);

        var valid = Data().ToMicrodataDataFrame(FrameValues.ValidValues);
        Assert.Null(valid["q14_1"][0]); // missing for analysis
        Assert.Equal(2.0, valid["q14_1"][1]);
    }

    [Fact]
    public void Deedle_frame_has_one_column_per_variable_with_missing_values()
    {
        var f = Data().ToMicrodataDeedleFrame(FrameValues.ValidValues);
        Assert.Equal(["q9", "q14_1", "kommune", "vekt"], f.ColumnKeys);
        Assert.Equal(5.0, f.GetColumn<double>("q9").Get(0));
        Assert.False(f.GetColumn<double>("q14_1").TryGet(0).HasValue); // NaN is missing in Deedle
        Assert.Equal("Bodø", f.GetColumn<string>("kommune").Get(0));
    }
}
