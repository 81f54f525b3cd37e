using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Analysenotater.KoRus2017.Reproduction;
using Analysenotater.Instruments;
using Analysenotater.Reporting;
using Analysenotater.Studies;

namespace Analysenotater.Notebooks.Tests.NewRound;

/// <summary>
/// The coverage matrix of issue 16: every generated fixture (<see cref="NewRoundFixtures"/>) × every notebook 00–08,
/// and every fixture × the CLI's validate, table and reproduce, each through parameters only. Every case asserts
/// numbers computed here from the fixture's raw rows with plain LINQ (n, n per group, shares), that the import errors
/// (the 5 % invalid q9 codes) are stated at the top with the rows excluded per size group, and that no number printed
/// in the 2017 report that the fixture's data do not reproduce stands where the data did not change it (the same table
/// cell or text line as in the notebook's run on the bundled 2017 file). Each notebook runs once per fixture and once
/// on the 2017 file; the runs are cached across the theory rows.
/// </summary>
public sealed partial class NewRoundMatrixTests
{
    private static readonly Lazy<NewRoundFixtures> LazyFixtures = new(NewRoundFixtures.Create);

    private static readonly ConcurrentDictionary<string, Lazy<Task<string[]>>> Runs = new();

    private static readonly ConcurrentDictionary<string, Lazy<HashSet<string>>> Differing = new();

    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");

    public static readonly string[] Fixtures = ["ny-runde.csv", "ny-runde.sav", "sporsmalstekst.csv", "undersokelsesverktoy.xlsx", "ra-eksport.csv", "kjonn-omvendt.csv", "kjonn-omvendt-ra.csv"];

    public static readonly string[] Notebooks =
    [
        "00-kom-i-gang", "01-utvalg-og-representativitet", "02-frekvenser-og-nokkeltall", "03-kommunestorrelse",
        "04-indikatorer-og-reliabilitet", "05-regresjon", "06-apne-svar", "07-ks-kommunerapport", "08-publisert-mot-reprodusert",
    ];

