using Analysenotater.Text.Screening;
using Xunit.Abstractions;

namespace Analysenotater.Tests.Text.Screening;

/// <summary>
/// The two labelled sets of issue #18 and the screener's figures on them under the default policy. The development
/// set's misses and false alarms are printed (rules are tuned on it); the evaluation set prints totals per kind only.
/// </summary>
public sealed class LabelledCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] IdentifyingKinds =
    [
        "age", "name_common_word", "name", "nickname", "unique_trait", "dated_event", "staff_role_trait", "id_number",
        "phone", "address", "social_handle", "meeting_place", "place", "email_url", "staff_named",
    ];

    private static readonly string[] HarmlessKinds =
    [
        "plain", "capitalised_common_noun", "programme_name", "season", "drug_name", "english_phrase", "duration",
        "age_group", "public_number", "public_website", "public_agency", "opening_dates", "name_lookalike",
        "unique_generic", "staff_generic", "numbers",
    ];

    public static TheoryData<string> Sets => new() { "development.tsv", "evaluation.tsv" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_set_has_several_hundred_comments_across_every_kind_with_nynorsk_and_dialect(string file)
    {
        var set = LabelledCorpus.Load(file);
        Assert.True(set.Items.Count >= 300, $"{file}: {set.Items.Count} comments");
        Assert.True(set.Items.Count(i => i.Identifying) >= 120, $"{file}: too few identifying comments");
        Assert.True(set.Items.Count(i => !i.Identifying) >= 120, $"{file}: too few harmless comments");
        Assert.Equal(IdentifyingKinds.Order(StringComparer.Ordinal), set.Items.Where(i => i.Identifying).Select(i => i.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(HarmlessKinds.Order(StringComparer.Ordinal), set.Items.Where(i => !i.Identifying).Select(i => i.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(set.Items.Count(i => i.Variety == "nn") / (double)set.Items.Count, 0.08, 0.2);
        Assert.InRange(set.Items.Count(i => i.Variety == "dialekt") / (double)set.Items.Count, 0.08, 0.2);
        Assert.Equal(set.Items.Count, set.Items.Select(i => i.Text).Distinct().Count());
    }

    [Fact]
    public void The_sets_share_no_comment()
    {
        var dev = LabelledCorpus.Development.Items.Select(i => i.Text).ToHashSet();
        Assert.DoesNotContain(LabelledCorpus.Evaluation.Items, i => dev.Contains(i.Text));
    }

    [Fact]
    public void Development_set_figures_with_misses_and_false_alarms()
    {
        var m = ScreeningMeasurement.Run(LabelledCorpus.Development, CommentScreener.Default);
        foreach (var line in m.Summary())
        {
            output.WriteLine(line);
        }

        foreach (var (item, caught) in m.Results.Where(r => r.Item.Identifying != r.Caught))
        {
            var flags = CommentScreener.Default.FindFlags(item.Text);
            output.WriteLine($"{(item.Identifying ? "MISSED" : "FALSE ALARM")} line {item.Line} [{item.Kind}] {item.Text} :: {string.Join(", ", flags.Select(f => f.Kind))}");
        }
    }

    [Fact]
    public void Evaluation_set_figures_totals_only()
    {
        var m = ScreeningMeasurement.Run(LabelledCorpus.Evaluation, CommentScreener.Default);
        foreach (var line in m.Summary())
        {
            output.WriteLine(line);
        }
    }
}
