using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Tables;
using CsCheck;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Issue 17, open point 5: a mean shown for a group of 4–10 (KoRus 2017: n and means only) that only one set of
/// answers on the scale can give pins every answer — a mean at the scale's minimum or maximum, one step from it, or
/// any mean of a two-code item. Such a mean is hidden (with a note); the group keeps its n.
/// </summary>
public sealed class ExtremeMeanRegressionTests
{
    /// <summary>Group A answered <paramref name="a"/>; B (30) and C (25) answered every code 1…<paramref name="codes"/> in turn.</summary>
    private static FrequencyTable Table(int[] a, int codes = 5, AnalysisContext? context = null) =>
        FrequencyTables.By(Data(a, codes), "q", "g", options: Options, context: context);

    private static readonly FrequencyOptions Options = new() { GroupLabels = new Dictionary<int, string> { [1] = "A", [2] = "B", [3] = "C" } };

    private static SurveyDataset Data(int[] a, int codes)
    {
        var q = new List<int?>(a.Select(x => (int?)x));
        var g = new List<int?>(a.Select(_ => (int?)1));
        foreach (var (group, n) in new[] { (2, 30), (3, 25) })
        {
            for (var j = 0; j < n; j++)
            {
                q.Add(1 + (j % codes));
                g.Add(group);
            }
        }

        return new SurveyDataset(null, [CodeColumn.FromNullable("q", q), CodeColumn.FromNullable("g", g)]);
    }

    [Fact]
    public void A_means_only_group_at_the_scale_maximum_shows_its_n_but_not_its_mean()
    {
        var t = Table([5, 5, 5, 5, 5]);
        Assert.Equal(DisclosureLevel.MeansOnly, t.Level("A"));
        Assert.Equal(5, t.ValidN("A"));
        Assert.True(double.IsNaN(t.Mean("A"))); // 5,0 would say: all five answered 5
        Assert.Contains(t.Notes, n => n.Contains("«A»: gjennomsnittet vises ikke", StringComparison.Ordinal));
        var v3 = Analysenotater.KoRus2017.Layouts.Vedlegg3Table.Of(Data([5, 5, 5, 5, 5], 5), ["q"], "g", Options);
        Assert.DoesNotContain("5,0", v3.ToText(), StringComparison.Ordinal);

        // A mean that many sets of answers give is shown.
        Assert.Equal(3.0, Table([3, 3, 3, 3, 3]).Mean("A"), 12);
        // Without disclosure control (by name) the pinning mean is there: the test can fail.
        Assert.Equal(5.0, Table([5, 5, 5, 5, 5], context: AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None)).Mean("A"), 12);
    }

    [Fact]
    public void One_step_from_the_edge_and_every_two_code_mean_are_hidden_too()
    {
        Assert.True(double.IsNaN(Table([5, 5, 5, 4]).Mean("A")));      // 4,75: only 5+5+5+4
        Assert.True(double.IsNaN(Table([1, 1, 1, 1, 2, 1]).Mean("A"))); // 1,17: only five 1s and one 2
        Assert.False(double.IsNaN(Table([5, 5, 4, 4]).Mean("A")));     // 4,5: 5+5+4+4 or 5+5+5+3
        Assert.True(double.IsNaN(Table([1, 2, 2, 1, 2, 1], codes: 2).Mean("A"))); // yes/no: the mean is the share
    }

    /// <summary>
    /// Property: whenever the mean of a group of 4–10 is shown, at least two sets of answers on the scale give it.
    /// Answers lean to the ends of the scale (1 and 5 four times as likely as 2–4), where single answer sets are.
    /// </summary>
    [Fact]
    public void A_shown_mean_of_a_means_only_group_never_has_a_single_answer_set() =>
        Gen.Int[4, 10].SelectMany(n => Gen.Int[0, 10].Select(i => Skewed[i]).Array[n]).Sample(a =>
        {
            var t = Table(a);
            var mean = t.Mean("A");
            if (!double.IsNaN(mean))
            {
                var sum = (int)Math.Round(mean * a.Length);
                Assert.True(AnswerSets(a.Length, sum, 5) >= 2, $"answers {string.Join(",", a)}: mean {mean} shown, but only one set of answers gives it");
            }
        }, iter: 300, threads: 1, seed: "0N7PUcUCTCh3");

    private static readonly int[] Skewed = [1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5];

    /// <summary>How many multisets of <paramref name="n"/> answers on 1…<paramref name="top"/> sum to <paramref name="sum"/> (independent brute force).</summary>
    private static int AnswerSets(int n, int sum, int top)
    {
        // Non-decreasing sequences of answers: each multiset once.
        int Count(int left, int rest, int min) => left == 0 ? (rest == 0 ? 1 : 0)
            : Enumerable.Range(min, top - min + 1).Where(v => v <= rest).Sum(v => Count(left - 1, rest - v, v));
        return Count(n, sum, 1);
    }
}
