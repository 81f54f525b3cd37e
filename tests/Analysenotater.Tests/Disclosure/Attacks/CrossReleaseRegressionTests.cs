using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Attacks across releases of one dataset (issue 17): each table is safe on its own, but an analyst who combines two
/// releases of the same data — by another grouping, of another item, of a <c>Where</c> subset, key figures and a
/// table, a derived grouping or weight column — works out a cell one of them hid. Each test makes the releases
/// through the public API, works the attack out as an analyst would (the arithmetic in the test), and then hands
/// every released number to the <see cref="CrossReleaseLinearAttacker"/>: the attacked cell must be neither
/// computable by hand nor derivable from all the numbers together.
/// </summary>
public sealed class CrossReleaseRegressionTests
{
    private const string Total = GroupLabels.Total;

    /// <summary>Rows of a group: <paramref name="n"/> respondents of municipality k (size group s), answers 1, 2, 3, 1 … from <paramref name="first"/>.</summary>
    private static IEnumerable<(int K, int S, int H, int Q1, int Q2, bool X)> Rows(int k, int s, int n, int first = 1, int h = 1) =>
        Enumerable.Range(0, n).Select(i => (k, s, h, 1 + ((first - 1 + i) % 3), 1 + ((first + i) % 3), false));

    private static CrossReleaseSurvey Survey(int[] sizeOf, IEnumerable<(int K, int S, int H, int Q1, int Q2, bool X)> rows, bool twoItems = false, DisclosurePolicy? policy = null)
    {
        var r = rows.ToArray();
        return new CrossReleaseSurvey(sizeOf, [.. r.Select(x => x.K)], [.. r.Select(x => x.S)], [.. r.Select(x => x.H)], [.. r.Select(x => x.Q1)],
            twoItems ? [.. r.Select(x => x.Q2)] : null, [.. r.Select(x => x.X)], policy ?? DisclosurePolicy.KoRus2017);
    }

    /// <summary>The answer counts of one group of a table (null when the table hides them).</summary>
    private static int?[] CountsOf(FrequencyTable t, string group) =>
        [.. new[] { "1", "2", "3" }.Select(c => t.Categories.Contains(c) ? t.Count(group, c) : 0)];

