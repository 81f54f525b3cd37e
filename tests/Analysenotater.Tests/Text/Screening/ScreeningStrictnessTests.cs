using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Text.Screening;

public sealed class ScreeningStrictnessTests
{
    // «Brakkulo» is a capitalised word in no list (doubtful); «91234567» is a phone number (certain).
    private static readonly string?[] Texts = ["Jeg liker Brakkulo best.", "Ring 91234567.", "Lang ventetid."];

    [Fact]
    public void Strict_is_the_default_and_withholds_on_doubt()
    {
        Assert.Same(ScreeningPolicy.Strict, ScreeningPolicy.Default);
        Assert.Equal(ScreeningStrictness.Strict, ScreeningPolicy.Default.Strictness);
        var s = CommentScreener.Default.Screen("q", Texts);
        Assert.Equal([2], s.Comments.Select(c => c.Row));
        Assert.Contains("streng", s.Audit.Policy, StringComparison.Ordinal);
    }

    [Fact]
    public void Balanced_keeps_comments_whose_only_flags_are_doubtful()
    {
        var flag = Assert.Single(CommentScreener.Default.FindFlags(Texts[0]!));
        Assert.Equal(ScreeningCertainty.Doubtful, flag.Certainty);
        var s = new CommentScreener(policy: ScreeningPolicy.Balanced).Screen("q", Texts);
        Assert.Equal([0, 2], s.Comments.Select(c => c.Row));
        Assert.Equal(ScreeningAction.Keep, s.Audit.Entries[0].Decision);
        Assert.Single(s.Audit.Entries[0].Flags); // the doubtful flag is still logged
        Assert.Contains("balansert", s.Audit.Policy, StringComparison.Ordinal);
        Assert.Equal(ScreeningStrictness.Balanced, ScreeningPolicy.Strict.WithStrictness(ScreeningStrictness.Balanced).Strictness);
    }

    [Fact]
    public void Balanced_with_redaction_redacts_only_certain_spans()
    {
        var policy = ScreeningPolicy.RedactAll.WithStrictness(ScreeningStrictness.Balanced);
        var s = new CommentScreener(policy: policy).Screen("q", ["Jeg liker Brakkulo, ring 91234567."]);
        Assert.Equal("Jeg liker Brakkulo, ring [telefon].", Assert.Single(s.Comments).Text);
    }

    [Fact]
    public void Audit_log_names_detector_and_span_per_flag_without_text()
    {
        var text = "Takk til bjørn! Ring 971 23 4 56.";
        var s = CommentScreener.Default.Screen("q", [text]);
        var entry = Assert.Single(s.Audit.Entries);
        var rendered = s.Audit.ToText() + s.Audit.ToHtml() + s.Audit.ToMarkdown();
        foreach (var f in entry.Flags)
        {
            Assert.Contains($"{f.DetectorName} tegn {f.Start}–{f.End}", rendered, StringComparison.Ordinal);
            Assert.DoesNotContain(text.Substring(f.Start, f.Length), rendered, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(entry.Flags, f => f.Detector == "telefon");
        Assert.Contains(entry.Flags, f => f.Kind == IdentifierKind.PersonName);
        Assert.DoesNotContain("Ring", rendered, StringComparison.Ordinal);
    }
}
