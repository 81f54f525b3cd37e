using Analysenotater.Statistics.Reliability;
using static Analysenotater.Tests.Reference.Models.ModelsReference;
using E = Analysenotater.Tests.Reference.Estimators.EstimatorsReference;

namespace Analysenotater.Tests.Statistics.Reliability;

/// <summary>Alpha, Feldt CI, item statistics and omega against psych 2.2.9 (r-values.csv).</summary>
public sealed class ScaleReliabilityTests
{
    private static readonly string[] Names = ["q1", "q2", "q3", "q4", "q5"];
    private static readonly ReliabilityResult Result = ScaleReliability.Analyse(Names, [.. Names.Select(DataFile.Column)]);

    [Fact]
    public void Alpha_and_Feldt_interval_match_psych()
    {
        Check(R, "alpha.n", Result.N);
        Check(R, "alpha.raw", Result.Alpha);
        Check(R, "alpha.std", Result.StandardisedAlpha);
        Check(R, "alpha.feldt.lower", Result.AlphaLower);
        Check(R, "alpha.feldt.upper", Result.AlphaUpper);
    }

    [Fact]
    public void Item_statistics_match_psych_alpha()
    {
        foreach (var n in Names)
        {
            var i = Result[n];
            Check(R, "alpha.mean." + n, i.Mean);
            Check(R, "alpha.sd." + n, i.StandardDeviation);
            Check(R, "alpha.rdrop." + n, i.CorrectedItemTotalCorrelation);
            Check(R, "alpha.drop.raw." + n, i.AlphaIfDeleted);
            Check(R, "alpha.drop.std." + n, i.StandardisedAlphaIfDeleted);
        }
    }

    [Fact]
    public void Omega_from_one_factor_minres_matches_psych_fa()
    {
        foreach (var n in Names)
        {
            Check(R, "fa.uls.loading." + n, Result[n].Loading);
            Check(R, "fa.minres.loading." + n, Result[n].Loading);
        }

        Check(R, "omega.uls", Result.OmegaTotal);
        Check(R, "omega.minres", Result.OmegaTotal);
    }

    [Fact]
    public void Scale_figures_as_psych_prints_them()
    {
        E.Check("rel.g6", Result.GuttmanLambda6);
        E.Check("rel.omega.G6", Result.GuttmanLambda6);
        E.Check("rel.average_r", Result.MeanInterItemCorrelation);
        E.Check("rel.median_r", Result.MedianInterItemCorrelation);
        E.Check("rel.sn", Result.SignalToNoise);
        E.Check("rel.ase", Result.AlphaAsymptoticStandardError);
        E.Check("rel.itemmean.mean", Result.ItemMeanScoreMean);
        E.Check("rel.itemmean.sd", Result.ItemMeanScoreStandardDeviation);
        E.Check("rel.sum.mean", Result.SumScoreMean);
        E.Check("rel.sum.var", Result.SumScoreVariance);
        E.Check("rel.sum.sd", Result.SumScoreStandardDeviation);
        E.Check("rel.feldt.df1", Result.FeldtDf1);
        E.Check("rel.feldt.df2", Result.FeldtDf2);
        foreach (var n in Names)
        {
            E.Check("rel.g6.drop." + n, Result[n].G6IfDeleted);
        }
    }

    [Fact]
    public void Omegas_match_psych_omega_and_factanal()
    {
        foreach (var n in Names)
        {
            E.Check("rel.ml.loading." + n, Result[n].MaximumLikelihoodLoading);
        }

        E.Check("rel.omega.ml", Result.OmegaMaximumLikelihood);
        E.Check("rel.omega.ml.psych", Result.OmegaMaximumLikelihood);
        E.Check("rel.omega.tot", Result.OmegaTotalObserved);
        E.Check("rel.omega.h", Result.OmegaHierarchical);
    }

    [Fact]
    public void Single_item_scale_is_refused_with_the_reason()
    {
        var ex = Assert.Throws<ArgumentException>(() => ScaleReliability.Analyse(["q1"], [DataFile.Column("q1")]));
        Assert.Contains("single item ('q1')", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at least two items", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_variance_item_is_named_in_the_message()
    {
        var constant = Enumerable.Repeat(4.0, DataFile.Rows).ToArray();
        var ex = Assert.Throws<ArgumentException>(() => ScaleReliability.Analyse(["q1", "q2", "fast"], [DataFile.Column("q1"), DataFile.Column("q2"), constant]));
        Assert.Contains("Item 'fast' has zero variance", ex.Message, StringComparison.Ordinal);
        Assert.Contains("answered 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_item_scale_hand_computed()
    {
        // x = (1,2,3,4), y = (2,2,4,5): var x = 5/3, var y = 9/4, cov = 5.5/3 = 11/6; total var = 5/3 + 9/4 + 2·11/6 = 91/12.
        // alpha = 2 · (1 − (47/12)/(91/12)) = 88/91.
        var r = ScaleReliability.Analyse(["x", "y"], [[1, 2, 3, 4], [2, 2, 4, 5]]);
        Assert.Equal(88.0 / 91, r.Alpha, 14);
        Assert.True(double.IsNaN(r["x"].AlphaIfDeleted));
    }

    [Fact]
    public void Renders_item_table()
    {
        var text = Result.ToText();
        Assert.Contains("Cronbachs alfa", text, StringComparison.Ordinal);
        Assert.Contains("Alfa uten spørsmålet", text, StringComparison.Ordinal);
    }
}
