using System.Globalization;
using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Scoring;
using Analysenotater.KoRus2017.Layouts;

namespace Analysenotater.Tests.Scoring;

/// <summary>
/// Scores and a Vedlegg 3 table on seeded synthetic answers, against values computed independently in base R
/// (Reference/korus_reference.R, which also wrote the data file). Tolerances per value are in the reference file.
/// </summary>
public sealed class RReferenceTests
{
    private static string Dir => Path.Combine(TestPaths.RepoRoot, "tests", "Analysenotater.Tests", "Scoring", "Reference");

    private static readonly Lazy<ImportResult> Sample = new(() =>
        SurveyCsvReader.Read(Path.Combine(Dir, "korus_sample.csv"), KnownInstruments.KoRus2017, new ImportOptions { Strict = true }));

    public static TheoryData<string, string, string, string, string, double, double> Reference()
    {
        var data = new TheoryData<string, string, string, string, string, double, double>();
        foreach (var line in File.ReadAllLines(Path.Combine(Dir, "korus_reference.csv")).Skip(1))
        {
            var c = line.Split(',').Select(x => x.Trim('"')).ToArray();
            data.Add(c[0], c[1], c[2], c[3], c[4], double.Parse(c[5], CultureInfo.InvariantCulture), double.Parse(c[6], CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Fact]
    public void Sample_imports_cleanly_under_the_korus_instrument()
    {
        Assert.True(Sample.Value.Report.IsClean, Sample.Value.Report.ToText());
        Assert.Equal(90, Sample.Value.Dataset.RowCount);
    }

    [Theory]
    [MemberData(nameof(Reference))]
    public void Matches_R(string measure, string target, string rule, string group, string category, double expected, double tolerance)
    {
        var data = Sample.Value.Dataset;
        double actual;
        if (measure is "validN" or "percent")
        {
            var table = Vedlegg3Table.Of(data, [target]);
            actual = measure == "validN" ? table.ValidN(target, group)!.Value : table.Percent(target, group, category);
        }
        else
        {
            var scores = data.Score(target, ScoringRules.Get(rule));
            Assert.Equal("Totalt", group);
            actual = measure switch
            {
                "n" => scores.NScored,
                "mean" => scores.Mean,
                "min" => scores.Min,
                "max" => scores.Max,
                _ => scores.StandardDeviation,
            };
        }

        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{measure} {target} {rule} {group} {category}: R {expected}, C# {actual}");
    }
}
