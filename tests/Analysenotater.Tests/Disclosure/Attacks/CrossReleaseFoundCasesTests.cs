namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Cases the cross-release property (<see cref="CrossReleaseAttackProperties"/>) found against the first release
/// ledger, replayed exactly: the rows, in order, as (k s h q1 [q2] [x = left out by index]), and the releases made from
/// that one dataset in order. Each states the attack; none may recover a protected cell.
/// </summary>
public sealed class CrossReleaseFoundCasesTests
{
    private static void AssertSafe(string policy, string sizeOf, string rows, string releases)
    {
        var c = CrossReleaseAttackProperties.Parse(policy, sizeOf, rows, releases);
        var o = CrossReleaseAttackProperties.Attack(c);
        Assert.True(o.Found.Count == 0, $"{c}\nfound: {string.Join("; ", o.Found)}");
    }

    /// <summary>
    /// A subset first, everyone after: key figures of <c>data.Where(h != 1)</c> show that subset's n; key figures of
    /// everyone by size group show everyone's n; their difference is H1's n (4, below «færre enn 5»), which the key
    /// figures and the table by h hide.
    /// </summary>
    [Fact]
    public void Subset_released_before_everyone_does_not_give_the_small_rest()
    {
        AssertSafe("MinimumFive", "1,2,2",
            "(3 2 2 2 2) (2 2 1 3 1) (3 2 1 3 1) (3 2 2 3 3) (2 2 0 0 2) (3 2 2 3 3) (3 2 2 3 1) (1 1 1 2 3) (1 1 1 3 0) (3 2 2 1 0) (3 2 1 0 0) (3 2 0 2 1) (3 2 1 0 2) (3 2 2 3 2)",
            "kf-h q2 of h ≠ 1 | kf-s q2 of all | of q1 of all | kf-h q2 of all | h q2 of all");
    }

    /// <summary>
    /// The respondents without h (4 answers to q2, below «færre enn 5»), hidden by the table of q2 by h: key figures
    /// of q2 by size group for <c>data.Where(h != 2)</c> and the table by size group × h give them by difference.
    /// </summary>
    [Fact]
    public void Respondents_without_a_value_are_not_a_difference_of_subset_and_two_way_totals()
    {
        AssertSafe("MinimumFive", "1,1,1,2",
            "(1 1 1 2 2) (4 2 1 2 2) (4 2 1 2 1) (4 2 1 1 2) (0 1 1 0 2) (4 2 0 3 2) (2 1 0 0 3) (4 2 2 3 0) (4 2 2 2 2) (2 1 2 3 3) (4 2 1 3 1) (4 2 1 2 2) (2 1 1 0 1) (0 1 1 2 2) (3 1 2 3 1) (3 1 1 2 0) (4 2 2 3 3) (4 2 1 1 3) (4 2 2 2 1) (3 1 0 3 2) (4 2 1 2 3) (4 2 2 0 1) (0 1 2 3 1) (4 2 0 2 2) (2 1 1 1 2) (2 1 2 2 3)",
            "sh q1 of all | kf-s q2 of h ≠ 2 | of q1 of h ≠ 2 | h q2 of all");
    }

    /// <summary>
    /// Key figures by municipality of <c>data.Where(s == 2)</c>, then tables by h of everyone, then key figures by
    /// size group: S1 (2 answers) is hidden there but is everyone minus the S2 subset.
    /// </summary>
    [Fact]
    public void Size_group_left_out_of_an_earlier_subset_is_not_everyone_minus_that_subset()
    {
        AssertSafe("MinimumFive", "2,2,2",
            "(3 2 1 2) (3 2 1 2) (3 2 1 3) (3 2 0 3) (0 1 0 3) (0 2 1 3) (2 2 2 1) (3 2 2 3) (2 2 2 3) (1 2 2 3) (0 1 2 1) (3 2 2 1) (1 2 2 3)",
            "kf-k q1 of s = 2 | h q1 of all | h q1 of all | kf-s q1 of all | h q1 of all");
    }

    /// <summary>
    /// Tables by municipality of <c>data.Where(s != 1)</c> hide the 3 without a municipality there; key figures by h of
    /// everyone but one row (left out by index), the total of the subset, and key figures by municipality of everyone
    /// give them by difference.
    /// </summary>
    [Fact]
    public void Respondents_without_a_municipality_in_a_subset_are_not_derivable_with_a_row_left_out()
    {
        AssertSafe("KoRus2017", "1,1,2",
            "(0 2 2 2) (3 2 1 3 x) (1 1 2 2) (3 2 1 3) (0 2 0 1) (3 2 1 3) (1 1 1 1) (3 2 2 0) (2 1 2 3) (3 2 0 2) (1 1 2 3) (2 1 1 1) (0 2 2 3) (3 2 2 3)",
            "k q1 of s ≠ 1 | kf-h q1 of not left out | of q1 of s ≠ 1 | k q1 of s ≠ 1 | kf-k q1 of all");
    }

