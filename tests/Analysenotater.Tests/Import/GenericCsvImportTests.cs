using System.Globalization;
using System.Text;
using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Scoring;
using Analysenotater.Spss;
using Analysenotater.Statistics.Design;
using Analysenotater.Statistics.Reliability;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Import;

/// <summary>
/// A generic CSV (no shipped instrument) with code 6 = «ikke aktuelt», 1 = mann / 2 = kvinne and a two-stage design
/// runs through alpha, scores and a design mean with ImportOptions.MissingCodes / Codebook; the figures equal the
/// same estimators on hand-built arrays in which 6 is missing (alpha and the design mean are themselves checked
/// against R in Statistics/Reliability and Statistics/Design).
/// </summary>
public sealed class GenericCsvImportTests
{
    private static readonly string[] Items = ["s1", "s2", "s3", "s4"];

    /// <summary>Seeded synthetic study: 12 municipalities in 2 strata, items 1–5 with some 6 = ikke aktuelt and blanks.</summary>
    private static string WriteStudy()
    {
        var rng = new Random(2022);
        var sb = new StringBuilder("id;kommune;strat;kjonn;vekt;s1;s2;s3;s4;kommentar\n");
        for (var i = 0; i < 300; i++)
        {
            var kommune = 1 + rng.Next(12);
            var latent = rng.NextDouble() * 4 - 2;
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1};{kommune};{1 + kommune % 2};{1 + rng.Next(2)};{(0.5 + rng.NextDouble()).ToString("0.###", new CultureInfo("nb-NO"))}");
            foreach (var _ in Items)
            {
                var u = rng.NextDouble();
                var cell = u < 0.08 ? "6" : u < 0.11 ? "" : Math.Clamp((int)Math.Round(3 + latent + rng.NextDouble() * 2 - 1), 1, 5).ToString(CultureInfo.InvariantCulture);
                sb.Append(';').Append(cell);
            }

            sb.Append(";\"fritekst, med komma\"\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"generisk-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, sb.ToString(), Encoding.UTF8);
        return path;
    }

    [Fact]
    public void Generic_csv_runs_through_alpha_scores_and_a_design_mean_in_under_ten_lines()
    {
        var path = WriteStudy();

        // ---- docs/statistics.md example (begin) ----
        string[] items = ["s1", "s2", "s3", "s4"];
        var options = new ImportOptions { MissingCodes = [MissingCode.Parse("6=ikke aktuelt")], Roles = new DatasetRoles { SizeGroup = "strat" } };
        var data = SurveyCsvReader.Read(path, null, options).Dataset;
        var alpha = ScaleReliability.Analyse(data, items);
        var score = IndicatorScorer.Score(data, new IndicatorDefinition("skala", "Skala", items, "ks-dimension-mean"));
        var design = SurveyDesign.FromDataset(data.WithColumn(score.ToColumn("skala")));
        var mean = design.Mean("skala");
        // ---- docs/statistics.md example (end) ----

        // Independent: the same estimators on arrays in which 6 and blanks are NaN.
        var raw = File.ReadAllLines(path).Skip(1).Select(l => l.Split(';')).ToArray();
        double Cell(string[] r, int c) => r[c].Length == 0 || r[c] == "6" ? double.NaN : double.Parse(r[c], CultureInfo.InvariantCulture);
        var cols = Enumerable.Range(5, 4).Select(c => raw.Select(r => Cell(r, c)).ToArray()).ToArray();
        var expectedAlpha = ScaleReliability.Analyse(items, cols);
        Assert.Equal(expectedAlpha.Alpha, alpha.Alpha, 12);
        Assert.Equal(expectedAlpha.N, alpha.N);
        Assert.True(alpha.CasesDeleted > 30, "6 = ikke aktuelt must be missing, not a sixth answer category");

        // KS dimension mean: the mean of the answered items per respondent.
        var expectedScore = raw.Select((r, i) => cols.Select(c => c[i]).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Average()).ToArray();
        var weights = raw.Select(r => double.Parse(r[4].Replace(',', '.'), CultureInfo.InvariantCulture)).ToArray();
        var expectedDesign = SurveyDesign.FromArrays(weights, [.. raw.Select(r => int.Parse(r[1], CultureInfo.InvariantCulture))], [.. raw.Select(r => int.Parse(r[2], CultureInfo.InvariantCulture))]);
        var expectedMean = expectedDesign.Mean(expectedScore);
        Assert.Equal(expectedMean.Estimate, mean.Estimate, 12);
        Assert.Equal(expectedMean.StandardError, mean.StandardError, 12);
        Assert.Equal(ResponseStatus.NotApplicable, data.StatusOf("s1", Array.FindIndex(raw, r => r[5] == "6")));
        Assert.False(data.Instrument!.HasItem("id")); // 300 distinct ids: not an answer scale, so id 6 stays a valid id
        Assert.Equal(6, data.ValidValues("id")[5]);
        File.Delete(path);
    }

