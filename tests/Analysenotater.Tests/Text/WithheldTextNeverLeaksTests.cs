using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Keyness;
using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Text;

public sealed class WithheldTextNeverLeaksTests
{
    [Fact]
    public void Withheld_comments_reach_no_word_list_keyness_context_line_or_audit_in_any_format()
    {
        var texts = new List<string?>();
        for (var i = 0; i < 6; i++)
        {
            texts.Add("Kari har zebrastripete sokker og lang ventetid."); // names a person: withheld
            texts.Add("Lang ventetid og dårlig oppfølging.");
        }

        var screened = CommentScreener.Default.Screen("open_darlig", texts);
        Assert.Equal(6, screened.WithheldCount);
        Assert.All(screened.Comments, c => Assert.DoesNotContain("zebrastripete", c.Text, StringComparison.Ordinal));

        var s = WordFrequencySettings.Default.WithDisclosureThreshold(1).WithMaxNGram(2).WithStandardStopWords(false).WithMinimumLength(1);
        var labels = texts.Select((_, i) => i % 4 < 2 ? "Liten" : "Stor").ToArray();
        var outputs = new List<string>();
        var freq = WordFrequencyAnalysis.Count(screened, s);
        var microdata = Analysenotater.Disclosure.AnalysisContext.Default.WithDisclosure(Analysenotater.Disclosure.DisclosurePolicy.None);
        var grouped = WordFrequencyAnalysis.CountByGroup(screened, labels, s, microdata);
        var key = KeynessAnalysis.Compare(screened.Where(r => labels[r] == "Liten", microdata), "Liten", screened.Where(r => labels[r] == "Stor", microdata), "Stor", s);
        var kwic = KeywordInContext.Find(screened, "ventetid", s);
        foreach (var r in new Analysenotater.Reporting.IRenderable[] { freq, grouped, key, kwic, screened.Audit })
        {
            outputs.Add(r.ToText());
            outputs.Add(r.ToMarkdown());
            outputs.Add(r.ToHtml());
        }

        outputs.Add(freq.Summary().ToCsv());
        outputs.Add(freq.Summary().ToJson());
        Assert.NotNull(freq.Find("lang ventetid"));
        foreach (var o in outputs)
        {
            Assert.DoesNotContain("zebrastripete", o, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("sokker", o, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Kari", o, StringComparison.Ordinal);
        }
    }
}
