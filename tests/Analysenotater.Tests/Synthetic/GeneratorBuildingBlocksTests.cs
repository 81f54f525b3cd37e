using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.Tests.Synthetic;

/// <summary>The PRNG and the count optimizer on small cases worked out by hand or by an independent implementation.</summary>
public sealed class GeneratorBuildingBlocksTests
{
    [Fact]
    public void Xoshiro_matches_an_independent_implementation()
    {
        // Values from a separate Python implementation of SplitMix64 seeding + xoshiro256** 1.0 (Blackman & Vigna), seed 2017.
        var rng = new Xoshiro256StarStar(2017);
        Assert.Equal(7355996404503079848UL, rng.NextUInt64());
        Assert.Equal(3252677139146419684UL, rng.NextUInt64());
        Assert.Equal(5873434490729408704UL, rng.NextUInt64());
    }

    [Fact]
    public void Optimizer_meets_consistent_size_and_gender_targets()
    {
        // Two categories (0 = no, 1 = yes), six cells of 10 respondents (size 1..3 × women, men).
        // Targets: size 1 has 30 % yes, size 3 has 70 % yes, men overall 60 % yes (of 30), women 40 % (of 30).
        // A solution exists by hand: size 1 (w 2, m 4) = 6/20 = 30 %; size 2 (w 5, m 5); size 3 (w 5, m 9) = 14/20 = 70 %;
        // women 2+5+5 = 12/30 = 40 %, men 4+5+9 = 18/30 = 60 %.
        bool[] Cells(Func<int, bool> f) => [.. Enumerable.Range(0, 6).Select(f)];
        var yes = new[] { false, true };
        var all = new[] { true, true };
        var targets = new List<ItemCountOptimizer.Target>
        {
            new(Cells(c => c / 2 == 0), yes, all, 'p', 30, 0, "size1"),
            new(Cells(c => c / 2 == 2), yes, all, 'p', 70, 0, "size3"),
            new(Cells(c => c % 2 == 1), yes, all, 'p', 60, 0, "men"),
            new(Cells(c => c % 2 == 0), yes, all, 'p', 40, 0, "women"),
        };
        var prior = new double[6, 2];
        for (var c = 0; c < 6; c++)
        {
            prior[c, 0] = 5;
            prior[c, 1] = 5;
        }

        var opt = new ItemCountOptimizer(2, [10, 10, 10, 10, 10, 10], prior, targets);
        opt.Run();
        Assert.Equal(0, opt.Misses());
        var x = opt.Counts;
        Assert.Equal(6, x[0, 1] + x[1, 1]);
        Assert.Equal(14, x[4, 1] + x[5, 1]);
        Assert.Equal(18, x[1, 1] + x[3, 1] + x[5, 1]);
        Assert.Equal(12, x[0, 1] + x[2, 1] + x[4, 1]);
    }

    [Fact]
    public void Kick_leaves_the_compromise_between_conflicting_n_for_the_side_printed_twice()
    {
        // README B4 in miniature: the item n is printed as 40 twice (text and figure) while the size-group n's imply
        // 10 + 10 + 26 = 46. Squared deviations pull the hill climber to a compromise that meets neither side
        // (S ≈ 22: three misses); the kick moves the whole shortfall at once and keeps S = 20 (one miss: the S n).
        bool[] Cells(Func<int, bool> f) => [.. Enumerable.Range(0, 6).Select(f)];
        var answered = new[] { true, false };
        var targets = new List<ItemCountOptimizer.Target>
        {
            new(Cells(_ => true), answered, answered, 'n', 40, 0, "text n"),
            new(Cells(_ => true), answered, answered, 'n', 40, 0, "figure n"),
            new(Cells(c => c / 2 == 0), answered, answered, 'n', 10, 0, "L n"),
            new(Cells(c => c / 2 == 1), answered, answered, 'n', 10, 0, "M n"),
            new(Cells(c => c / 2 == 2), answered, answered, 'n', 26, 0, "S n"),
        };
        var prior = new double[6, 2];
        for (var c = 0; c < 6; c++)
        {
            prior[c, 0] = c / 2 == 2 ? 11 : 5;
            prior[c, 1] = 15 - prior[c, 0];
        }

        var opt = new ItemCountOptimizer(2, [15, 15, 15, 15, 15, 15], prior, targets);
        opt.Run();
        var before = opt.Misses();
        opt.Kick();
        Assert.True(before > 1, $"the plain climb should stop in a compromise, not at {before} misses");
        Assert.Equal(1, opt.Misses());
        var x = opt.Counts;
        Assert.Equal(40, Enumerable.Range(0, 6).Sum(c => x[c, 0]));
        Assert.Equal(20, x[4, 0] + x[5, 0]);
    }

    [Theory]
    [InlineData(44.5, 0, 45)]
    [InlineData(0.9025, 3, 0.903)]
    [InlineData(-0.2345, 3, -0.235)]
    public void Rounding_is_half_away_from_zero_like_the_printed_tables(double value, int decimals, double expected) =>
        Assert.Equal(expected, ItemCountOptimizer.RoundHalfAway(value, decimals));
}
