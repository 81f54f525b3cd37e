using Analysenotater.Data;
using Analysenotater.KoRus2017.Reproduction;
using Analysenotater.Tests.Synthetic;
using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Reproduction;

/// <summary>
/// Issue 17, Build 6: the reproduction report prints the rank of each published top word in the file. The rank was
/// counted over the raw text of everyone — comments withheld by screening included, and words too few respondents used
/// to be listed — so the rank (and the «within the printed list» cut-off) moved with a withheld comment or a withheld
/// word. Now only released counts rank: the same file with one respondent's rare word and one withheld comment added
/// gives the same ranks.
/// </summary>
public sealed class TopWordRankDisclosureTests
{
    private const string Question = "open_bra";

    [Fact]
    public void Top_word_ranks_move_with_neither_a_withheld_word_nor_a_withheld_comment()
    {
        var data = SyntheticFixture.Result.Dataset;
        var listed = PublishedNumberCatalog.KoRus2017.Where(p => p.Measure.Statistic == PublishedStatistic.TopWord && p.Measure.ItemIds[0] == Question).ToList();
        Assert.True(listed.Count >= 5);
        var top = listed.OrderBy(p => p.Value).First().Measure.Word!;

        // Two respondents without a comment get one: A writes a word nobody else uses, 200 times (1 user: withheld by the
        // word-list rule); B's comment names a phone number (withheld by screening) and repeats the first listed word 200 times.
        var col = (TextColumn)data[Question];
        var empty = Enumerable.Range(0, data.RowCount).Where(col.IsEmpty).Take(2).ToArray();
        Assert.Equal(2, empty.Length);
        var texts = col.Values.ToArray();
        texts[empty[0]] = string.Join(' ', Enumerable.Repeat("kattematen", 200));
        texts[empty[1]] = "Ring meg på 91234567. " + string.Join(' ', Enumerable.Repeat(top, 200));
        var changed = data.WithColumn(new TextColumn(Question, texts));
        var screened = CommentScreener.Default.Screen(changed, Question);
        Assert.DoesNotContain(screened.Comments, c => c.Row == empty[1]);
        Assert.Contains(screened.Comments, c => c.Row == empty[0]);

        var before = Ranks(ReproductionReport.Run(data), listed);
        var after = Ranks(ReproductionReport.Run(changed), listed);
        Assert.All(listed, p => Assert.True(before[p.Id] == after[p.Id], $"«{p.Measure.Word}»: rank {before[p.Id]} without, {after[p.Id]} with the withheld text"));
        Assert.Contains(before.Values, v => !double.IsNaN(v));
    }

    private static Dictionary<string, double> Ranks(ReproductionReport report, List<PublishedNumber> listed) =>
        listed.ToDictionary(p => p.Id, p => report.Rows.Single(r => r.Published.Id == p.Id).Reproduced);
}
