using Analysenotater.Statistics.Proportions;
using static Analysenotater.Tests.Reference.Estimators.EstimatorsReference;

namespace Analysenotater.Tests.Statistics.Proportions;

/// <summary>Continuity-corrected Wilson interval against R prop.test(correct = TRUE) (estimators-values.csv).</summary>
public sealed class WilsonContinuityCorrectedTests
{
    [Theory]
    [InlineData(149, 481)]
    [InlineData(0, 20)]
    [InlineData(1, 20)]
    [InlineData(19, 20)]
    [InlineData(20, 20)]
    [InlineData(3, 17)]
    [InlineData(212, 473)]
    public void Matches_prop_test_with_correction(long x, long n)
    {
        var ci = ProportionConfidence.Interval(x, n, ProportionCiMethod.WilsonContinuityCorrected);
        Check($"wilsoncc.{x}.{n}.lower", ci.Lower);
        Check($"wilsoncc.{x}.{n}.upper", ci.Upper);
        var ci90 = ProportionConfidence.Interval(x, n, ProportionCiMethod.WilsonContinuityCorrected, 0.9);
        Check($"wilsoncc.{x}.{n}.lower90", ci90.Lower);
        Check($"wilsoncc.{x}.{n}.upper90", ci90.Upper);
    }

    [Fact]
    public void Is_wider_than_plain_Wilson()
    {
        var plain = ProportionConfidence.Interval(30, 100);
        var cc = ProportionConfidence.Interval(30, 100, ProportionCiMethod.WilsonContinuityCorrected);
        Assert.True(cc.Lower < plain.Lower && cc.Upper > plain.Upper);
    }
}
