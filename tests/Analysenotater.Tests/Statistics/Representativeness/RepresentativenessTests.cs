using Analysenotater.Reporting;
using Analysenotater.Statistics.Representativeness;
using static Analysenotater.Tests.Statistics.Design.SurveyReference;

namespace Analysenotater.Tests.Statistics.Representativeness;

/// <summary>Against base R (Reference/Survey/representativeness_reference.R) and the published Tabell 1 (data-samples/brukerplan-2016).</summary>
public class RepresentativenessTests
{
    private static readonly Dictionary<string, (double Value, double Tolerance)> Ref = Values("representativeness_reference.csv");
    private static readonly double[] BrukerPlan = [0.49, 0.39, 0.12];

    private static readonly Dictionary<string, long[]> Counts = new()
    {
        ["resp"] = [53, 67, 371],
        ["kom"] = [7, 4, 9],
        ["small"] = [12, 9, 4],
    };

    internal static string DataSample(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data-samples")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("data-samples not found above " + AppContext.BaseDirectory), "data-samples", "brukerplan-2016", file);
    }

    [Theory]
    [InlineData("resp")]
    [InlineData("kom")]
    [InlineData("small")]
    public void Statistic_and_asymptotic_p_match_chisq_test(string name)
    {
        var r = ChiSquareGoodnessOfFit.Test(Counts[name], BrukerPlan, options: new GoodnessOfFitOptions { Method = GoodnessOfFitMethod.Asymptotic });
        Close(Ref, $"{name}_x2", r.Statistic);
        Close(Ref, $"{name}_df", r.Df);
        Close(Ref, $"{name}_p_asymptotic", r.AsymptoticP);
        Assert.Equal(r.AsymptoticP, r.P);
    }

    [Theory]
    [InlineData("resp")]
    [InlineData("kom")]
    [InlineData("small")]
    public void Exact_p_matches_full_enumeration_in_R(string name)
    {
        var r = ChiSquareGoodnessOfFit.Test(Counts[name], BrukerPlan, options: new GoodnessOfFitOptions { Method = GoodnessOfFitMethod.Exact });
        Close(Ref, $"{name}_p_exact", r.P);
        Assert.Equal(GoodnessOfFitMethod.Exact, r.Method);
    }

    [Fact]
    public void Monte_carlo_p_is_one_over_b_plus_one_when_no_replicate_reaches_the_statistic()
    {
        // X² = 1880 on n = 491 (exact p 4.9e-233): no replicate reaches it, so p = 1/(B + 1), as R's 9.9999e-06 for B = 1e5.
        var r = ChiSquareGoodnessOfFit.Test(Counts["resp"], BrukerPlan, options: new GoodnessOfFitOptions { Method = GoodnessOfFitMethod.MonteCarlo, Replicates = 2000 });
        Assert.Equal(1.0 / 2001, r.P, 15);
        Assert.Equal(1.0 / 100_001, Ref["resp_p_montecarlo"].Value, 15);
    }

    [Theory]
    [InlineData("kom")]
    [InlineData("small")]
    public void Monte_carlo_p_agrees_with_R_within_simulation_error(string name)
    {
        const int b = 100_000;
        var r = ChiSquareGoodnessOfFit.Test(Counts[name], BrukerPlan, options: new GoodnessOfFitOptions { Method = GoodnessOfFitMethod.MonteCarlo, Replicates = b, Seed = 7 });
        var expected = Ref[$"{name}_p_montecarlo"].Value;
        // Different generators: allow 4 SEs of the difference of two independent estimates, plus 2/B.
        var tol = (4 * Math.Sqrt(2 * expected * (1 - expected) / b)) + (2.0 / b);
        Assert.True(Math.Abs(r.P - expected) <= tol, $"{name}: Monte Carlo p {r.P} vs R {expected} (tolerance {tol})");
        Assert.Equal(b, r.Replicates);
        var again = ChiSquareGoodnessOfFit.Test(Counts[name], BrukerPlan, options: new GoodnessOfFitOptions { Method = GoodnessOfFitMethod.MonteCarlo, Replicates = b, Seed = 7 });
        Assert.Equal(r.P, again.P); // seeded: reproducible
    }

    [Fact]
    public void Small_expected_counts_switch_to_the_exact_test_with_a_note()
    {
        var r = ChiSquareGoodnessOfFit.Test(Counts["kom"], BrukerPlan, ["Liten", "Mellomstor", "Stor"]);
        Assert.Equal(GoodnessOfFitMethod.Exact, r.Method);
        Close(Ref, "kom_p_exact", r.P);
        Assert.Contains(r.Notes, n => n.Contains("eksakt", StringComparison.Ordinal) && n.Contains("2,4", StringComparison.Ordinal));
        var large = ChiSquareGoodnessOfFit.Test(Counts["resp"], BrukerPlan);
        Assert.Equal(GoodnessOfFitMethod.Asymptotic, large.Method);
    }

