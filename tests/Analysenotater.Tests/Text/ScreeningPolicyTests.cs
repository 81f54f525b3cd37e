using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Text;

public sealed class ScreeningPolicyTests
{
    private static readonly string?[] Texts =
    [
        "Ruskonsulenten min Kari er flink.",
        null,
        "Lang ventetid på bolig.",
        "   ",
        "Ring 91234567 om bolig.",
    ];

    [Fact]
    public void Default_policy_withholds_every_flagged_comment_and_never_keeps_by_default()
    {
        foreach (var kind in Enum.GetValues<IdentifierKind>())
        {
            Assert.Equal(ScreeningAction.Withhold, ScreeningPolicy.Default.ActionFor(kind));
        }

        var s = CommentScreener.Default.Screen("open_bra", Texts);
        Assert.Equal([2], s.Comments.Select(c => c.Row));
        Assert.Equal(3, s.ScreenedCount);
        Assert.Equal(2, s.WithheldCount);
    }

    [Fact]
    public void Audit_log_has_decision_and_reason_per_comment_without_text()
    {
        var s = CommentScreener.Default.Screen("open_bra", Texts);
        Assert.Equal([0, 2, 4], s.Audit.Entries.Select(e => e.Row));
        Assert.Equal([ScreeningAction.Withhold, ScreeningAction.Keep, ScreeningAction.Withhold], s.Audit.Entries.Select(e => e.Decision));
        Assert.Equal(IdentifierKind.PhoneNumber, Assert.Single(s.Audit.Entries[2].Flags).Kind);
        var rendered = s.Audit.ToText() + s.Audit.ToHtml() + s.Audit.ToMarkdown();
        Assert.DoesNotContain("Kari", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("91234567", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("ventetid", rendered, StringComparison.Ordinal);
        Assert.Contains("holdt tilbake", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_policy_replaces_spans_with_markers()
    {
        var screener = new CommentScreener(policy: ScreeningPolicy.RedactAll);
        var s = screener.Screen("q", Texts);
        Assert.Equal(["[ansatt] er flink.", "Lang ventetid på bolig.", "Ring [telefon] om bolig."], s.Comments.Select(c => c.Text));
        Assert.Equal(ScreeningAction.Redact, s.Comments[0].Decision);
        Assert.True(s.Comments[0].OverlapsRedaction(0, 1));
        Assert.False(s.Comments[0].OverlapsRedaction(10, 5));
    }

    [Fact]
    public void Strictest_action_wins_and_keep_must_be_explicit()
    {
        var policy = ScreeningPolicy.Default.With(IdentifierKind.PhoneNumber, ScreeningAction.Keep).With(IdentifierKind.StaffRoleWithPerson, ScreeningAction.Redact);
        var s = new CommentScreener(policy: policy).Screen("q", Texts);
        Assert.Equal(["[ansatt] er flink.", "Lang ventetid på bolig.", "Ring 91234567 om bolig."], s.Comments.Select(c => c.Text));
        Assert.Equal(ScreeningAction.Withhold, policy.Decide([new ScreeningFlag(IdentifierKind.PhoneNumber, 0, 1, "x"), new ScreeningFlag(IdentifierKind.Age, 0, 1, "y")]));
    }

    [Fact]
    public void Screening_a_dataset_column_requires_text()
    {
        var data = new Analysenotater.Data.SurveyDataset(null, [
            new Analysenotater.Data.TextColumn("open_bra", ["Bra", "Kari er flink"]),
            Analysenotater.Data.CodeColumn.FromNullable("kjonn", [1, 2]),
        ]);
        var s = CommentScreener.Default.Screen(data, "open_bra");
        Assert.Equal("open_bra", s.QuestionId);
        Assert.Single(s.Comments);
        var ex = Assert.Throws<InvalidOperationException>(() => CommentScreener.Default.Screen(data, "kjonn"));
        Assert.Contains("kjonn", ex.Message, StringComparison.Ordinal);
    }
}
