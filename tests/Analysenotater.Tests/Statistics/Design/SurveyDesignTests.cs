using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Proportions;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>Every figure is compared with R survey 4.1-1 (Reference/Survey/design_reference.R, seeded data in design_data.csv).</summary>
public class SurveyDesignTests
{
    private static readonly Dictionary<string, (double Value, double Tolerance)> Ref = Values("design_reference.csv");
    private static readonly Dictionary<string, double[]> Data = Columns("design_data.csv");

    private static SurveyDesign Full(LonelyPsuPolicy policy = LonelyPsuPolicy.Fail) =>
        SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]), policy);

    [Fact]
    public void Mean_matches_svymean_with_na_rm_and_deff_replace()
    {
        var m = Full().Mean(Data["y"], "y");
        Close(Ref, "mean_y", m.Estimate);
        Close(Ref, "mean_y_se", m.StandardError);
        Close(Ref, "mean_y_deff", m.Deff);
        Close(Ref, "mean_y_df", m.Df);
        Close(Ref, "mean_y_lo", m.Lower);
        Close(Ref, "mean_y_hi", m.Upper);
        Assert.Equal(12, m.ExcludedMissing);
        Assert.Contains(m.Notes, n => n.Contains("12 rader med manglende verdi", StringComparison.Ordinal));
    }

    [Fact]
    public void Design_df_is_psus_minus_strata() => Close(Ref, "df", Full().Mean(Data["b"]).Df);

    [Fact]
    public void Total_matches_svytotal()
    {
        var t = Full().Total(Data["y"]);
        Close(Ref, "total_y", t.Estimate);
        Close(Ref, "total_y_se", t.StandardError);
        Close(Ref, "total_y_deff", t.Deff);
    }

    [Fact]
    public void Ratio_matches_svyratio()
    {
        var r = Full().Ratio(Data["y"], Data["x"]);
        Close(Ref, "ratio_yx", r.Estimate);
        Close(Ref, "ratio_yx_se", r.StandardError);
    }

    [Fact]
    public void Proportion_and_its_design_intervals_match_svyciprop()
    {
        var p = Full().Proportion(Data["b"], "b");
        Close(Ref, "prop_b", p.Estimate);
        Close(Ref, "prop_b_se", p.StandardError);
        Close(Ref, "prop_b_deff", p.Deff);
        var logit = ProportionConfidence.FromDesign(p, DesignProportionCiMethod.Logit);
        Close(Ref, "prop_b_logit_lo", logit.Lower);
        Close(Ref, "prop_b_logit_hi", logit.Upper);
        var kg = ProportionConfidence.FromDesign(p, DesignProportionCiMethod.KornGraubard);
        Close(Ref, "prop_b_beta_lo", kg.Lower);
        Close(Ref, "prop_b_beta_hi", kg.Upper);
        var wald = ProportionConfidence.FromDesign(p, DesignProportionCiMethod.Wald);
        Close(Ref, "prop_b_mean_lo", wald.Lower);
        Close(Ref, "prop_b_mean_hi", wald.Upper);
    }

    [Fact]
    public void Domains_keep_the_full_design_like_svyby()
    {
        var by = Full().MeanBy(Data["y"], Ints(Data["kjonn"]), "y");
        for (var k = 1; k <= 2; k++)
        {
            var e = by[k.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            Close(Ref, $"by_kjonn{k}_mean", e.Estimate);
            Close(Ref, $"by_kjonn{k}_se", e.StandardError);
            Close(Ref, $"by_kjonn{k}_deff", e.Deff);
        }

        var totals = Full().TotalBy(Data["y"], Ints(Data["kjonn"]));
        Close(Ref, "bytotal_kjonn1", totals.Estimates[0].Estimate);
        Close(Ref, "bytotal_kjonn1_se", totals.Estimates[0].StandardError);
        Close(Ref, "bytotal_kjonn2", totals.Estimates[1].Estimate);
        Close(Ref, "bytotal_kjonn2_se", totals.Estimates[1].StandardError);
    }

    [Fact]
    public void Mean_by_stratum_matches_svyby()
    {
        var by = Full().MeanByStratum(Data["y"]);
        for (var k = 1; k <= 3; k++)
        {
            Close(Ref, $"by_stratum{k}_mean", by.Estimates[k - 1].Estimate);
            Close(Ref, $"by_stratum{k}_se", by.Estimates[k - 1].StandardError);
        }
    }

    [Fact]
    public void Subset_gives_the_same_as_svyciprop_on_subset()
    {
        var kjonn = Data["kjonn"];
        var women = Full().Subset(i => kjonn[i] == 2, "kvinner");
        var p = women.Proportion(Data["b"], "b");
        Close(Ref, "women_df", p.Df);
        Close(Ref, "women_prop_b_beta_est", p.Estimate);
        Close(Ref, "women_prop_b_se", p.StandardError);
        var logit = ProportionConfidence.FromDesign(p);
        Close(Ref, "women_prop_b_logit_lo", logit.Lower);
        Close(Ref, "women_prop_b_logit_hi", logit.Upper);
        var kg = ProportionConfidence.FromDesign(p, DesignProportionCiMethod.KornGraubard);
        Close(Ref, "women_prop_b_beta_lo", kg.Lower);
        Close(Ref, "women_prop_b_beta_hi", kg.Upper);
        Assert.Equal("b (kvinner)", p.Label);
    }

    [Fact]
    public void Finite_population_correction_matches_svydesign_fpc()
    {
        var fpc = new Dictionary<int, double> { [1] = 130, [2] = 103, [3] = 31 };
        var d = SurveyDesign.FromArrays(Data["w"], Ints(Data["kommune"]), Ints(Data["stratum"]), LonelyPsuPolicy.Fail, fpc);
        Close(Ref, "fpc_mean_y_se", d.Mean(Data["y"]).StandardError);
    }

    [Fact]
    public void Simple_random_sample_matches_ids_1()
    {
        var d = SurveyDesign.FromArrays(null, null, new int[Data["y"].Length]);
        var m = d.Mean(Data["y"]);
        Close(Ref, "srs_mean_y", m.Estimate);
        Close(Ref, "srs_mean_y_se", m.StandardError);
    }

    [Theory]
    [InlineData(LonelyPsuPolicy.Adjust, "adjust")]
    [InlineData(LonelyPsuPolicy.Remove, "remove")]
    [InlineData(LonelyPsuPolicy.Certainty, "certainty")]
    public void Lonely_psu_policies_match_R_options(LonelyPsuPolicy policy, string r)
    {
        var l = Columns("design_lonely_data.csv");
        var d = SurveyDesign.FromArrays(l["w"], Ints(l["kommune"]), Ints(l["stratum"]), policy);
        Assert.Equal(["4"], d.LonelyStrata);
        var m = d.Mean(l["y"]);
        Close(Ref, $"lonely_{r}_mean", m.Estimate);
        Close(Ref, $"lonely_{r}_se", m.StandardError);
        Close(Ref, $"lonely_{r}_df", m.Df);
        Assert.Contains(m.Notes, n => n.Contains(r, StringComparison.Ordinal));
    }

    [Fact]
    public void Lonely_psu_fails_by_default_naming_the_stratum()
    {
        Assert.Equal(1, Ref["lonely_fail_errors"].Value); // R fails too
        var l = Columns("design_lonely_data.csv");
        var d = SurveyDesign.FromArrays(l["w"], Ints(l["kommune"]), Ints(l["stratum"]));
        var ex = Assert.Throws<LonelyPsuException>(() => d.Mean(l["y"]));
        Assert.Equal("4", ex.Stratum);
        Assert.Equal("401", ex.Psu);
        Assert.Contains("LonelyPsuPolicy.Adjust", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_domain_without_the_lonely_stratum_does_not_fail()
    {
        var l = Columns("design_lonely_data.csv");
        var s = l["stratum"];
        var d = SurveyDesign.FromArrays(l["w"], Ints(l["kommune"]), Ints(l["stratum"])).Subset(i => s[i] < 4);
        var m = d.Mean(l["y"]);
        Close(Ref, "mean_y", m.Estimate); // the same rows as the full reference design
        Close(Ref, "mean_y_se", m.StandardError);
    }

    [Fact]
    public void Invalid_weights_are_refused_with_the_row()
    {
        var w = new[] { 1.0, double.NaN, 2 };
        var ex = Assert.Throws<ArgumentException>(() => SurveyDesign.FromArrays(w, [1, 1, 2], null));
        Assert.Contains("row 2", ex.Message, StringComparison.Ordinal);
        var neg = Assert.Throws<ArgumentException>(() => SurveyDesign.FromArrays([1.0, -1, 2], [1, 1, 2], null));
        Assert.Contains("row 2", neg.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_weight_rows_count_in_n_but_not_in_nonzero_n()
    {
        var m = Full().Mean(Data["b"]);
        Assert.Equal(Data["b"].Length, m.N);
        Assert.Equal(Data["b"].Length - 2, m.NonzeroWeightRows);
    }

    [Fact]
    public void A_proportion_refuses_values_other_than_0_and_1()
    {
        var ex = Assert.Throws<ArgumentException>(() => Full().Proportion(Data["y"]));
        Assert.Contains("row 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Domains_below_the_disclosure_threshold_are_suppressed_in_tables()
    {
        var by = Full().MeanBy(Data["y"], Ints(Data["kjonn"]), "y").WithDisclosureThreshold(10_000);
        var table = by.Summary();
        Assert.All(table.Rows, r => Assert.Equal(Analysenotater.Reporting.CellKind.Suppressed, r[1].Kind));
        Assert.Contains(table.Notes, n => n.Contains("skjult", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("62,4", by.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_norwegian_table()
    {
        var text = Full().Mean(Data["y"], "y").ToText();
        Assert.Contains("Gjennomsnitt (designbasert)", text, StringComparison.Ordinal);
        Assert.Contains("62,281", text, StringComparison.Ordinal);
        Assert.Contains("Taylor-linearisert", text, StringComparison.Ordinal);
    }
}
