using Analysenotater.Reporting;

namespace Analysenotater.Tests.Reporting;

public class NorwegianFormatTests
{
    [Theory]
    [InlineData(4.7, 1, "4,7")]
    [InlineData(-0.2349, 3, "\u22120,235")]
    [InlineData(0.0004, 2, "0,00")]
    [InlineData(-0.0004, 2, "0,00")] // no negative zero
    [InlineData(20535, 0, "20\u00A0535")]
    [InlineData(2.5, 0, "3")] // midpoint away from zero, as SPSS and the report print
    public void Number_uses_decimal_comma_and_norwegian_signs(double value, int decimals, string expected)
        => Assert.Equal(expected, NorwegianFormat.Number(value, decimals));

    [Fact]
    public void Percent_has_no_break_space_before_sign() => Assert.Equal("45\u00A0%", NorwegianFormat.Percent(45.2));

    [Theory]
    [InlineData("4,7", 4.7)]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("\u22122", -2)]
    [InlineData("3.25", 3.25)]
    public void TryParse_reads_comma_and_point(string text, double expected) => Assert.Equal(expected, NorwegianFormat.TryParse(text));

    [Fact]
    public void TryParse_rejects_text() => Assert.Null(NorwegianFormat.TryParse("mye"));

    [Fact]
    public void Table_renders_suppressed_cell_as_marker_and_never_the_value()
    {
        var t = new ReportTableBuilder("T", "Gruppe", "n", "Andel")
            .Row(ReportCell.FromText("Liten"), ReportCell.FromCount(3), ReportCell.Suppressed)
            .Row(ReportCell.FromText("Stor"), ReportCell.FromCount(371), ReportCell.FromPercent(45.6))
            .Note("Færre enn 4 svar vises ikke.")
            .Build();
        Assert.Contains("46\u00A0%", t.ToText(), StringComparison.Ordinal);
        Assert.Contains("<td class=\"an-suppressed\"", t.ToHtml(), StringComparison.Ordinal);
        Assert.Equal("Gruppe,n,Andel\nLiten,3,\nStor,371,46\n", t.ToCsv()); // the precision shown, never more
        Assert.Contains("\"suppressed\": true", t.ToJson(), StringComparison.Ordinal);
    }
}
