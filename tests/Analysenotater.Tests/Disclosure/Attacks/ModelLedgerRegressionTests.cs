using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Statistics.Logistic;
using Analysenotater.Statistics.Regression;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Issue 17, across releases: models released one after another from the same data must not give a suppressed
/// level's mean by differencing (<see cref="LedgerSurvey"/>: «a» 12, «b» 12, «c» 2 respondents whose mean on q is the
/// secret). Each attack is first replayed with <see cref="DisclosurePolicy.None"/> on a fresh import, where it must
/// succeed, so the test can fail.
/// </summary>
public sealed class ModelLedgerRegressionTests
{
    private const int A = LedgerSurvey.A, B = LedgerSurvey.B, C = LedgerSurvey.C;

    private static ModelSpecification Model(SurveyDataset data, string outcome = "q", DisclosurePolicy? policy = null) =>
        ModelSpecification.For(data, outcome).WithDisclosure(policy ?? DisclosurePolicy.KoRus2017);

    private static double Constant(OlsResult fit) => fit.CoefficientVector[0];

    /// <summary>The attacker's arithmetic: the mean of the rows in the first set but not in the second.</summary>
    private static double Difference(int n1, double mean1, int n2, double mean2) => (n1 * mean1 - n2 * mean2) / (n1 - n2);