    [Fact]
    public void Tabell1_rows_match_prop_test_and_the_standardised_difference()
    {
        var margins = ReferenceMarginsCsv.Read(DataSample("tabell1.csv"));
        Assert.Equal(11, margins.Count);
        var table = RepresentativenessTable.Compare(margins);
        var names = new Dictionary<string, string>
        {
            ["Kjønn (menn)"] = "menn",
            ["Andel under 23 år"] = "under23",
            ["Andel over 60 år"] = "over60",
            ["Bostedsløse"] = "bostedslose",
            ["Uføretrygd (varig)"] = "ufore",
            ["Andel som mottar arbeidsrettede tiltak fra NAV"] = "nav",
            ["Omsorg for barn"] = "barn",
            ["Fullført grunnskole"] = "grunnskole",
            ["Fullført VGS"] = "vgs",
            ["Fullført høgskole/universitet"] = "hogskole",
        };
        foreach (var (label, key) in names)
        {
            var row = table[label];
            if (key == "menn")
            {
                Assert.Equal(0, row.Z); // 70 vs 70
                Assert.Equal(1, row.P);
                continue;
            }

            Close(Ref, $"z_{key}", row.Z);
            Close(Ref, $"z2_{key}", row.Z * row.Z);
            Close(Ref, $"p_{key}", row.P);
            Close(Ref, $"std_{key}", row.StandardisedDifference);
        }

        var age = table["Alder (gj.snitt)"];
        Assert.True(double.IsNaN(age.Z)); // no SD printed: no test
        Assert.Equal(13, table["Fullført grunnskole"].Difference, 12);
        var text = table.ToText();
        Assert.Contains("BrukerPlan 2016", text, StringComparison.Ordinal);
        Assert.Contains("Std. diff.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_below_the_disclosure_threshold_are_suppressed()
    {
        var table = RepresentativenessTable.Compare(ReferenceMarginsCsv.Read(DataSample("tabell1.csv")), minimumN: 480).Summary();
        var vgs = table.FindRow("Fullført VGS")!;
        Assert.Equal(CellKind.Suppressed, vgs[1].Kind);
        Assert.Equal(CellKind.Percent, vgs[2].Kind); // the reference stays
        Assert.Equal(CellKind.Percent, table.FindRow("Bostedsløse")![1].Kind);
    }

    [Fact]
    public void Municipality_size_shows_respondents_and_municipalities()
    {
        var r = MunicipalitySizeRepresentativeness.Compare(Counts["resp"], Counts["kom"], [49, 39, 12]);
        Close(Ref, "resp_x2", r.Respondents.Statistic);
        Close(Ref, "kom_p_exact", r.Municipalities.P);
        var t = r.Summary();
        Assert.Equal("76\u00A0%", t.FindRow("Stor")![2].Display()); // 371/491
        Assert.Equal("45\u00A0%", t.FindRow("Stor")![4].Display()); // 9/20
        Assert.Contains(t.Notes, n => n.StartsWith("Kommuner:", StringComparison.Ordinal) && n.Contains("eksakt", StringComparison.Ordinal));
    }

    [Fact]
    public void Municipality_size_hides_a_size_group_of_two_and_the_respondents_test_that_would_give_it_back()
    {
        // Issue 17: the table printed «Liten 2» (and its share) for a size group of two respondents.
        long[] respondents = [2, 120, 369];
        var r = MunicipalitySizeRepresentativeness.Compare(respondents, [1, 8, 11], [49, 39, 12]);
        var t = r.Summary();
        Assert.Equal(CellKind.Suppressed, t.FindRow("Liten")![1].Kind);
        Assert.Equal(CellKind.Suppressed, t.FindRow("Liten")![2].Kind);

        // Totalt (491) is printed: the groups shown must not leave just the two.
        var shown = new[] { "Liten", "Mellomstor", "Stor" }.Select(g => t.FindRow(g)![1]).Where(c => c.Kind == CellKind.Count).Sum(c => c.Value);
        Assert.Equal(491, t.FindRow("Totalt")![1].Value);
        Assert.NotEqual(2, 491 - shown);

        // χ² on respondents with N and the reference known gives the hidden count back: withheld; municipalities stay.
        Assert.DoesNotContain(t.Notes, n => n.StartsWith("Respondenter:", StringComparison.Ordinal));
        Assert.Contains(t.Notes, n => n.StartsWith("Kommuner:", StringComparison.Ordinal));
        Assert.Equal(CellKind.Count, t.FindRow("Liten")![3].Kind);
    }

    [Fact]
    public void Bad_csv_cells_are_named()
    {
        var ex = Assert.Throws<FormatException>(() => ReferenceMarginsCsv.Parse("variable,label,sample_value,reference_value,unit,sample_n\nKjønn,Menn,70,x,percent,491\n", "t.csv"));
        Assert.Contains("t.csv, row 2, column 'reference_value': 'x'", ex.Message, StringComparison.Ordinal);
        var unit = Assert.Throws<FormatException>(() => ReferenceMarginsCsv.Parse("variable,label,sample_value,reference_value,unit\nA,B,1,2,kg\n", "u.csv"));
        Assert.Contains("column 'unit'", unit.Message, StringComparison.Ordinal);
    }
}