    /// <summary>a − b − c … per code; null when any part is hidden.</summary>
    private static int[]? Minus(int?[] a, params int?[][] rest)
    {
        var result = new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] is not { } v || rest.Any(r => r[i] is null))
            {
                return null;
            }

            result[i] = v - rest.Sum(r => r[i]!.Value);
        }

        return result;
    }

    /// <summary>The true answer counts (codes 1–3) of q1 among the rows matching <paramref name="row"/>.</summary>
    private static int[] TrueCounts(CrossReleaseSurvey s, Func<int, bool> row) =>
        [.. new[] { 1, 2, 3 }.Select(code => Enumerable.Range(0, s.N).Count(r => row(r) && s.Q1[r] == code))];

    /// <summary>The attacked cells the equations pin down (nonzero), given as targets over atoms.</summary>
    private static List<string> Derivable(CrossReleaseSurvey s, CrossReleaseFacts f, string name, Func<int[], bool> atoms, string item = "q1") =>
        f.Derivable(s.Truth(f), s.Policy.MinimumForMeans,
        [
            new($"{name} n", f.Vars(atoms, item, [0, 1, 2])),
            new($"{name} respondents", f.AllVars(atoms)),
            .. new[] { 0, 1, 2 }.Select(c => new KeyValuePair<string, int[]>($"{name} count of {c + 1}", f.Vars(atoms, item, [c]))),
        ]);

    /// <summary>
    /// Attack 1 (same item, two nested groupings): municipality K1 (2 respondents) and K2 (20) make size group S1,
    /// K3 (12) and K4 (30) make S2. The table by municipality hides K1 (2 &lt; 4) and K3 (else K1 = Totalt − the rest).
    /// The table by size group shows S1 = K1 + K2 (22) in full — so K1 = S1 − K2, answer by answer.
    /// </summary>
    [Fact]
    public void Nested_groupings_hidden_municipality_is_not_size_group_minus_its_shown_municipalities()
    {
        var s = Survey([1, 1, 2, 2], Rows(1, 1, 2, first: 3).Concat(Rows(2, 1, 20)).Concat(Rows(3, 2, 12)).Concat(Rows(4, 2, 30)));
        var f = s.NewFacts();
        var byK = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "k").Release(s, f, "by municipality"));
        var byS = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "s").Release(s, f, "by size group"));
        Assert.Equal(DisclosureLevel.Nothing, byK.Level("K1"));
        var byHand = Minus(CountsOf(byS, "S1"), CountsOf(byK, "K2"));
        AssertSafe(byHand is null || !byHand.SequenceEqual(TrueCounts(s, r => s.K[r] == 1)), $"K1 = S1 − K2 = [{string.Join(", ", byHand ?? [])}]", Derivable(s, f, "K1", key => s.KOf(key) == 1));
    }

    /// <summary>
    /// Attack 1 through a derived column: the analyst adds a grouping where K1 (2) is merged into K2 (20)
    /// (<c>WithColumn</c>) and tabulates by it: the merged group (22) is shown, and K1 = merged − K2 of the first table.
    /// </summary>
    [Fact]
    public void Merged_grouping_made_with_WithColumn_does_not_give_the_hidden_group_as_merged_minus_shown()
    {
        var s = Survey([1, 1, 2, 2], Rows(1, 1, 2, first: 3).Concat(Rows(2, 1, 20)).Concat(Rows(3, 2, 12)).Concat(Rows(4, 2, 30)));
        var f = s.NewFacts();
        var byK = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "k").Release(s, f, "by municipality"));
        var merged = s.Data.WithColumn(CodeColumn.FromNullable("k2", s.K.Select(k => (int?)(k == 1 ? 2 : k))));
        var byMerged = merged.Frequencies("q1", by: "k2", options: new FrequencyOptions { GroupLabels = s.Labels('k') });
        f.Add(byMerged, "q1", _ => true, label => key => Math.Max(s.KOf(key), s.KOf(key) == 1 ? 2 : 0) == int.Parse(label[1..], System.Globalization.CultureInfo.InvariantCulture),
            key => s.KOf(key) == 0, "by merged municipality");

        Assert.Equal(DisclosureLevel.Nothing, byK.Level("K1"));
        var byHand = Minus(CountsOf(byMerged, "K2"), CountsOf(byK, "K2"));
        AssertSafe(byHand is null || !byHand.SequenceEqual(TrueCounts(s, r => s.K[r] == 1)), $"K1 = merged − K2 = [{string.Join(", ", byHand ?? [])}]", Derivable(s, f, "K1", key => s.KOf(key) == 1));
    }

    /// <summary>
    /// Attack 2 (two items, same grouping, different secondary cells): A has 2 respondents, B 12, C 13; everyone
    /// answered q1, two in C left q2 blank. The q1 table hides A and B (C, 13, is offered before B, 12); the q2 table
    /// hides A and C (B's 12 answers now come before C's 11). Respondents are shown per group in both: A = Totalt
    /// (q1) − B (q2) − C (q1) = 2.
    /// </summary>
    [Fact]
    public void Two_items_by_one_grouping_do_not_give_a_hidden_groups_respondents_as_Totalt_minus_the_rest()
    {
        var rows = Rows(1, 1, 2).Concat(Rows(2, 1, 12)).Concat(Rows(3, 2, 13)).ToArray();
        for (var i = rows.Length - 2; i < rows.Length; i++)
        {
            rows[i].Q2 = 0; // two in C left q2 blank
        }

        var s = Survey([1, 1, 2], rows, twoItems: true);
        var f = s.NewFacts();
        var t1 = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "k").Release(s, f, "q1 by group"));
        var t2 = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q2", "k").Release(s, f, "q2 by group"));
        Assert.Equal(DisclosureLevel.Nothing, t1.Level("K1"));
        Assert.Equal(DisclosureLevel.Nothing, t2.Level("K1"));
        int? byHand = t1.Respondents(Total) is { } all && (t2.Respondents("K2") ?? t1.Respondents("K2")) is { } b && (t1.Respondents("K3") ?? t2.Respondents("K3")) is { } c
            ? all - b - c : null;
        AssertSafe(byHand != 2, "A's respondents = Totalt − B − C = 2", Derivable(s, f, "K1", key => s.KOf(key) == 1));
    }

    /// <summary>
    /// Attack 3 (overlapping <c>Where</c> subsets): Totalt of 30 respondents and Totalt of
    /// <c>data.Where(i =&gt; i != 17)</c> are both large and shown in full; their difference is person 17's answer.
    /// </summary>
    [Fact]
    public void Totalt_of_all_and_of_all_but_one_row_do_not_give_that_persons_answer()
    {
        var rows = Rows(1, 1, 30).ToArray();
        rows[17].X = true;
        var s = Survey([1], rows);
        var f = s.NewFacts();
        var all = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "of").Release(s, f, "everyone"));
        var butOne = Table(new CrossReleaseStep(CrossReleaseSubset.NotLeftOut, "q1", "of").Release(s, f, "all but row 17")); // data.Where(i => i != 17)
        var byHand = Minus(CountsOf(all, Total), CountsOf(butOne, Total));
        AssertSafe(byHand is null || !byHand.SequenceEqual(TrueCounts(s, r => r == 17)), $"row 17 = all − all but 17 = [{string.Join(", ", byHand ?? [])}]", Derivable(s, f, "row 17", key => key[2] == 1));
    }

    /// <summary>
    /// Attack 3 by a grouping value: the table by municipality hides K1 (2 respondents); Totalt of
    /// <c>data.Where(i =&gt; k[i] != 1)</c> is shown in full, and K1 = Totalt − Totalt of the subset.
    /// </summary>
    [Fact]
    public void Where_subset_leaving_out_a_hidden_group_does_not_give_it_as_the_difference_of_the_totals()
    {
        var s = Survey([1, 1, 2], Rows(1, 1, 2, first: 3).Concat(Rows(2, 1, 20)).Concat(Rows(3, 2, 30)));
        var f = s.NewFacts();
        var others = new CrossReleaseSubset("not K1", 'k', false, 1);
        var byK = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "k").Release(s, f, "by municipality"));
        var rest = Table(new CrossReleaseStep(others, "q1", "of").Release(s, f, "everyone but K1"));
        Assert.Equal(DisclosureLevel.Nothing, byK.Level("K1"));
        var byHand = Minus(CountsOf(byK, Total), CountsOf(rest, Total));
        AssertSafe(byHand is null || !byHand.SequenceEqual(TrueCounts(s, r => s.K[r] == 1)), $"K1 = Totalt − Totalt(k ≠ 1) = [{string.Join(", ", byHand ?? [])}]", Derivable(s, f, "K1", key => s.KOf(key) == 1));
    }

    /// <summary>
    /// Attack 3, the other way round: first a table by h (Totalt 22 shown), then the table by size group of
    /// <c>data.Where(i =&gt; s[i] != 2)</c> (its Totalt, 20, shown), then the table by size group of everyone, which hides
    /// S2 (2 respondents) — but S2 = Totalt − Totalt of the subset, answer by answer.
    /// </summary>
    [Fact]
    public void Totalt_and_Totalt_of_a_subset_by_a_grouping_value_do_not_give_the_small_group_left_out()
    {
        var s = Survey([2, 1], Rows(2, 1, 10, h: 1).Concat(Rows(2, 1, 10, h: 2)).Concat(Rows(1, 2, 2, first: 3)));
        var f = s.NewFacts();
        var notS2 = new CrossReleaseSubset("s ≠ 2", 's', false, 2);
        var byH = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "h").Release(s, f, "by h"));
        var rest = Table(new CrossReleaseStep(notS2, "q1", "s").Release(s, f, "size group of everyone but S2"));
        var byS = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "s").Release(s, f, "by size group"));
        Assert.NotEqual(DisclosureLevel.Full, byS.Level("S2"));
        var byHand = Minus(CountsOf(byH, Total), CountsOf(rest, Total));
        AssertSafe(byHand is null || !byHand.SequenceEqual(TrueCounts(s, r => s.S[r] == 2)), $"S2 = Totalt − Totalt(s ≠ 2) = [{string.Join(", ", byHand ?? [])}]", Derivable(s, f, "S2", key => s.SOf(key) == 2));
    }

    /// <summary>
    /// Attack 2 across releases: key figures by municipality hide the 3 respondents without a municipality; Totalt
    /// of everyone and Totalt of <c>data.Where(i =&gt; k[i] is not blank)</c> are both shown in full, and their
    /// difference is those 3 — their number and their answers.
    /// </summary>
    [Fact]
    public void Respondents_without_a_group_value_are_not_Totalt_minus_Totalt_of_the_rows_with_a_value()
    {
        var s = Survey([1, 1], Rows(1, 1, 15).Concat(Rows(2, 1, 15)).Concat(Rows(0, 1, 3, first: 3)));
        var f = s.NewFacts();
        var withK = new CrossReleaseSubset("k given", 'k', false, 0);
        var kf = (KeyFigureTable)new CrossReleaseStep(CrossReleaseSubset.All, "q1", "kf-k").Release(s, f, "key figures by municipality");
        var all = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "of").Release(s, f, "everyone"));
        var given = Table(new CrossReleaseStep(withK, "q1", "of").Release(s, f, "everyone with a municipality"));
        Assert.Null(kf.RespondentsWithoutGroup);
        var byHand = Minus(CountsOf(all, Total), CountsOf(given, Total));
        AssertSafe(byHand is null || !byHand.SequenceEqual(TrueCounts(s, r => s.K[r] == 0)), $"without municipality = Totalt − Totalt(k given) = [{string.Join(", ", byHand ?? [])}]", Derivable(s, f, "K0", key => s.KOf(key) == 0));
    }

    /// <summary>
    /// Attack 4 (key figures and a table): key figures by size group show S1's n (22) and its top-box share; the
    /// table by municipality shows K2 (20) in full and hides K1 (2). K1's n = 22 − 20, and its number of top answers
    /// = S1's share × 22 − K2's count of 3.
    /// </summary>
    [Fact]
    public void Key_figures_by_size_group_and_a_table_by_municipality_do_not_give_the_hidden_municipality()
    {
        var s = Survey([1, 1, 2, 2], Rows(1, 1, 2, first: 3).Concat(Rows(2, 1, 20)).Concat(Rows(3, 2, 12)).Concat(Rows(4, 2, 30)));
        var f = s.NewFacts();
        var kf = (KeyFigureTable)new CrossReleaseStep(CrossReleaseSubset.All, "q1", "kf-s").Release(s, f, "key figures by size group");
        var byK = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "k").Release(s, f, "by municipality"));
        Assert.Equal(DisclosureLevel.Nothing, byK.Level("K1"));
        int? nByHand = kf.N("Topp q1", "S1") is { } s1 && byK.ValidN("K2") is { } k2 ? s1 - k2 : null;
        AssertSafe(nByHand != 2, "K1's n = S1 (key figures) − K2 (table) = 2", Derivable(s, f, "K1", key => s.KOf(key) == 1));
    }

    /// <summary>
    /// Attack 4 with a subset: key figures by municipality hide K1 (2 respondents) but show Totalt's n and top-box
    /// share; a table of <c>data.Where(i =&gt; k[i] != 1)</c> shows the rest in full: K1's n and top answers are the difference.
    /// </summary>
    [Fact]
    public void Key_figures_and_a_table_of_the_rest_do_not_give_the_hidden_group()
    {
        var s = Survey([1, 1, 2], Rows(1, 1, 2, first: 3).Concat(Rows(2, 1, 20)).Concat(Rows(3, 2, 30)));
        var f = s.NewFacts();
        var others = new CrossReleaseSubset("not K1", 'k', false, 1);
        var kf = (KeyFigureTable)new CrossReleaseStep(CrossReleaseSubset.All, "q1", "kf-k").Release(s, f, "key figures by municipality");
        var rest = Table(new CrossReleaseStep(others, "q1", "of").Release(s, f, "everyone but K1"));
        Assert.Null(kf.N("Topp q1", "K1"));
        int? nByHand = kf.N("Topp q1", Total) is { } all && rest.ValidN(Total) is { } r ? all - r : null;
        AssertSafe(nByHand != 2, "K1's n = Totalt (key figures) − Totalt of the rest = 2", Derivable(s, f, "K1", key => s.KOf(key) == 1));
    }

    /// <summary>
    /// Attack 1 read from the exports (what a reader of the report files has): after the table by municipality, the
    /// table by size group hides S1 and S2 because of it — its CSV carries empty cells and its JSON
    /// <c>{"suppressed":true}</c> for them, never S1's counts or n, and its notes say the groups are hidden because of
    /// numbers already shown.
    /// </summary>
    [Fact]
    public void Exports_of_a_table_lowered_by_an_earlier_release_carry_no_number_of_the_lowered_groups()
    {
        var s = Survey([1, 1, 2, 2], Rows(1, 1, 2, first: 3).Concat(Rows(2, 1, 20)).Concat(Rows(3, 2, 12)).Concat(Rows(4, 2, 30)));
        var f = s.NewFacts();
        var byK = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "k").Release(s, f, "by municipality"));
        var byS = Table(new CrossReleaseStep(CrossReleaseSubset.All, "q1", "s").Release(s, f, "by size group"));
        var csv = byS.Summary().ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var s1 = Array.IndexOf(csv[0], "S1");
        Assert.True(s1 > 0, "no S1 column: " + string.Join(",", csv[0]));
        foreach (var level in new[] { "S1", "S2" }.Where(g => byS.Level(g) == DisclosureLevel.Nothing))
        {
            var column = Array.IndexOf(csv[0], level);
            Assert.All(csv.Skip(1), row => Assert.Equal("", row[column]));
        }

        var json = byS.Summary().ToJson();
        Assert.Equal(byS.Level("S1") == DisclosureLevel.Nothing, json.Contains("\"suppressed\": true", StringComparison.Ordinal));
        Assert.Contains(byS.Notes, n => n.Contains("«S1»", StringComparison.Ordinal) && n.Contains("på tvers av tabeller", StringComparison.Ordinal));
        var byHand = Minus([.. csv.Skip(1).Take(3).Select(r => int.TryParse(r[s1], out var v) ? v * 22 / 100 : (int?)null)], CountsOf(byK, "K2"));
        AssertSafe(byHand is null, $"K1 = S1 (from the CSV) − K2 = [{string.Join(", ", byHand ?? [])}]", Derivable(s, f, "K1", key => s.KOf(key) == 1));
    }

    private static FrequencyTable Table(Analysenotater.Reporting.Result r) => (FrequencyTable)r;

    /// <summary>Fails when the attack by hand worked or the attacker derives a target from all the released numbers (both reported).</summary>
    private static void AssertSafe(bool safeByHand, string byHand, List<string> derivable) =>
        Assert.True(safeByHand && derivable.Count == 0,
            (safeByHand ? "" : "by hand: " + byHand + ". ") + (derivable.Count == 0 ? "" : "derivable from all released numbers: " + string.Join("; ", derivable)));
}
