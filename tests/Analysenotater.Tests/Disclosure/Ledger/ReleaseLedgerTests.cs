using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Ledger;

/// <summary>
/// Secondary suppression across releases from one import (<see cref="ReleaseLedger"/>): tables by nested groupings, by
/// different items, and of overlapping subsets. Each test states the attack that worked before the ledger; each is also
/// run under a policy without complementary suppression, where the attack must work (so the test can fail).
/// </summary>
public sealed class ReleaseLedgerTests
{
    /// <summary>
    /// 5 municipalities in 2 size groups: Liten = 1, 2, 3 (20, 20 and 2 answers), Stor = 4, 5 (20 and 20). Answers cycle 1–5.
    /// </summary>
    private static SurveyDataset Nested()
    {
        int[] sizes = [20, 20, 2, 20, 20];
        var kommune = sizes.SelectMany((n, k) => Enumerable.Repeat(k + 1, n)).ToArray();
        var size = kommune.Select(k => k <= 3 ? 1 : 2).ToArray();
        var q = kommune.Select((_, i) => 1 + (i % 5)).ToArray();
        return new SurveyDataset(null,
        [
            CodeColumn.FromNullable("q", q.Select(x => (int?)x)),
            CodeColumn.FromNullable("q2", q.Select((x, i) => i % 7 == 0 ? (int?)null : 6 - x)),
            CodeColumn.FromNullable("kommune", kommune.Select(x => (int?)x)),
            CodeColumn.FromNullable("storrelse", size.Select(x => (int?)x)),
        ]);
    }

    private static int? Count(FrequencyTable t, string group, string category) => t.Count(group, category);

    /// <summary>The hidden municipality is «Liten» − the two shown municipalities of Liten, when both tables show them.</summary>
    private static bool Derivable(FrequencyTable byKommune, FrequencyTable bySize) =>
        bySize.Level("1") == DisclosureLevel.Full && byKommune.Level("1") == DisclosureLevel.Full && byKommune.Level("2") == DisclosureLevel.Full
        && byKommune.Level("3") == DisclosureLevel.Nothing;

    [Fact]
    public void Municipality_table_then_size_table_cannot_give_the_hidden_municipality_by_subtraction()
    {
        var data = Nested();
        var byKommune = FrequencyTables.By(data, "q", "kommune");
        var bySize = FrequencyTables.By(data, "q", "storrelse");
        Assert.Equal(DisclosureLevel.Nothing, byKommune.Level("3"));
        Assert.False(Derivable(byKommune, bySize));
        Assert.False(bySize.Level("1") == DisclosureLevel.Full && Count(bySize, "1", "1") is { } liten
            && Count(byKommune, "1", "1") is { } k1 && Count(byKommune, "2", "1") is { } k2 && liten - k1 - k2 >= 0 && byKommune.Level("3") == DisclosureLevel.Nothing);
        Assert.Contains(bySize.Notes, n => n.Contains("på tvers av tabeller", StringComparison.Ordinal));
    }

    [Fact]
    public void Size_table_then_municipality_table_hides_another_municipality_of_the_same_size_group()
    {
        var data = Nested();
        var bySize = FrequencyTables.By(data, "q", "storrelse");
        var byKommune = FrequencyTables.By(data, "q", "kommune");
        Assert.Equal(DisclosureLevel.Full, bySize.Level("1"));
        Assert.False(Derivable(byKommune, bySize));
        Assert.Equal(DisclosureLevel.Nothing, byKommune.Level("3"));
        Assert.True(byKommune.Level("1") == DisclosureLevel.Nothing || byKommune.Level("2") == DisclosureLevel.Nothing);
    }