    [Fact]
    public void Intercept_only_models_on_everyone_and_on_everyone_but_the_small_level_do_not_give_its_mean()
    {
        foreach (var policy in new[] { DisclosurePolicy.None, DisclosurePolicy.KoRus2017 })
        {
            var data = LedgerSurvey.Data();
            var all = OlsRegression.Fit(Model(data, policy: policy));
            var rest = OlsRegression.Fit(Model(data.Where(r => LedgerSurvey.G(r) != 3), policy: policy));
            var derived = Difference(A + B + C, Constant(all), A + B, Constant(rest));
            if (policy.IsDisabled)
            {
                Assert.Equal(LedgerSurvey.SecretMean, derived, 9); // the attack works without disclosure control
                continue;
            }

            Assert.False(double.IsFinite(derived));
            Assert.True(rest.Frame.IsSuppressed(0));
            Assert.Throws<InvalidOperationException>(() => rest["(Konstant)"]);
            Assert.Contains(rest.Notes, LedgerSurvey.SaysEarlierReleases);
            Assert.DoesNotContain(LedgerSurvey.SecretMean.ToString("0.000", Norwegian), rest.Summary().ToText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_same_attack_in_the_other_order_is_closed_too()
    {
        var data = LedgerSurvey.Data();
        var rest = OlsRegression.Fit(Model(data.Where(r => LedgerSurvey.G(r) != 3)));
        var all = OlsRegression.Fit(Model(data));
        Assert.False(double.IsFinite(Difference(A + B + C, Constant(all), A + B, Constant(rest))));
        Assert.True(all.Frame.IsSuppressed(0));
    }

    [Fact]
    public void A_model_by_group_and_an_intercept_only_model_do_not_give_the_small_level_by_difference()
    {
        foreach (var policy in new[] { DisclosurePolicy.None, DisclosurePolicy.KoRus2017 })
        {
            foreach (var interceptFirst in new[] { false, true })
            {
                var data = LedgerSurvey.Data();
                OlsResult total, byGroup;
                if (interceptFirst)
                {
                    total = OlsRegression.Fit(Model(data, policy: policy));
                    byGroup = OlsRegression.Fit(Model(data, policy: policy).Categorical("g", "1"));
                }
                else
                {
                    byGroup = OlsRegression.Fit(Model(data, policy: policy).Categorical("g", "1"));
                    total = OlsRegression.Fit(Model(data, policy: policy));
                }

                var (a, b) = LevelMeans(byGroup);
                var derived = ((A + B + C) * Constant(total) - A * a - B * b) / C;
                if (policy.IsDisabled)
                {
                    Assert.Equal(LedgerSurvey.SecretMean, derived, 9);
                    continue;
                }

                Assert.False(double.IsFinite(derived), $"intercept first: {interceptFirst}");
                Assert.Contains((interceptFirst ? byGroup : total).Notes, LedgerSurvey.SaysEarlierReleases);
            }
        }
    }

    [Fact]
    public void Merging_the_small_level_into_another_does_not_give_it_by_difference()
    {
        foreach (var policy in new[] { DisclosurePolicy.None, DisclosurePolicy.KoRus2017 })
        {
            var data = LedgerSurvey.Data();
            var byG = OlsRegression.Fit(Model(data, policy: policy).Categorical("g", "1"));
            var merged = OlsRegression.Fit(Model(data, policy: policy).Categorical("g2", "1"));
            var (_, b) = LevelMeans(byG);
            var bc = Constant(merged) + merged.CoefficientVector[merged.Frame.IndexOf("g2=2")];
            var derived = Difference(B + C, bc, B, b);
            if (policy.IsDisabled)
            {
                Assert.Equal(LedgerSurvey.SecretMean, derived, 9);
                continue;
            }

            Assert.False(double.IsFinite(derived));
            Assert.Contains(merged.Notes.Concat(byG.Notes), LedgerSurvey.SaysEarlierReleases);
        }
    }

    [Fact]
    public void A_model_without_the_small_level_and_one_with_it_merged_do_not_give_it_by_difference()
    {
        // The «with and without the level» pair: q ~ g on everyone but «c», then q ~ g2 («c» merged into «b»).
        var data = LedgerSurvey.Data();
        var without = OlsRegression.Fit(Model(data.Where(r => LedgerSurvey.G(r) != 3)).Categorical("g", "1"));
        var merged = OlsRegression.Fit(Model(data).Categorical("g2", "1"));
        var b = Constant(without) + without.CoefficientVector[without.Frame.IndexOf("g=2")];
        var bc = Constant(merged) + merged.CoefficientVector[merged.Frame.IndexOf("g2=2")];
        Assert.Equal(LedgerSurvey.TrueMean(2), b, 9); // the first model is shown in full
        Assert.False(double.IsFinite(Difference(B + C, bc, B, b)));
    }

    [Fact]
    public void A_table_and_a_model_of_the_same_outcome_do_not_give_the_small_level()
    {
        foreach (var tableFirst in new[] { true, false })
        {
            var data = LedgerSurvey.Data();
            FrequencyTable table;
            OlsResult byGroup;
            if (tableFirst)
            {
                table = FrequencyTables.By(data, "q", "g");
                byGroup = OlsRegression.Fit(Model(data).Categorical("g", "1"));
            }
            else
            {
                byGroup = OlsRegression.Fit(Model(data).Categorical("g", "1"));
                table = FrequencyTables.By(data, "q", "g");
            }

            var (a, b) = LevelMeans(byGroup);
            var derived = ((A + B + C) * table.Mean(GroupLabels.Total) - A * a - B * b) / C;
            Assert.False(double.IsFinite(derived), $"table first: {tableFirst}");
        }

        // Without disclosure control the attack works.
        var open = LedgerSurvey.Data();
        var t = FrequencyTables.By(open, "q", "g", context: AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None));
        var (oa, ob) = LevelMeans(OlsRegression.Fit(Model(open, policy: DisclosurePolicy.None).Categorical("g", "1")));
        Assert.Equal(LedgerSurvey.SecretMean, ((A + B + C) * t.Mean(GroupLabels.Total) - A * oa - B * ob) / C, 9);
    }

    [Fact]
    public void Intercept_only_logistic_models_on_everyone_and_on_everyone_but_the_small_level_do_not_give_its_share()
    {
        foreach (var policy in new[] { DisclosurePolicy.None, DisclosurePolicy.KoRus2017 })
        {
            var data = LedgerSurvey.Data();
            var all = LogisticRegression.Fit(Model(data, "z", policy));
            var rest = LogisticRegression.Fit(Model(data.Where(r => LedgerSurvey.G(r) != 3), "z", policy));
            static double Share(LogisticResult fit) => 1 / (1 + Math.Exp(-fit.Coefficients[0].B));
            var ones = (A + B + C) * Share(all) - (A + B) * Share(rest); // how many of «c» answered 1
            if (policy.IsDisabled)
            {
                Assert.Equal(C, ones, 6);
                continue;
            }

            Assert.False(double.IsFinite(ones));
            Assert.Contains(rest.Notes, LedgerSurvey.SaysEarlierReleases);
        }
    }

    [Fact]
    public void The_residual_spread_of_a_model_with_a_suppressed_level_does_not_give_the_small_groups_answers()
    {
        // «c» answered 1 and 5. SSE(q ~ g) − SSE on «a» alone − SSE on «b» alone = the within-«c» sum of squares,
        // (1 − 5)²/2 = 8, which on a 1–5 scale with two answers can only be 1 and 5.
        foreach (var policy in new[] { DisclosurePolicy.None, DisclosurePolicy.KoRus2017 })
        {
            var data = LedgerSurvey.Data([1, 5]);
            var onA = OlsRegression.Fit(Model(data.Where(r => LedgerSurvey.G(r) == 1), policy: policy));
            var onB = OlsRegression.Fit(Model(data.Where(r => LedgerSurvey.G(r) == 2), policy: policy));
            var byG = OlsRegression.Fit(Model(data, policy: policy).Categorical("g", "1"));
            static double Sse(OlsResult f) => f.StandardErrorOfEstimate * f.StandardErrorOfEstimate * f.DfResidual;
            var ssc = Sse(byG) - Sse(onA) - Sse(onB);
            if (policy.IsDisabled)
            {
                Assert.Equal(8, ssc, 9);
                continue;
            }

            Assert.False(double.IsFinite(ssc));
            Assert.True(double.IsNaN(byG.SsResidual));

            // The classical standard errors are σ̂ · a known factor, so they are hidden as well; standardised Beta
            // divides by SD(y), which holds the small group's mean.
            var j = byG.Frame.IndexOf("g=2");
            Assert.True(double.IsNaN(byG.Coefficients[j].StandardError));
            Assert.True(double.IsNaN(byG.Coefficients[0].StandardError));
            Assert.True(double.IsNaN(byG.Coefficients[j].StandardisedBeta));
            Assert.All(byG.Covariance, v => Assert.True(double.IsNaN(v)));
            Assert.Equal(LedgerSurvey.TrueMean(2) - LedgerSurvey.TrueMean(1), byG.Coefficients[j].Estimate, 9); // B stays
            Assert.Contains(byG.Notes, n => n.Contains("residual", StringComparison.OrdinalIgnoreCase));

            // The robust variant shows its own standard errors (they are built from each row's residual, not from σ̂).
            var robust = byG.Robust(RobustVarianceType.HC3);
            Assert.True(double.IsFinite(robust.Coefficients[j].StandardError));
            Assert.True(double.IsNaN(robust.StandardErrorOfEstimate));
            Assert.True(double.IsNaN(robust.Coefficients[j].StandardisedBeta));
        }
    }

    [Fact]
    public void A_mixed_models_cluster_effects_do_not_give_a_hidden_clusters_mean()
    {
        // q2 ~ 1 with a random intercept per g: «c» (2 respondents, both 5) is below the threshold, so its BLUP is
        // hidden. But the constant (the model has no categorical term, so its rows' mean counts as released) and the
        // BLUPs of «a» and «b» give ȳ_g = β₀ + BLUP_g (1 + n_g γ)/(n_g γ), and the GLS constant
        // β₀ = Σ w_g ȳ_g / Σ w_g with w_g = n_g/(1 + n_g γ) then gives ȳ_c.
        foreach (var policy in new[] { DisclosurePolicy.None, DisclosurePolicy.KoRus2017 })
        {
            var data = LedgerSurvey.Data();
            var fit = Analysenotater.Statistics.Multilevel.RandomInterceptModel.Fit(Model(data, "q2", policy).Clusters("g").Build());
            var gamma = fit.InterceptVariance / fit.ResidualVariance;
            var b0 = fit.FixedEffects.Coefficients[0].Estimate;
            double Mean(int cluster, int n) => b0 + (fit.GroupEffects.Single(e => e.Cluster == cluster).Effect * (1 + (n * gamma)) / (n * gamma));
            double W(int n) => n / (1 + (n * gamma));
            var derived = ((b0 * (W(A) + W(B) + W(C))) - (W(A) * Mean(1, A)) - (W(B) * Mean(2, B))) / W(C);
            Assert.True(gamma > 0);
            if (policy.IsDisabled)
            {
                Assert.Equal(5, derived, 6);
                continue;
            }

            Assert.False(double.IsFinite(derived));
            Assert.Equal(2, fit.GroupEffects.Count(e => e.Suppressed)); // «c», and one more because of the constant
            Assert.Contains(fit.Notes, LedgerSurvey.SaysEarlierReleases);
        }
    }

    private static readonly System.Globalization.CultureInfo Norwegian = System.Globalization.CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The means of «a» and «b» as a one-factor model with reference «a» shows them (NaN when hidden).</summary>
    private static (double A, double B) LevelMeans(OlsResult byGroup)
    {
        var names = byGroup.Frame.CoefficientNames;
        var b0 = Constant(byGroup);
        var reference = byGroup.Frame.Terms.Single(t => t.IsCategorical).Reference;
        double Coef(string name) => names.Contains(name) ? byGroup.CoefficientVector[byGroup.Frame.IndexOf(name)] : 0;
        var term = byGroup.Frame.Terms.Single(t => t.IsCategorical).Name;
        var refMean = b0;
        double Level(string level) => level == reference ? refMean : refMean + Coef(term + "=" + level);
        return (Level("1"), Level("2"));
    }
}
