using Analysenotater.Statistics.Logistic;
using Analysenotater.Tests.Reference.Models;
using static Analysenotater.Tests.Statistics.Logistic.LogisticReferenceData;

namespace Analysenotater.Tests.Statistics.Logistic;

/// <summary>Every figure of the logistic fit against R (glm, sandwich, survey; logistic-r-values.csv) and PSPP 1.6.2
/// LOGISTIC REGRESSION (logistic-pspp-values.csv), each with the tolerance stored beside it.</summary>
public sealed class LogisticRegressionReferenceTests
{
    public static TheoryData<string> Models => ["a", "b", "c"];

    public static TheoryData<string> PsppModels => ["a", "b"];

    private static LogisticResult Fit(string model) => LogisticRegression.Fit(Model(model));

    private static (string Name, string Key)[] Names(string model) => Coefficients(model);

    [Theory]
    [MemberData(nameof(Models))]
    public void Variables_in_the_equation_match_R(string m)
    {
        var fit = Fit(m);
        Assert.Equal(R[m + ".n"].Value, fit.N);
        Assert.Equal(R[m + ".deleted"].Value, fit.CasesDeleted);
        foreach (var (name, key) in Names(m))
        {
            var c = fit[name];
            ModelsReference.Check(R, $"{m}.b.{key}", c.B);
            ModelsReference.Check(R, $"{m}.se.{key}", c.StandardError);
            ModelsReference.Check(R, $"{m}.wald.{key}", c.Wald);
            ModelsReference.Check(R, $"{m}.p.{key}", c.P);
            ModelsReference.Check(R, $"{m}.expb.{key}", c.ExpB);
            ModelsReference.Check(R, $"{m}.lower.{key}", c.Lower);
            ModelsReference.Check(R, $"{m}.upper.{key}", c.Upper);
            Assert.Equal(1, c.Df);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Model_summary_omnibus_and_classification_match_R(string m)
    {
        var fit = Fit(m);
        ModelsReference.Check(R, m + ".m2ll", fit.MinusTwoLogLikelihood);
        ModelsReference.Check(R, m + ".m2ll.null", fit.NullMinusTwoLogLikelihood);
        ModelsReference.Check(R, m + ".omnibus.chi2", fit.OmnibusChiSquare);
        Assert.Equal(R[m + ".omnibus.df"].Value, fit.OmnibusDf);
        ModelsReference.Check(R, m + ".omnibus.p", fit.OmnibusP);
        ModelsReference.Check(R, m + ".coxsnell", fit.CoxSnellRSquared);
        ModelsReference.Check(R, m + ".nagelkerke", fit.NagelkerkeRSquared);
        var c = fit.Classification;
        Assert.Equal(R[m + ".class.00"].Value, c.Observed0Predicted0);
        Assert.Equal(R[m + ".class.01"].Value, c.Observed0Predicted1);
        Assert.Equal(R[m + ".class.10"].Value, c.Observed1Predicted0);
        Assert.Equal(R[m + ".class.11"].Value, c.Observed1Predicted1);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Hosmer_lemeshow_matches_the_hand_computation_in_R(string m)
    {
        // Model b has only 6 covariate patterns: tied fitted probabilities are kept together (6 groups, df 4).
        var hl = Fit(m).HosmerLemeshow;
        Assert.Equal(R[m + ".hl.groups"].Value, hl.Groups.Count);
        Assert.Equal(R[m + ".hl.df"].Value, hl.Df);
        ModelsReference.Check(R, m + ".hl.chi2", hl.ChiSquare);
        ModelsReference.Check(R, m + ".hl.p", hl.P);
        for (var g = 0; g < hl.Groups.Count; g++)
        {
            Assert.Equal(R[$"{m}.hl.group{g + 1}.n"].Value, hl.Groups[g].Size);
            Assert.Equal(R[$"{m}.hl.group{g + 1}.observed1"].Value, hl.Groups[g].Observed1);
            ModelsReference.Check(R, $"{m}.hl.group{g + 1}.expected1", hl.Groups[g].Expected1);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Robust_and_cluster_robust_match_sandwich(string m)
    {
        var fit = Fit(m);
        foreach (var (kind, table) in new[] { ("hc0", fit.Robust().OddsRatios()), ("cr1", fit.ClusterRobust().OddsRatios()) })
        {
            foreach (var (name, key) in Names(m))
            {
                var e = table[name];
                ModelsReference.Check(R, $"{m}.{kind}.se.{key}", e.StandardError);
                ModelsReference.Check(R, $"{m}.{kind}.p.{key}", e.P);
                ModelsReference.Check(R, $"{m}.{kind}.lower.{key}", e.Lower);
                ModelsReference.Check(R, $"{m}.{kind}.upper.{key}", e.Upper);
                Assert.Equal(fit[name].B, e.B);
                Assert.True(double.IsPositiveInfinity(e.Df));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Design_based_fit_matches_svyglm(string m)
    {
        var table = SurveyLogisticRegression.Fit(Model(m));
        foreach (var (name, key) in Names(m))
        {
            var e = table[name];
            Assert.Equal(R[m + ".svy.df"].Value, e.Df);
            ModelsReference.Check(R, $"{m}.svy.b.{key}", e.B);
            ModelsReference.Check(R, $"{m}.svy.se.{key}", e.StandardError);
            ModelsReference.Check(R, $"{m}.svy.t.{key}", e.Statistic);
            ModelsReference.Check(R, $"{m}.svy.p.{key}", e.P);
            ModelsReference.Check(R, $"{m}.svy.lower.{key}", e.Lower);
            ModelsReference.Check(R, $"{m}.svy.upper.{key}", e.Upper);
        }
    }

    [Theory]
    [MemberData(nameof(PsppModels))]
    public void Spss_output_matches_pspp(string m)
    {
        var fit = Fit(m);
        var k = "pspp." + m;
        Assert.Equal(Pspp[k + ".n"].Value, fit.N);
        Assert.Equal(Pspp[k + ".deleted"].Value, fit.CasesDeleted);
        ModelsReference.Check(Pspp, k + ".m2ll", fit.MinusTwoLogLikelihood);
        ModelsReference.Check(Pspp, k + ".coxsnell", fit.CoxSnellRSquared);
        ModelsReference.Check(Pspp, k + ".nagelkerke", fit.NagelkerkeRSquared);
        Assert.Equal(Pspp[k + ".class.00"].Value, fit.Classification.Observed0Predicted0);
        Assert.Equal(Pspp[k + ".class.01"].Value, fit.Classification.Observed0Predicted1);
        Assert.Equal(Pspp[k + ".class.10"].Value, fit.Classification.Observed1Predicted0);
        Assert.Equal(Pspp[k + ".class.11"].Value, fit.Classification.Observed1Predicted1);
        foreach (var (name, key) in Names(m))
        {
            var c = fit[name];
            ModelsReference.Check(Pspp, $"{k}.b.{key}", c.B);
            ModelsReference.Check(Pspp, $"{k}.se.{key}", c.StandardError);
            ModelsReference.Check(Pspp, $"{k}.wald.{key}", c.Wald);
            ModelsReference.Check(Pspp, $"{k}.p.{key}", c.P);
            ModelsReference.Check(Pspp, $"{k}.expb.{key}", c.ExpB);
            if (key != "const")
            {
                ModelsReference.Check(Pspp, $"{k}.lower.{key}", c.Lower);
                ModelsReference.Check(Pspp, $"{k}.upper.{key}", c.Upper);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Profile_likelihood_intervals_match_the_exact_profile_and_mass(string m)
    {
        var table = Fit(m).ProfileIntervals();
        foreach (var (name, key) in Names(m))
        {
            var e = table[name];
            ModelsReference.Check(R, $"{m}.profile.lower.{key}", e.Lower);
            ModelsReference.Check(R, $"{m}.profile.upper.{key}", e.Upper);
            ModelsReference.Check(R, $"{m}.mass.lower.{key}", e.Lower);
            ModelsReference.Check(R, $"{m}.mass.upper.{key}", e.Upper);
        }
    }

    [Theory]
    [MemberData(nameof(PsppModels))]
    public void Joint_wald_test_of_the_categorical_term_matches_R(string m)
    {
        var t = Assert.Single(Fit(m).TermTests);
        Assert.Equal("utd", t.Term);
        Assert.Equal(2, t.Df);
        ModelsReference.Check(R, m + ".wald.utd", t.Wald);
        ModelsReference.Check(R, m + ".p.utd", t.P);
    }

    [Fact]
    public void Converges_quickly_and_reports_it()
    {
        var c = Fit("a").Convergence;
        Assert.InRange(c.Iterations, 3, 12);
        Assert.True(c.MaxAbsoluteChange <= 1e-10 * 10, $"last change {c.MaxAbsoluteChange}");
        Assert.Equal(0, c.StepHalvings);
    }

    [Fact]
    public void Report_uses_norwegian_labels_and_decimal_comma()
    {
        var text = Fit("a").ToText();
        Assert.Contains("Variabler i likningen", text, StringComparison.Ordinal);
        Assert.Contains("Nagelkerke R²", text, StringComparison.Ordinal);
        Assert.Contains("Hosmer og Lemeshows test", text, StringComparison.Ordinal);
        Assert.Contains("Klassifikasjonstabell", text, StringComparison.Ordinal);
        Assert.Contains("481,925", text, StringComparison.Ordinal); // −2LL 481.9245 (R)
        Assert.Contains("referansekategori «grunnskole»", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Side_by_side_shows_each_methods_odds_ratio_and_interval()
    {
        var fit = Fit("a");
        var design = SurveyLogisticRegression.Fit(ModelA());
        var table = OddsRatioTable.SideBySide("Fornøyd", fit.OddsRatios(), fit.ClusterRobust().OddsRatios(), design);
        var text = table.ToText();
        Assert.Contains("CR1S (kommune): OR (95 % KI)", text, StringComparison.Ordinal);
        Assert.Contains("Designbasert: p", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(Konstant)", text, StringComparison.Ordinal);
        // x: model-based OR 1.0947 (1.0720–1.1178) as PSPP prints it; design-based OR from svyglm.
        Assert.Contains("1,09 (1,07–1,12)", text, StringComparison.Ordinal);
        var svyX = Math.Exp(R["a.svy.b.x"].Value);
        Assert.Contains(svyX.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("nb-NO")), text, StringComparison.Ordinal);
        Assert.Contains("<table", table.ToHtml(), StringComparison.Ordinal);
    }
}