    public static TheoryData<string, string> NotebookCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Fixtures)
        {
            foreach (var nb in Notebooks)
            {
                data.Add(f, nb);
            }
        }

        return data;
    }

    public static TheoryData<string, string> CliCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Fixtures)
        {
            foreach (var command in new[] { "validate", "table", "reproduce" })
            {
                data.Add(f, command);
            }
        }

        return data;
    }

    private static NewRoundFixtures F => LazyFixtures.Value;

    private static List<string[]> Rows => F.NewRoundRows;

    private static string Cell(string[] row, string column) => row[F.Col(column)];

    /// <summary>The parameters that point a notebook at a fixture: the file, the instrument, and the study or column map it needs.</summary>
    private static Dictionary<string, string> Parameters(string fixture)
    {
        var p = new Dictionary<string, string> { ["instrument"] = "korus-2017" };
        switch (fixture)
        {
            case "ny-runde.csv": p["datafil"] = F.NewRoundCsv; break;
            case "ny-runde.sav": p["datafil"] = F.NewRoundSav; break;
            case "sporsmalstekst.csv": p["datafil"] = F.QuestionTextCsv; p["kolonnekart"] = "auto"; break;
            case "undersokelsesverktoy.xlsx": p["datafil"] = F.LabelsXlsx; p["kolonnekart"] = "auto"; break;
            case "ra-eksport.csv": p["datafil"] = F.RawCsv; p["studie"] = F.StudyWithNewMunicipality; break;
            case "kjonn-omvendt.csv": p["datafil"] = F.GenderSwappedCsv; p["studie"] = F.GenderSwappedStudy; break;
            case "kjonn-omvendt-ra.csv": p["datafil"] = F.GenderSwappedRawCsv; p["studie"] = F.GenderSwappedStudy; break;
            default: throw new ArgumentOutOfRangeException(nameof(fixture), fixture, null);
        }

        return p;
    }

    private static string[] CliOptions(string fixture)
    {
        var p = Parameters(fixture);
        var options = new List<string> { "--instrument", "korus-2017" };
        if (p.TryGetValue("kolonnekart", out var map)) options.AddRange(["--map", map]);
        if (p.TryGetValue("studie", out var study)) options.AddRange(["--study", study]);
        return [.. options];
    }

    /// <summary>Notebook 07 reports one unit: the new municipality (12 respondents) or, in the second run, the smallest one.</summary>
    private static Dictionary<string, string> NotebookParameters(string fixture, string notebook, string? unit = null)
    {
        var p = Parameters(fixture);
        if (notebook == "00-kom-i-gang")
        {
            p["sporsmal"] = "q9";
        }

        if (notebook == "07-ks-kommunerapport")
        {
            p["enhet"] = unit ?? $"kommune={NewRoundFixtures.NewMunicipality}";
            p["landssnittfil"] = "";
        }

        return p;
    }

    private static Task<string[]> Run(string key, string notebook, Dictionary<string, string> parameters) =>
        Runs.GetOrAdd(key, _ => new Lazy<Task<string[]>>(() => RunLines(notebook, parameters))).Value;

    private static async Task<string[]> RunLines(string name, Dictionary<string, string> parameters)
    {
        var notebook = await NewRoundNotebookTests.RunBundledNotebookAsync(name, parameters,
            name + " on " + (parameters.TryGetValue("datafil", out var d) ? Path.GetFileName(d) : "2017"));
        // An output with HTML is read as HTML (tables keep their cells); otherwise as text.
        return [.. notebook.Cells.SelectMany(c => c.Outputs).SelectMany(o =>
            o.Bundle?.Data.TryGetValue("text/html", out var html) == true ? HtmlLines(html) : Lines(o.Text ?? o.Bundle?.Text ?? ""))];
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Select(Normalise).Where(l => l.Length > 0);

    /// <summary>HTML as lines a reader sees: one line per table row (cells joined by « | »), paragraph or heading.</summary>
    private static IEnumerable<string> HtmlLines(string html)
    {
        var t = Regex.Replace(html, @"<(script|style)\b.*?</\1>", "", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        t = Regex.Replace(t, @"</(tr|p|h\d|li|div|caption|figcaption)>|<br\s*/?>", "\n", RegexOptions.IgnoreCase);
        t = Regex.Replace(t, @"</t[dh]>", " | ", RegexOptions.IgnoreCase);
        t = Regex.Replace(t, "<[^>]+>", " ");
        return Lines(WebUtility.HtmlDecode(t));
    }

    private static string Normalise(string line) => Regex.Replace(line.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('−', '-'), @"\s+", " ").Trim();

    private static string Text(IEnumerable<string> lines) => string.Join("\n", lines);

    private static string Nb1(double v) => v.ToString("F1", Nb);

    private static bool IsValidQ9(string v) => v is "1" or "2" or "3" or "4" or "5";

    private static int InvalidRows => Rows.Count(r => Cell(r, "q9") == "7");

    [Theory]
    [MemberData(nameof(NotebookCases))]
    public async Task Every_notebook_runs_on_every_fixture_with_its_own_numbers(string fixture, string notebook)
    {
        var lines = await Run(fixture + "|" + notebook, notebook, NotebookParameters(fixture, notebook));
        File.WriteAllLines(Path.Combine(F.Folder, $"matrise-{fixture}-{notebook}.txt"), lines);
        var text = Text(lines);
        var n = Rows.Count;

        // The import errors come first: the first line of output (the import report's title) states them, the status
        // line right under it counts them, and the import report shows the rows with errors per size group (counted
        // here from the raw rows).
        Assert.Contains("INNDATA HAR FEIL", lines[0], StringComparison.Ordinal);
        Assert.Contains($"{n} respondenter, {InvalidRows} feil i {InvalidRows} rader", lines[0] + "\n" + lines[1], StringComparison.Ordinal);
        foreach (var (label, size) in new[] { ("Liten", 1), ("Mellomstor", 2), ("Stor", 3) })
        {
            var inGroup = Rows.Where(r => Cell(r, "kommunestorrelse") == size.ToString(CultureInfo.InvariantCulture)).ToList();
            Assert.Matches($@"(?m)^{label} \({size}\) \| {inGroup.Count} \| {inGroup.Count(r => Cell(r, "q9") == "7")} \|", text);
        }

        AssertOwnNumbers(notebook, text);
        AssertFixtureNotes(fixture, notebook, text);
        if (notebook != "08-publisert-mot-reprodusert")
        {
            // 08 is the comparison with the printed report itself: it shows each published number beside the file's.
            await AssertNoStale2017Numbers(fixture, notebook, lines);
        }
    }

    /// <summary>The numbers each notebook must show, computed from the raw rows (KoRus coding: kjonn 2 = mann, kommunestorrelse 1–3).</summary>
    private static void AssertOwnNumbers(string notebook, string text)
    {
        var n = Rows.Count;
        var perSize = F.RowsPerSize();
        var q9Valid = Rows.Where(r => IsValidQ9(Cell(r, "q9"))).ToList();
        string ValidQ9(int size) => q9Valid.Count(r => Cell(r, "kommunestorrelse") == size.ToString(CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
        int men = Rows.Count(r => Cell(r, "kjonn") == "2"), women = Rows.Count(r => Cell(r, "kjonn") == "1");
        void Has(string expected) => Assert.Contains(expected, text, StringComparison.Ordinal);
        switch (notebook)
        {
            case "00-kom-i-gang":
                Has($"Tjenestene tilfredsstillende etter kommunestørrelse: Totalt: n = {q9Valid.Count}; Liten: n = {ValidQ9(1)}; Mellomstor: n = {ValidQ9(2)}; Stor: n = {ValidQ9(3)}.");
                break;
            case "01-utvalg-og-representativitet":
                Has($"Datafila har {n} respondenter fra {Rows.Select(r => Cell(r, "kommune")).Distinct().Count()} kommuner");
                Has($"{perSize[0]} / {perSize[1]} / {perSize[2]} respondenter i små / mellomstore / store kommuner, {Normalise(NorwegianFormat.Percent(100.0 * men / (men + women), 1))} menn.");
                break;
            case "02-frekvenser-og-nokkeltall":
                // Nøkkeltall by gender (% and n per group): a check-box row (q6_1 Fulltidsjobb) counts every respondent of the
                // group; q9 «i stor/svært stor grad» of valid answers.
                string Share(IEnumerable<string[]> group) => Normalise(NorwegianFormat.Percent(100.0 * group.Count(r => Cell(r, "q6_1") == "1") / group.Count(), 0));
                var menRows = Rows.Where(r => Cell(r, "kjonn") == "2").ToList();
                var womenRows = Rows.Where(r => Cell(r, "kjonn") == "1").ToList();
                Has($"Fulltidsjobb | {Share(Rows)} | {n} | {Share(menRows)} | {men} | {Share(womenRows)} | {women} |");
                Has($"q9 {Nb1(100.0 * q9Valid.Count(r => Cell(r, "q9") is "4" or "5") / q9Valid.Count)} %");
                break;
            case "03-kommunestorrelse":
                Has($"q9 liten {Nb1(TopBox(1))} %, stor {Nb1(TopBox(3))} %");
                break;
            case "04-indikatorer-og-reliabilitet":
                foreach (var (name, id) in new[] { ("Samlet vurdering av tilfredshet", "ind_samlet"), ("Mental helse (HSCL-10)", "ind_mental_hscl10") })
                {
                    Has($"{name} | {Scored(Rows, id)} |");
                }

                break;
            case "05-regresjon":
                for (var size = 1; size <= 3; size++)
                {
                    Has($"{size} | {perSize[size - 1]} | {perSize[size - 1]},0 |");
                }

                Has($"Andel q9 i stor/svært stor grad: {q9Valid.Count(r => Cell(r, "q9") is "4" or "5")} av {q9Valid.Count}");
                break;
            case "06-apne-svar":
                foreach (var item in new[] { "open_bra", "open_darlig", "open_forslag" })
                {
                    Assert.Matches($@"{item}: \d+ shown of {Rows.Count(r => Cell(r, item).Trim().Length > 0)} ", text);
                }

                break;
            case "07-ks-kommunerapport":
                var unit = Rows.Where(r => Cell(r, "kommune") == NewRoundFixtures.NewMunicipality.ToString(CultureInfo.InvariantCulture)).ToList();
                Has($"{unit.Count} svar i enheten (kommune = {NewRoundFixtures.NewMunicipality}) av {n} i hele fila.");
                Has($"Samlet vurdering av tilfredshet | {Scored(unit, "ind_samlet")} | {Nb1(MeanScore(unit, "ind_samlet"))} |");
                Has($"Mental helse (HSCL-10) | {Scored(unit, "ind_mental_hscl10")} | {Nb1(MeanScore(unit, "ind_mental_hscl10"))} |");
                Has("unntatt for Mental helse (HSCL-10), der høyere skår er verre.");
                Has($"{unit.Count} personer svarte på undersøkelsen.");
                break;
            default:
                Has($"fila har {n} respondenter, rapporten 491");
                Has($"{perSize[0]} respondenter i små kommuner, rapporten 53");
                Has($"fila har {Rows.Select(r => Cell(r, "kommune")).Distinct().Count()} kommuner, rapporten 20");
                break;
        }
    }

    /// <summary>What each kind of fixture must make the notebook say: the automatic column map, the derived variables, the skipped 2017 comparison.</summary>
    private static void AssertFixtureNotes(string fixture, string notebook, string text)
    {
        if (fixture is "sporsmalstekst.csv" or "undersokelsesverktoy.xlsx")
        {
            Assert.Contains("Kolonnekart (auto)", text, StringComparison.Ordinal);
            Assert.Contains("0 tvetydige og 1 uten treff", text, StringComparison.Ordinal); // q5_gruppert: a derived column that is no item and no role
        }

        if (fixture is "ra-eksport.csv" or "kjonn-omvendt-ra.csv")
        {
            foreach (var derived in fixture == "ra-eksport.csv" ? new[] { "kommunestorrelse", "alder", "kjonn" } : ["alder", "kjonn"])
            {
                Assert.Contains($"{derived}: avledet", text, StringComparison.Ordinal);
            }
        }

        if (notebook is not ("00-kom-i-gang" or "07-ks-kommunerapport" or "08-publisert-mot-reprodusert"))
        {
            Assert.Contains("hoppet over", text, StringComparison.Ordinal);
            Assert.DoesNotContain("gjenskapt med trykt presisjon", text, StringComparison.Ordinal);
        }

        if (notebook == "01-utvalg-og-representativitet")
        {
            // A swapped gender label would print the women's share as «menn».
            int men = Rows.Count(r => Cell(r, "kjonn") == "2"), women = Rows.Count(r => Cell(r, "kjonn") == "1");
            Assert.DoesNotContain(Normalise(NorwegianFormat.Percent(100.0 * women / (men + women), 1)) + " menn", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Generator could not", text, StringComparison.Ordinal);
    }

    /// <summary>q9 «i stor/svært stor grad» (4–5) in % of valid answers (1–5) in a size group.</summary>
    private static double TopBox(int size)
    {
        var group = Rows.Where(r => Cell(r, "kommunestorrelse") == size.ToString(CultureInfo.InvariantCulture)).Select(r => Cell(r, "q9")).Where(IsValidQ9).ToList();
        return 100.0 * group.Count(v => v is "4" or "5") / group.Count;
    }

    /// <summary>
    /// Respondents with a KoRus indicator score: more than half of its items answered on the scale (the instrument's
    /// item list; codes 1–5, 1–4 for HSCL; «ikke aktuelt» 6 is missing), counted from the raw rows.
    /// </summary>
    private static int Scored(IEnumerable<string[]> rows, string indicator) => Scores(rows, indicator).Count;

    /// <summary>The mean KoRus indicator score (0–100): 100 × the sum of the answers ÷ (the scale top × the answered items), over scored respondents.</summary>
    private static double MeanScore(IEnumerable<string[]> rows, string indicator) => Scores(rows, indicator).Average();

    private static List<double> Scores(IEnumerable<string[]> rows, string indicator)
    {
        var items = KnownInstruments.KoRus2017.GetIndicator(indicator).ItemIds;
        var top = indicator == "ind_mental_hscl10" ? 4 : 5;
        return [.. rows.Select(r => items.Select(i => int.TryParse(Cell(r, i), CultureInfo.InvariantCulture, out var c) && c >= 1 && c <= top ? c : 0).Where(c => c > 0).ToList())
            .Where(answered => 2 * answered.Count > items.Count).Select(answered => 100.0 * answered.Sum() / (top * answered.Count))];
    }

    /// <summary>
    /// A number printed in the 2017 report that the fixture does not reproduce (at printed precision) may not stand in a
    /// text line or table row that is the same as in the notebook's run on the bundled 2017 file, nor in a column headed
    /// as the printed report's that kept its 2017 content: such a line or cell did not follow the data. (A single
    /// computed cell may equal its 2017 value by chance in a round drawn from the same population, so cells are judged
    /// alone only in the printed report's columns.)
    /// </summary>
    private static async Task AssertNoStale2017Numbers(string fixture, string notebook, string[] lines)
    {
        var baseline = (await Run("2017|" + notebook, notebook, notebook == "07-ks-kommunerapport"
            ? new Dictionary<string, string> { ["datafil"] = Path.Combine(TestFiles.RepositoryRoot, "data-samples", "korus-2017", "korus-2017-synthetic.csv"), ["instrument"] = "korus-2017", ["enhet"] = "kommune=12", ["landssnittfil"] = "" }
            : new Dictionary<string, string>())).ToHashSet(StringComparer.Ordinal);
        var tokens = Differing.GetOrAdd(fixture, f => new Lazy<HashSet<string>>(() => DifferingPrintedNumbers(f))).Value;
        // Table rows of the 2017 run by their label (first cell), to find a cell that kept its 2017 content.
        var baselineRows = baseline.Where(l => l.Contains(" | ", StringComparison.Ordinal)).Select(l => l.Split(" | "))
            .GroupBy(c => c[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var stale = new List<string>();
        string[] header = [];
        var previousWasTable = false;
        foreach (var line in lines)
        {
            var cells = line.Split(" | ");
            var isTable = cells.Length > 1;
            if (isTable && !previousWasTable) header = cells;
            previousWasTable = isTable;
            for (var j = 0; j < cells.Length; j++)
            {
                foreach (Match m in NumberToken().Matches(cells[j]))
                {
                    if (!tokens.Contains(m.Value)) continue;
                    // Stale: a text line or table row the same as in the 2017 run (a number opening a line is a row
                    // number or label), or a cell of a column headed as the printed report's (publ., trykt, rapport)
                    // that holds what the 2017 run's row of that label held there.
                    var unchanged = (baseline.Contains(line) && (j > 0 || m.Index > 0))
                        || (isTable && j > 0 && j < header.Length && PrintedColumn().IsMatch(header[j])
                            && baselineRows.TryGetValue(cells[0], out var rows) && rows.Any(r => r.Length > j && r[j] == cells[j]));
                    if (unchanged) stale.Add($"{m.Value} in «{line}»");
                }
            }
        }

        File.WriteAllLines(Path.Combine(F.Folder, $"matrise-{fixture}-{notebook}-uendret.txt"), stale);
        File.WriteAllLines(Path.Combine(F.Folder, $"matrise-2017-{notebook}.txt"), baseline);
        Assert.True(stale.Count == 0, $"{notebook} on {fixture} prints 2017 numbers in lines the data did not change:\n" + string.Join("\n", stale.Take(20)));
    }

    /// <summary>
    /// The report's printed numbers (the KoRus 2017 module's published-number catalog, from the reference CSVs) that
    /// this fixture does not reproduce at printed precision, formatted as a notebook prints them (nb-NO), keeping the
    /// distinctive ones: a decimal with three digits or more (42,0; 0,903), or a whole number above 100 (491). Shorter
    /// numbers (70 %, 6,7) recur by chance in a round drawn from the same population.
    /// </summary>
    private static HashSet<string> DifferingPrintedNumbers(string fixture)
    {
        var p = Parameters(fixture);
        var input = SurveyInput.Load(p["datafil"], p["instrument"], p.GetValueOrDefault("studie", "auto"), p.GetValueOrDefault("kolonnekart", ""));
        var rows = ReproductionReport.Run(input.Dataset, input.Report).Rows;
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows.Where(r => r.Status != ReproductionStatus.Reproduced))
        {
            var v = r.Published.Value;
            var digits = Math.Abs(v).ToString("F" + r.Published.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length;
            var distinctive = r.Published.Decimals == 0 ? Math.Abs(v) > 100 : digits >= 3 || r.Published.Decimals >= 3;
            if (!distinctive) continue;
            if (!double.IsNaN(r.Reproduced) && Math.Round(r.Reproduced, r.Published.Decimals) == Math.Round(v, r.Published.Decimals)) continue;
            tokens.Add(Normalise(NorwegianFormat.Number(v, r.Published.Decimals)));
        }

        return tokens;
    }

    [GeneratedRegex(@"publ|trykt|rapport", RegexOptions.IgnoreCase)]
    private static partial Regex PrintedColumn();

    [GeneratedRegex(@"(?<![\p{L}\d,.])-?\d+(,\d+)?(?![\d]|[,.]\d)")]
    private static partial Regex NumberToken();

    [Theory]
    [MemberData(nameof(FixtureCases))]
    public async Task Notebook_07_on_a_municipality_with_fewer_than_five_respondents_shows_only_the_no_report_message(string fixture)
    {
        var smallest = Rows.GroupBy(r => Cell(r, "kommune")).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        Assert.True(smallest.Count() < 5, $"the fixture has no municipality with fewer than 5 respondents (smallest: {smallest.Key}, {smallest.Count()})");
        var lines = await Run(fixture + "|07-liten", "07-ks-kommunerapport", NotebookParameters(fixture, "07-ks-kommunerapport", "kommune=" + smallest.Key));
        File.WriteAllLines(Path.Combine(F.Folder, $"matrise-{fixture}-07-liten.txt"), lines);
        var line = Assert.Single(lines.Distinct(StringComparer.Ordinal));
        Assert.Contains("færre enn 5 har svart, så det lages ingen rapport", line, StringComparison.Ordinal);
        Assert.Contains($"kommune {smallest.Key}", line, StringComparison.Ordinal);
    }

    public static TheoryData<string> FixtureCases() => [.. Fixtures];

    [Theory]
    [MemberData(nameof(CliCases))]
    public async Task The_cli_validates_tabulates_and_reproduces_every_fixture_with_its_own_numbers(string fixture, string command)
    {
        var options = CliOptions(fixture);
        var file = Parameters(fixture)["datafil"];
        var n = Rows.Count;
        var perSize = F.RowsPerSize();
        int men = Rows.Count(r => Cell(r, "kjonn") == "2"), women = Rows.Count(r => Cell(r, "kjonn") == "1");
        switch (command)
        {
            case "validate":
            {
                var (code, output, error) = await NewRoundNotebookTests.Cli(["validate", file, .. options]);
                File.WriteAllText(Path.Combine(F.Folder, $"cli-{fixture}-validate.txt"), output + error);
                Assert.Equal(0, code);
                var text = Normalise(output);
                Assert.Contains($"INNDATA HAR FEIL: {Path.GetFileName(file)}, {n} respondenter, {InvalidRows} feil i {InvalidRows} rader", text, StringComparison.Ordinal);
                Assert.Contains($"Kode utenfor skalaen feil {InvalidRows}", text, StringComparison.Ordinal);
                foreach (var (label, size) in new[] { ("Liten", 1), ("Mellomstor", 2), ("Stor", 3) })
                {
                    var inGroup = Rows.Where(r => Cell(r, "kommunestorrelse") == size.ToString(CultureInfo.InvariantCulture)).ToList();
                    var withError = inGroup.Count(r => Cell(r, "q9") == "7");
                    Assert.Contains($"{label} ({size}) {inGroup.Count} {withError} {Normalise(NorwegianFormat.Percent(100.0 * withError / inGroup.Count, 1))}", text, StringComparison.Ordinal);
                }

                Assert.Contains("Manglende variabler analysene trenger 0", text, StringComparison.Ordinal);
                break;
            }

            case "table":
            {
                // q9 by size group (three-way recode) and by gender: valid n per column and the top share, counted from the raw rows.
                var (code, output, error) = await NewRoundNotebookTests.Cli(["table", file, "q9", "--by", "stratum", "--recode", "korus3", .. options]);
                File.WriteAllText(Path.Combine(F.Folder, $"cli-{fixture}-table.txt"), output + error);
                Assert.Equal(0, code);
                var bySize = TableRows(output);
                for (var size = 1; size <= 3; size++)
                {
                    var label = new[] { "Liten", "Mellomstor", "Stor" }[size - 1];
                    var valid = Rows.Count(r => Cell(r, "kommunestorrelse") == size.ToString(CultureInfo.InvariantCulture) && IsValidQ9(Cell(r, "q9")));
                    Assert.Equal(valid.ToString(CultureInfo.InvariantCulture), bySize["Antall gyldige svar (n)"][label]);
                    Assert.Equal(Normalise(NorwegianFormat.Percent(TopBox(size), 0)), bySize["I stor/svært stor grad"][label]);
                }

                var (gCode, gOutput, gError) = await NewRoundNotebookTests.Cli(["table", file, "q9", "--by", "gender", .. options]);
                File.WriteAllText(Path.Combine(F.Folder, $"cli-{fixture}-table-kjonn.txt"), gOutput + gError);
                Assert.Equal(0, gCode);
                var byGender = TableRows(gOutput)["Antall gyldige svar (n)"];
                Assert.Equal(Rows.Count(r => Cell(r, "kjonn") == "2" && IsValidQ9(Cell(r, "q9"))).ToString(CultureInfo.InvariantCulture), byGender["Menn"]);
                Assert.Equal(Rows.Count(r => Cell(r, "kjonn") == "1" && IsValidQ9(Cell(r, "q9"))).ToString(CultureInfo.InvariantCulture), byGender["Kvinner"]);
                Assert.NotEqual(men, women);
                break;
            }

            default:
            {
                var (code, output, error) = await NewRoundNotebookTests.Cli(["reproduce", file, .. options]);
                File.WriteAllText(Path.Combine(F.Folder, $"cli-{fixture}-reproduce.txt"), output + error);
                Assert.Equal(0, code);
                var text = Normalise(output);
                Assert.Contains($"fila har {n} respondenter, rapporten 491", text, StringComparison.Ordinal);
                Assert.Contains($"fila har {Rows.Select(r => Cell(r, "kommune")).Distinct().Count()} kommuner, rapporten 20", text, StringComparison.Ordinal);
                Assert.Contains($"{perSize[0]} respondenter i små kommuner, rapporten 53", text, StringComparison.Ordinal);
                Assert.Contains($"{perSize[2]} respondenter i store kommuner, rapporten 371", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Generator could not", output, StringComparison.Ordinal);
                break;
            }
        }
    }

    /// <summary>A console table (columns two or more spaces apart, header row starting «Svar») as row label → column → cell.</summary>
    private static Dictionary<string, Dictionary<string, string>> TableRows(string output)
    {
        var lines = output.Replace('\u00A0', ' ').Split('\n').Select(l => l.TrimEnd()).ToList();
        var header = Regex.Split(lines.First(l => l.StartsWith("Svar ", StringComparison.Ordinal)).Trim(), @"\s{2,}");
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(lines.FindIndex(l => l.StartsWith("Svar ", StringComparison.Ordinal)) + 2).TakeWhile(l => l.Length > 0 && !l.StartsWith("1. ", StringComparison.Ordinal)))
        {
            var cells = Regex.Split(line.Trim(), @"\s{2,}");
            rows[cells[0]] = header.Zip(cells).Skip(1).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }

        return rows;
    }
}
