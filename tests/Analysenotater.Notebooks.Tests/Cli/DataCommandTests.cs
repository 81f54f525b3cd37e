using Analysenotater.Instruments;
using Analysenotater.Reporting;
using Analysenotater.KoRus2017.Reproduction;
using Analysenotater.Spss;
using Analysenotater.Tables;

namespace Analysenotater.Notebooks.Tests.Cli;

/// <summary>
/// The data commands (reproduce, validate, table, convert-data) are thin shells over the library: every expected
/// value here is computed in the test from the library call on the same file, or from the raw CSV text, never taken
/// from the command's own output.
/// </summary>
public sealed class DataCommandTests
{
    private static string BundledCsv => Path.Combine(TestFiles.RepositoryRoot, "data-samples", "korus-2017", "korus-2017-synthetic.csv");

    private static Task<(int Code, string Out, string Err)> Cli(params string[] args) => CliRun.Invoke(args);

    [Fact]
    public async Task Reproduce_on_the_bundled_csv_prints_the_share_of_the_library_report()
    {
        var expected = ReproductionReport.Run(SurveyFile.Read(BundledCsv, KnownInstruments.KoRus2017).Dataset);
        var (code, stdout, err) = await Cli("reproduce", BundledCsv);
        Assert.True(code == 0, err);
        var shareLine = stdout.Split('\n').Single(l => l.StartsWith("… andel gjenskapt", StringComparison.Ordinal));
        Assert.EndsWith(ReportCell.FromPercent(100 * expected.ShareReproduced, 1).Display(), shareLine.TrimEnd(), StringComparison.Ordinal);
        var reproducedLine = stdout.Split('\n').Single(l => l.StartsWith("… gjenskapt med trykt presisjon", StringComparison.Ordinal));
        var reproducedCount = expected.PercentsAndCounts.Count(r => r.Status == ReproductionStatus.Reproduced);
        Assert.EndsWith(" " + reproducedCount, reproducedLine.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("Tall som ikke er gjenskapt med trykt presisjon", stdout, StringComparison.Ordinal);
        Assert.Contains("korus-2017-synthetic.csv", err, StringComparison.Ordinal);

        var csv = await Cli("reproduce", BundledCsv, "--format", "csv");
        Assert.Equal(expected.ToCsv(), csv.Out);
    }

    [Fact]
    public async Task Reproduce_via_a_sav_written_from_the_same_data_gives_identical_numbers()
    {
        var data = SurveyFile.Read(BundledCsv, KnownInstruments.KoRus2017).Dataset;
        var sav = Path.Combine(TestFiles.NewScratchFolder(), "korus.sav");
        SpssExport.Write(data, sav);
        var fromCsv = await Cli("reproduce", BundledCsv, "--format", "csv");
        var fromSav = await Cli("reproduce", sav, "--format", "csv");
        Assert.True(fromSav.Code == 0, fromSav.Err);
        Assert.Equal(ReproductionReport.Run(data).ToCsv(), fromSav.Out);
        Assert.Equal(fromCsv.Out, fromSav.Out);
    }

    [Fact]
    public async Task A_zsav_resaved_by_pspp_from_the_converted_sav_reproduces_the_same_numbers()
    {
        // PSPP (independent of the project) reads the .sav that convert-data wrote and saves it zlib-compressed.
        var dir = TestFiles.NewScratchFolder();
        var sav = Path.Combine(dir, "korus.sav");
        var zsav = Path.Combine(dir, "korus.zsav");
        Assert.Equal(0, (await Cli("convert-data", BundledCsv, sav)).Code);
        var syntax = Path.Combine(dir, "zsav.sps");
        File.WriteAllText(syntax, $"GET FILE=\"{sav}\".\nSAVE OUTFILE=\"{zsav}\" /ZCOMPRESSED.\n");
        var (pspp, output) = TestFiles.RunProcess("pspp", [syntax], TimeSpan.FromSeconds(120));
        Assert.True(pspp == 0 && File.Exists(zsav), output);

        var fromCsv = await Cli("reproduce", BundledCsv, "--format", "csv");
        var fromZsav = await Cli("reproduce", zsav, "--format", "csv");
        Assert.True(fromZsav.Code == 0, fromZsav.Err);
        Assert.Equal(fromCsv.Out, fromZsav.Out);
    }

    [Fact]
    public async Task Reproduce_without_a_file_uses_the_bundled_csv_and_says_so()
    {
        var (code, stdout, err) = await Cli("reproduce", "--format", "csv");
        Assert.True(code == 0, err);
        Assert.Contains("bruker de medfølgende syntetiske dataene", err, StringComparison.Ordinal);
        Assert.Contains("korus-2017-synthetic.csv", err, StringComparison.Ordinal);
        Assert.StartsWith("id,file,statistic,published,reproduced,difference,status,reason\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_file_row_column_and_value_of_a_bad_cell_and_strict_exits_1()
    {
        // Row 4 of the file (header is row 1) gets q9 = 17; q9 uses scale S5, codes 1–5 (questionnaire.md), so 17 is not a code.
        var lines = File.ReadAllLines(BundledCsv);
        var header = lines[0].Split(',');
        var q9 = Array.IndexOf(header, "q9");
        var fields = lines[3].Split(',');
        Assert.DoesNotContain('"', lines[3]);
        fields[q9] = "17";
        lines[3] = string.Join(',', fields);
        var bad = Path.Combine(TestFiles.NewScratchFolder(), "bad.csv");
        File.WriteAllText(bad, string.Join('\n', lines) + "\n");

        var (code, stdout, err) = await Cli("validate", bad, "--strict");
        Assert.Equal(1, code);
        Assert.Contains("bad.csv, rad 4, kolonne «q9», verdi «17»", err, StringComparison.Ordinal);
        Assert.Contains("Importkontroll: bad.csv", stdout, StringComparison.Ordinal);
        Assert.Contains("17", stdout, StringComparison.Ordinal);

        var lenient = await Cli("validate", bad);
        Assert.Equal(0, lenient.Code);
        var strictReproduce = await Cli("reproduce", bad, "--strict");
        Assert.Equal(1, strictReproduce.Code);
        Assert.Contains("rad 4, kolonne «q9», verdi «17»", strictReproduce.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_by_municipality_shows_small_groups_as_suppressed()
    {
        // Independent count from the raw CSV: municipalities with fewer than 11 valid q9 answers (scale S5: codes 1–5, questionnaire.md).
        var lines = File.ReadAllLines(BundledCsv);
        var header = lines[0].Split(',');
        var (kommune, q9) = (Array.IndexOf(header, "kommune"), Array.IndexOf(header, "q9"));
        var small = lines.Skip(1).Select(l => l.Split(','))
            .Where(f => f[q9] is "1" or "2" or "3" or "4" or "5")
            .GroupBy(f => f[kommune]).Count(g => g.Count() < 11);
        Assert.True(small > 0);

        var (code, stdout, err) = await Cli("table", BundledCsv, "q9", "--by", "kommune", "--recode", "korus3");
        Assert.True(code == 0, err);
        var data = SurveyFile.Read(BundledCsv, KnownInstruments.KoRus2017).Dataset;
        Assert.Equal(data.Frequencies("q9", by: "kommune", options: new FrequencyOptions { Recode = Recode.KoRusThreeWay }).ToText().TrimEnd(), stdout.TrimEnd());
        var firstCategoryRow = stdout.Split('\n').Single(l => l.StartsWith("I stor/svært stor grad", StringComparison.Ordinal));
        Assert.Equal(small, firstCategoryRow.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(c => c == ReportCell.SuppressedMarker));
    }

    [Fact]
    public async Task Convert_data_csv_to_sav_and_back_preserves_every_value()
    {
        var dir = TestFiles.NewScratchFolder();
        var sav = Path.Combine(dir, "korus.sav");
        var back = Path.Combine(dir, "korus.csv");
        var toSav = await Cli("convert-data", BundledCsv, sav);
        Assert.True(toSav.Code == 0, toSav.Err);
        var toCsv = await Cli("convert-data", sav, back);
        Assert.True(toCsv.Code == 0, toCsv.Err);
        Assert.Equal(File.ReadAllText(BundledCsv), File.ReadAllText(back));
        Assert.Equal(2, (await Cli("convert-data", BundledCsv, back)).Code);
    }

    [Fact]
    public async Task Missing_files_and_bad_options_exit_2_with_clear_messages()
    {
        var missing = await Cli("validate", "finnes-ikke.sav");
        Assert.Equal(2, missing.Code);
        Assert.Contains("finnes-ikke.sav", missing.Err, StringComparison.Ordinal);
        var badOption = await Cli("table", BundledCsv, "q9", "--recode", "fem");
        Assert.Equal(2, badOption.Code);
        Assert.Contains("bruk: analysenotater table", badOption.Err, StringComparison.Ordinal);
        var unknownItem = await Cli("table", BundledCsv, "q999");
        Assert.Equal(2, unknownItem.Code);
        Assert.Contains("q999", unknownItem.Err, StringComparison.Ordinal);
        var notData = await Cli("reproduce", "notat.ipynb");
        Assert.Equal(2, notData.Code);
        var ks = Path.Combine(TestFiles.RepositoryRoot, "data-samples", "ks-psykisk-helse-rus", "ks-psykisk-helse-rus-synthetic.csv");
        var notKoRus = await Cli("reproduce", ks);
        Assert.Equal(2, notKoRus.Code);
        Assert.Contains("er ikke KoRus 2017-data (instrument: ks-psykisk-helse-rus)", notKoRus.Err, StringComparison.Ordinal);
    }
}