    [Fact]
    public void Without_complementary_suppression_the_subtraction_works_so_the_tests_can_fail()
    {
        var data = Nested();
        var policy = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.KoRus2017.WithoutComplementarySuppression());
        var byKommune = FrequencyTables.By(data, "q", "kommune", context: policy);
        var bySize = FrequencyTables.By(data, "q", "storrelse", context: policy);
        Assert.True(Derivable(byKommune, bySize));
    }

    [Fact]
    public void A_subset_that_leaves_out_one_person_shows_no_Totalt_after_the_whole_was_shown()
    {
        var data = Nested();
        var whole = FrequencyTables.Of(data, "q");
        var allButOne = FrequencyTables.Of(data.Where(r => r != 0), "q");
        Assert.Equal(DisclosureLevel.Full, whole.Level(GroupLabels.Total));
        Assert.Equal(DisclosureLevel.Nothing, allButOne.Level(GroupLabels.Total));
        Assert.Contains(allButOne.Notes, n => n.Contains("på tvers av tabeller", StringComparison.Ordinal));
    }

    [Fact]
    public void Subsets_of_one_import_share_its_ledger_however_the_dataset_is_rebuilt()
    {
        var data = Nested();
        var rebuilt = new SurveyDataset(data.Instrument, data.Columns).WithLabel("q", "Spørsmål");
        Assert.Same(ReleaseLedger.Of(data), ReleaseLedger.Of(rebuilt));
        Assert.Same(ReleaseLedger.Of(data), ReleaseLedger.Of(rebuilt.Where(r => r % 2 == 0).WithColumn(new NumericColumn("x", new double[41]))));
        Assert.NotSame(ReleaseLedger.Of(data), ReleaseLedger.Of(Nested()));
        _ = FrequencyTables.Of(data, "q");
        Assert.Equal(DisclosureLevel.Nothing, FrequencyTables.Of(rebuilt.Where(r => r != 5), "q").Level(GroupLabels.Total));
    }

    [Fact]
    public void A_larger_subset_difference_is_fine()
    {
        var data = Nested();
        var whole = FrequencyTables.Of(data, "q");
        var liten = FrequencyTables.Of(data.Where(r => r < 42), "q");
        Assert.Equal(DisclosureLevel.Full, whole.Level(GroupLabels.Total));
        Assert.Equal(DisclosureLevel.Full, liten.Level(GroupLabels.Total));
    }

    [Fact]
    public void Two_items_by_the_same_grouping_hide_the_same_groups_so_respondent_counts_cannot_be_differenced()
    {
        // q: municipality 3 has 2 answers; q2 has blanks, so the two tables could choose different secondary groups.
        var data = Nested();
        var t1 = FrequencyTables.By(data, "q", "kommune");
        var t2 = FrequencyTables.By(data, "q2", "kommune");
        var hidden1 = Enumerable.Range(1, 5).Where(k => t1.Level(k.ToString(System.Globalization.CultureInfo.InvariantCulture)) == DisclosureLevel.Nothing).ToList();
        var hidden2 = Enumerable.Range(1, 5).Where(k => t2.Level(k.ToString(System.Globalization.CultureInfo.InvariantCulture)) == DisclosureLevel.Nothing).ToList();
        Assert.Contains(3, hidden1);
        Assert.Equal(hidden1, hidden2); // the second table chooses the first's secondary group again, not one more
        Assert.Equal(2, hidden2.Count);
    }

    [Fact]
    public void A_second_item_chooses_the_secondary_group_the_first_item_hid_rather_than_one_more()
    {
        // Municipalities of 30, 14, 2 and 16; q2 is blank for 4 in municipality 4, so q2 alone would hide 4 (12 answers) as
        // its secondary group where q hid 2 (14). Then q2's table would show 2's respondent count and 3's would be Totalt − the rest.
        // The ledger hides 2 again (offered last, or capped and decided again), and then 4 need not be hidden.
        int[] sizes = [30, 14, 2, 16];
        var kommune = sizes.SelectMany((n, k) => Enumerable.Repeat(k + 1, n)).ToArray();
        var seen = new int[5];
        var q2 = kommune.Select(k => ++seen[k] <= 4 && k == 4 ? (int?)null : 1 + (seen[k] % 5)).ToArray();
        var data = new SurveyDataset(null,
        [
            CodeColumn.FromNullable("q", kommune.Select((_, i) => (int?)(1 + (i % 5)))),
            CodeColumn.FromNullable("q2", q2),
            CodeColumn.FromNullable("kommune", kommune.Select(x => (int?)x)),
        ]);
        var alone = FrequencyTables.By(new SurveyDataset(null, [CodeColumn.FromNullable("q2", q2), CodeColumn.FromNullable("kommune", kommune.Select(x => (int?)x))]), "q2", "kommune");
        Assert.Equal(DisclosureLevel.Nothing, alone.Level("4")); // on its own, q2 hides municipality 4

        var t1 = FrequencyTables.By(data, "q", "kommune");
        var t2 = FrequencyTables.By(data, "q2", "kommune");
        Assert.Equal(DisclosureLevel.Nothing, t1.Level("2"));
        Assert.Equal(DisclosureLevel.Nothing, t2.Level("2"));
        Assert.Equal(DisclosureLevel.Full, t2.Level("4"));
        Assert.Equal(DisclosureLevel.Full, t2.Level("1"));
    }

    /// <summary>
    /// Group 1: seven answers, five 2s and two 3s; groups 2 (twenty) and 3 (ten): answers 1–3; group 4: fifteen answers of 2
    /// and 3. A table of the subset «group 1 or 4» names no code 1; the table of everyone by group shows group 1 (and 3) with
    /// n and mean only: group 1's 16/7 has three solutions over 1–3, but with 1 ruled out only one (five 2s and two 3s).
    /// </summary>
    private static SurveyDataset MeanBesideRuledOutCode()
    {
        int[] g = [.. Enumerable.Repeat(1, 7), .. Enumerable.Repeat(2, 20), .. Enumerable.Repeat(3, 10), .. Enumerable.Repeat(4, 15)];
        int[] q = [2, 2, 2, 2, 2, 3, 3, .. Enumerable.Range(0, 20).Select(i => 1 + (i % 3)), .. Enumerable.Range(0, 10).Select(i => 1 + (i % 3)),
            .. Enumerable.Range(0, 15).Select(i => 2 + (i % 2))];
        return new SurveyDataset(null, [CodeColumn.FromNullable("q", q.Select(x => (int?)x)), CodeColumn.FromNullable("g", g.Select(x => (int?)x))]);
    }

    [Fact]
    public void A_mean_beside_a_code_another_release_ruled_out_is_not_shown_when_it_pins_the_answers()
    {
        var data = MeanBesideRuledOutCode();
        var subset = FrequencyTables.Of(data.Where(r => r < 7 || r >= 37), "q");
        Assert.Equal(DisclosureLevel.Full, subset.Level(GroupLabels.Total));
        Assert.DoesNotContain("1", subset.Categories);
        var byGroup = FrequencyTables.By(data, "q", "g");
        Assert.True(double.IsNaN(byGroup.Mean("1")), "group 1's mean 16/7 with code 1 ruled out gives five 2s and two 3s");
        Assert.Equal(DisclosureLevel.Nothing, byGroup.Level("1"));
    }

    [Fact]
    public void The_mean_beside_a_ruled_out_code_is_shown_without_complementary_suppression_so_the_test_can_fail()
    {
        var data = MeanBesideRuledOutCode();
        var policy = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.KoRus2017.WithoutComplementarySuppression());
        _ = FrequencyTables.Of(data.Where(r => r < 7 || r >= 37), "q", context: policy);
        var byGroup = FrequencyTables.By(data, "q", "g", context: policy);
        Assert.Equal(16.0 / 7, byGroup.Mean("1"), 12);
    }

    [Fact]
    public void Zeros_shown_after_a_mean_do_not_pin_it_either()
    {
        var data = MeanBesideRuledOutCode();
        var byGroup = FrequencyTables.By(data, "q", "g");
        Assert.Equal(16.0 / 7, byGroup.Mean("1"), 12); // alone, the mean does not pin the answers (three solutions over 1–3)
        var subset = FrequencyTables.Of(data.Where(r => r < 7 || r >= 37), "q");
        Assert.NotEqual(DisclosureLevel.Full, subset.Level(GroupLabels.Total)); // naming the subset's codes would rule 1 out
    }

    [Fact]
    public void Release_order_decides_but_every_order_is_safe_and_deterministic()
    {
        var a = Nested();
        var b = Nested();
        var first = (FrequencyTables.By(a, "q", "kommune"), FrequencyTables.By(a, "q", "storrelse"));
        var again = (FrequencyTables.By(b, "q", "kommune"), FrequencyTables.By(b, "q", "storrelse"));
        foreach (var g in new[] { "1", "2", "3", "4", "5" })
        {
            Assert.Equal(first.Item1.Level(g), again.Item1.Level(g));
        }

        Assert.Equal(first.Item2.Level("1"), again.Item2.Level("1"));
    }
}