    [Theory]
    [InlineData("docs/statistics.md")]
    [InlineData("README.md")]
    public void Docs_statistics_page_and_readme_hold_the_same_lines_under_ten(string page)
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, page));
        var source = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "Analysenotater.Tests", "Import", "GenericCsvImportTests.cs"));
        var begin = Array.FindIndex(source, l => l.Contains("docs/statistics.md example (begin)", StringComparison.Ordinal));
        var end = Array.FindIndex(source, l => l.Contains("docs/statistics.md example (end)", StringComparison.Ordinal));
        var lines = source[(begin + 1)..end].Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.InRange(lines.Count, 5, 9);
        var docLines = doc.Split('\n').Select(l => l.Trim()).ToHashSet();
        foreach (var line in lines)
        {
            Assert.Contains(line, docLines);
        }
    }

    [Fact]
    public void A_study_coded_1_mann_gets_its_own_labels_from_a_codebook_csv()
    {
        var path = WriteStudy();
        var book = Path.ChangeExtension(path, ".kodebok.csv");
        File.WriteAllText(book, "variabel;kode;etikett;mangler\nkjonn;1;mann;\nkjonn;2;kvinne;\ns1;1;Svært dårlig;\ns1;5;Svært godt;\ns1;6;Ikke aktuelt;ja\n");
        var data = SurveyCsvReader.Read(path, null, new ImportOptions { Codebook = Codebook.FromCsv(book) }).Dataset;
        var labels = data.Instrument!.ScaleOf("kjonn")!.ValidOptions.ToDictionary(o => o.Code, o => o.Label);
        Assert.Equal("mann", labels[1]);
        Assert.Equal("kvinne", labels[2]);
        var table = FrequencyTables.By(data, "s1", "kjonn").ToText();
        Assert.Contains("mann", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Kvinner", table, StringComparison.Ordinal);
        Assert.Equal(MissingReason.NotApplicable, data.Instrument.ScaleOf("s1")!.Find(6)!.Missing);
        Assert.False(data.Instrument.HasItem("s2")); // no codebook entry and no missing codes: read by content
        File.Delete(path);
        File.Delete(book);
    }

    [Fact]
    public void Labels_and_missing_codes_can_come_from_an_SPSS_file()
    {
        var path = WriteStudy();
        var book = Path.ChangeExtension(path, ".kodebok.csv");
        File.WriteAllText(book, "variable,code,label,missing\nkjonn,1,mann,\nkjonn,2,kvinne,\ns1,6,ikke aktuelt,1\n");
        var labelled = SurveyCsvReader.Read(path, null, new ImportOptions { Codebook = Codebook.FromCsv(book) }).Dataset;
        var sav = Path.ChangeExtension(path, ".sav");
        SpssExport.Write(labelled, sav);
        var fromSpss = Codebook.FromSpss(sav);
        Assert.Contains(fromSpss.OptionsOf("kjonn"), o => o.Code == 1 && o.Label == "mann");
        Assert.Contains(fromSpss.OptionsOf("s1"), o => o.Code == 6 && o.Missing == MissingReason.NotApplicable);
        var data = SurveyCsvReader.Read(path, null, new ImportOptions { Codebook = fromSpss }).Dataset;
        Assert.Equal("mann", data.Instrument!.ScaleOf("kjonn")!.Find(1)!.Label);
        Assert.Equal(ResponseStatus.NotApplicable, data.StatusOf("s1", Array.FindIndex(File.ReadAllLines(path).Skip(1).ToArray(), l => l.Split(';')[5] == "6")));
        foreach (var f in new[] { path, book, sav })
        {
            File.Delete(f);
        }
    }

    [Theory]
    [InlineData("6=ikke-aktuelt", 6, "ikke aktuelt", MissingReason.NotApplicable)]
    [InlineData(" 9 = vet ikke ", 9, "vet ikke", MissingReason.DontKnow)]
    [InlineData("99", 99, "99", MissingReason.NoAnswer)]
    [InlineData("8=har_ikke", 8, "har ikke", MissingReason.DoesNotHave)]
    public void Missing_codes_parse_as_the_CLI_writes_them(string text, int code, string label, MissingReason reason)
    {
        var m = MissingCode.Parse(text);
        Assert.Equal(code, m.Code);
        Assert.Equal(label, m.Label);
        Assert.Equal(reason, m.Reason);
        Assert.Null(m.Columns);
    }

    [Fact]
    public void Missing_code_restricted_to_columns_and_bad_code_message()
    {
        var m = MissingCode.Parse("s3,s4:6=ikke aktuelt");
        Assert.True(m.AppliesTo("S3"));
        Assert.False(m.AppliesTo("s1"));
        var ex = Assert.Throws<FormatException>(() => MissingCode.Parse("seks=ikke aktuelt"));
        Assert.Contains("\"seks\" is not an integer", ex.Message, StringComparison.Ordinal);
    }
}
