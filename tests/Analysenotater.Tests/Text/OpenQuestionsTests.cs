using Analysenotater.Data;
using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Text;

public sealed class OpenQuestionsTests
{
    [Fact]
    public void Screens_each_question_then_counts_with_the_given_settings()
    {
        var data = new SurveyDataset(null, [
            new TextColumn("open_bra", ["God oppfølging", "Oppfølging", "Kari er flink", null]),
            new TextColumn("open_darlig", ["Lang ventetid", "lang ventetid", "Lang ventetid på bolig", "Ring 91234567"]),
        ]);
        var s = WordFrequencySettings.KoRus2017Report.WithDisclosureThreshold(2);
        var r = OpenQuestions.TopWords(data, CommentScreener.Default, s, "open_bra", "open_darlig");
        Assert.Equal(2, r["open_bra"]!.Find("oppfølging")!.Respondents);
        Assert.Equal(3, r["open_darlig"]!.Find("lang ventetid")!.Occurrences);
        var summary = r.ScreeningSummary();
        Assert.Equal(["open_bra", "3", "2", "0", "1"], summary.Rows[0].Select(c => c.Display()));
        Assert.Equal(["open_darlig", "4", "3", "0", "1"], summary.Rows[1].Select(c => c.Display()));
        Assert.DoesNotContain("Kari", r.ToText(), StringComparison.Ordinal);
    }
}
