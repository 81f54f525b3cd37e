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

    // Added to the development set after the independent review (docs/screening.md, «Independent set»): kinds the issue
    // did not list. The evaluation set predates them and is not changed.
    private static readonly string[] LaterIdentifyingKinds = ["family_detail", "occupation", "vehicle_registration", "account_number", "pet_name"];

    public static TheoryData<string> Sets => new() { "development.tsv", "evaluation.tsv" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_set_has_several_hundred_comments_across_every_kind_with_nynorsk_and_dialect(string file)
    {
        var set = LabelledCorpus.Load(file);
        Assert.True(set.Items.Count >= 300, $"{file}: {set.Items.Count} comments");
        Assert.True(set.Items.Count(i => i.Identifying) >= 120, $"{file}: too few identifying comments");
        Assert.True(set.Items.Count(i => !i.Identifying) >= 120, $"{file}: too few harmless comments");
        var identifyingKinds = set.Items.Where(i => i.Identifying).Select(i => i.Kind).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(IdentifyingKinds.ToHashSet(StringComparer.Ordinal), identifyingKinds);
        Assert.Subset(IdentifyingKinds.Concat(LaterIdentifyingKinds).ToHashSet(StringComparer.Ordinal), identifyingKinds);
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
    public void The_system_word_list_is_installed()
    {
        // The figures below are measured with the Debian word list wnorwegian read at run time (never shipped); without
        // it every capitalised common noun mid-sentence is a possible name and precision drops (docs/screening.md).
        Assert.True(NorwegianWordList.Installed is not null,
            $"No Norwegian word list at {string.Join(" or ", NorwegianWordList.SystemPaths)}: install the Debian package wnorwegian (apt-get install wnorwegian; .ci/run does).");
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

        // In-sample (the rules were tuned on this set): measured 145/145 identifying caught, 0 of 159 harmless withheld
        // before the independent review added 57 comments (36 identifying) for the kinds it found missed.
        Assert.True(m.Recall >= 0.99, $"Development recall {m.Recall:F3} (was 1.000 when the rules were tuned).");
        Assert.True(m.Precision >= 0.98, $"Development precision {m.Precision:F3} (was 1.000 when the rules were tuned).");
    }

    [Fact]
    public void Evaluation_set_recall_is_at_least_095_and_precision_at_least_085_under_the_default_policy()
    {
        // Totals only: the comments this set misses are never printed, so no rule is tuned on them.
        Assert.Same(ScreeningPolicy.Strict, CommentScreener.Default.Policy);
        var m = ScreeningMeasurement.Run(LabelledCorpus.Evaluation, CommentScreener.Default);
        foreach (var line in m.Summary())
        {
            output.WriteLine(line);
        }

        Assert.True(m.Recall >= 0.95, $"Evaluation recall {m.Recall:F3} is below 0.95.");
        Assert.True(m.Precision >= 0.85, $"Evaluation precision {m.Precision:F3} is below 0.85.");
    }

    [Fact]
    public void Balanced_policy_and_no_word_list_figures_are_reported_for_both_sets()
    {
        var balanced = new CommentScreener(policy: ScreeningPolicy.Balanced);
        var noWordList = new CommentScreener(ScreeningLexicon.Default.WithWordList(null));
        foreach (var set in new[] { LabelledCorpus.Development, LabelledCorpus.Evaluation })
        {
            var b = ScreeningMeasurement.Run(set, balanced);
            var w = ScreeningMeasurement.Run(set, noWordList);
            output.WriteLine($"balanced policy: {b.Summary().First()}");
            output.WriteLine($"strict policy without a word list: {w.Summary().First()}");
            var strict = ScreeningMeasurement.Run(set, CommentScreener.Default);

            // Balanced acts on a subset of the strict flags: it never withholds a comment strict keeps.
            Assert.True(b.TruePositives + b.FalsePositives <= strict.TruePositives + strict.FalsePositives);
            Assert.True(b.FalsePositives <= strict.FalsePositives);
        }
    }
}