    /// <summary>
    /// Totalt of <c>data.Where(k != 2)</c>, a table of q2 by h of the same subset, and Totalt of everyone but one row
    /// (left out by index): K2's two respondents (not left out) are the difference, up to the left-out row, whose
    /// answer the zero counts pin.
    /// </summary>
    [Fact]
    public void Two_overlapping_subsets_do_not_give_the_small_group_between_them()
    {
        AssertSafe("MinimumFive", "2,1,2,1",
            "(2 1 1 3 2) (4 1 0 3 2) (2 1 0 1 2) (4 1 2 2 3) (0 1 1 0 0) (4 1 1 2 0) (4 1 2 0 2) (4 1 0 3 2 x) (4 1 2 3 0) (4 1 2 2 3) (4 1 2 3 2) (1 2 1 2 3) (4 1 2 2 2) (0 0 2 3 2) (4 1 2 2 3) (4 1 1 3 3) (4 1 1 2 1) (4 1 2 3 0)",
            "of q1 of k ≠ 2 | h q2 of k ≠ 2 | of q1 of not left out");
    }
    /// <summary>
    /// A mean with a zero from another release: Totalt of <c>data.Where(s is given)</c> names no code 1, so nobody in
    /// S1 or S2 answered 1; the table by size group then shows S1 with n 7 and mean 16/7 («n and means»), and with
    /// only codes 2 and 3 possible, 2a + 3b = 16 and a + b = 7 give its distribution (five 2s, two 3s).
    /// </summary>
    [Fact]
    public void A_mean_shown_after_a_release_that_rules_out_a_code_does_not_give_the_distribution()
    {
        AssertSafe("KoRus2017", "1,2,1,1",
            "(4 1 2 3) (4 1 2 2) (4 1 1 0) (2 2 0 3) (4 1 1 3) (4 1 2 2) (2 2 1 2 x) (0 1 0 2) (0 2 2 3) (4 1 2 0) (0 0 1 1) (2 2 1 3) (4 1 1 0) (4 1 1 0) (4 1 0 2) (1 1 1 2)",
            "of q1 of s ≠ 0 | kf-s q1 of not left out | h q1 of all | s q1 of all | kf-h q1 of not left out");
    }
    /// <summary>
    /// The table by h of <c>data.Where(s == 1)</c> hides the 4 without h there; a later table by size group × h of
    /// everyone shows «S1 – H1» (the subset's H1 exactly): without h = subset Totalt − H2 − «S1 – H1».
    /// </summary>
    [Fact]
    public void Rows_without_a_value_hidden_in_a_subset_are_not_given_by_a_later_two_way_table()
    {
        AssertSafe("MinimumFive", "1,1,1",
            "(3 1 0 2) (3 1 1 3) (3 1 2 0) (3 1 2 1) (3 1 1 2) (3 1 1 0) (3 1 2 3) (0 0 1 0) (0 0 1 0) (0 2 2 2) (3 1 2 2) (1 1 1 2) (1 1 1 1) (1 1 2 3) (3 1 2 0) (3 1 2 3) (3 1 2 2) (3 1 1 0) (2 1 2 2) (1 1 0 3) (3 1 2 3) (3 1 1 3) (3 1 2 3) (3 1 0 2) (3 1 0 2) (3 1 1 0) (3 1 2 2) (2 1 2 0) (3 1 1 3)",
            "h q1 of s = 1 | kf2-k q1 of all | sh q1 of all");
    }
    /// <summary>
    /// A zero by omission beside a subset's total: key figures of <c>data.Where(s != 1)</c> show the subset's share of
    /// top answers to q2 (2 of them); the table of q2 by h of everyone shows H1 in full without naming code 3 (nobody
    /// in H1 gave it) and nobody without h — so both top answers of the subset are in H2 there, a cell the key figures
    /// by h of the subset hide (its n is below «færre enn 5»).
    /// </summary>
    [Fact]
    public void A_code_not_named_for_a_group_does_not_place_a_subsets_answers_in_the_hidden_group()
    {
        AssertSafe("MinimumFive", "2,2,1",
            "(2 2 1 1 0) (2 2 1 2 2) (1 2 2 2 0) (1 2 2 3 2) (0 0 2 1 3) (0 2 1 2 1) (3 1 2 2 0) (1 2 2 3 3) (1 2 1 0 2) (3 1 1 1 1) (3 1 1 2 1) (3 1 2 2 1) (3 1 1 3 1)",
            "kf2-s q1 of s ≠ 1 | h q2 of all | kf-h q2 of s ≠ 1 | kf-s q1 of s ≠ 1 | kf-h q1 of s ≠ 1");
    }
}
