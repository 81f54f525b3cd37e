using System.Globalization;
using Analysenotater.Instruments;
using Analysenotater.KoRus2017.Reproduction;
using Analysenotater.Spss;

namespace Analysenotater.Notebooks.Tests.Cli;

/// <summary>
/// Issue 17, Build 1 through the command line: every data command run on a file with a group of 2 respondents (made
/// by code from the bundled synthetic file: two respondents moved to a new size group «4», or every small
/// municipality but two moved to «Mellomstor») prints no number of that group, and the group cannot be had as the
/// total minus the groups shown. Expected values come from the raw CSV, never from the command's own output.
/// </summary>
public sealed class CommandDisclosureCliTests
{
    private static string BundledCsv => Path.Combine(TestFiles.RepositoryRoot, "data-samples", "korus-2017", "korus-2017-synthetic.csv");

    /// <summary>The bundled file with two respondents who answered q9 moved to size group 4; the first one's q9 made invalid («x»).</summary>
    private static (string File, int Total) TwoInNewGroup()
    {
        var lines = File.ReadAllLines(BundledCsv);
        var header = lines[0].Split(',');
        var (size, q9) = (Array.IndexOf(header, "kommunestorrelse"), Array.IndexOf(header, "q9"));
        var moved = 0;
        for (var i = 1; i < lines.Length && moved < 2; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length == header.Length && cells[q9] is "1" or "2" or "3" or "4" or "5")
            {
                cells[size] = "4";
                cells[q9] = moved == 0 ? "x" : cells[q9];
                lines[i] = string.Join(',', cells);
                moved++;
            }
        }

        Assert.Equal(2, moved);
        var file = Path.Combine(TestFiles.NewScratchFolder(), "to-i-gruppe-4.csv");
        File.WriteAllLines(file, lines);
        return (file, lines.Skip(1).Count(l => l.Length > 0));
    }

    /// <summary>The bundled file with every small municipality (size 1) but two moved to size 2.</summary>
    private static string TwoSmall()
    {
        var lines = File.ReadAllLines(BundledCsv);
        var size = Array.IndexOf(lines[0].Split(','), "kommunestorrelse");
        var kept = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length > size && cells[size] == "1" && kept++ >= 2)
            {
                cells[size] = "2";
                lines[i] = string.Join(',', cells);
            }
        }

        Assert.True(kept > 2);
        var file = Path.Combine(TestFiles.NewScratchFolder(), "to-smaa.csv");
        File.WriteAllLines(file, lines);
        return file;
    }

    private static int? Number(string cell) => int.TryParse(cell.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var v) ? v : null;

    [Fact]
    public async Task Validate_shows_no_count_of_a_group_of_two_and_no_total_minus_the_others()
    {
        var (file, total) = TwoInNewGroup();
        var (code, stdout, err) = await CliRun.Invoke("validate", file);
        Assert.True(code == 0, err);

        // The row-level issue of the owner's own file is reported (row, column, value) — that is allowed.
        Assert.Contains("q9", stdout, StringComparison.Ordinal);
        var table = stdout.Split('\n').SkipWhile(l => !l.StartsWith("Rader med feil etter", StringComparison.Ordinal)).Skip(3).TakeWhile(l => l.Trim().Length > 0).ToList();
        var rows = table.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length >= 4 && c[0] is "1" or "2" or "3" or "4").ToDictionary(c => c[0], c => c);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["*", "*", "*"], rows["4"][1..4]);

        // Everyone is printed (Respondenter (rader)); the hidden groups together must not be just the two.
        Assert.Contains(total.ToString(CultureInfo.InvariantCulture), stdout, StringComparison.Ordinal);
        var shown = rows.Values.Select(c => Number(c[1])).Where(n => n is not null).Sum(n => n!.Value);
        Assert.NotEqual(2, total - shown);

        // Markdown and HTML carry the same decision.
        var md = await CliRun.Invoke("validate", file, "--format", "markdown");
        Assert.True(md.Code == 0, md.Err);
        Assert.Contains("| 4 | * | * | * |", md.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_in_every_format_and_at_four_decimals_shows_no_number_of_a_group_of_two()
    {
        var (file, _) = TwoInNewGroup();
        var (code, csv, err) = await CliRun.Invoke("table", file, "q9", "--by", "kommunestorrelse", "--format", "csv", "--decimals", "4");
        Assert.True(code == 0, err);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var g4 = Array.IndexOf(header, "4");
        Assert.True(g4 > 1, csv);
        Assert.All(lines.Skip(1).Select(l => l.Split(',')).Where(c => c.Length == header.Length), c => Assert.Equal("", c[g4]));

        // n row: Totalt minus the groups shown must not be the two.
        var n = lines.Single(l => l.StartsWith("Antall gyldige svar", StringComparison.Ordinal)).Split(',');
        var totalN = Number(n[1])!.Value;
        var shown = n.Skip(2).Select(Number).Where(v => v is not null).Sum(v => v!.Value);
        Assert.NotEqual(2, totalN - shown);
        Assert.True(n.Skip(2).Count(c => c.Length == 0) >= 2, "a single hidden group is Totalt − the others");

        foreach (var format in new[] { "text", "markdown", "html" })
        {
            var r = await CliRun.Invoke("table", file, "q9", "--by", "kommunestorrelse", "--format", format, "--decimals", "4");
            Assert.True(r.Code == 0, r.Err);
            Assert.Contains(totalN.ToString(CultureInfo.InvariantCulture), r.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("2 respondent", r.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reproduce_withholds_every_number_of_a_size_group_of_two_and_of_the_group_that_would_give_it_away()
    {
        var file = TwoSmall();
        var (code, csv, err) = await CliRun.Invoke("reproduce", file, "--format", "csv");
        Assert.True(code == 0, err);
        var byId = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).GroupBy(c => c[0]).ToDictionary(g => g.Key, g => g.First());
        var small = PublishedNumberCatalog.KoRus2017.Where(p => p.Measure.FilterColumn == "kommunestorrelse" && p.Measure.FilterCode == 1 && !double.IsNaN(p.Value)
            && p.Measure.Statistic != PublishedStatistic.Context).ToList();
        Assert.NotEmpty(small);
        foreach (var p in small)
        {
            Assert.Equal("", byId[p.Id][4]); // reproduced
            Assert.Equal("", byId[p.Id][5]); // difference
        }

        // n per size group: with Liten hidden, Totalt − Mellomstor − Stor would give it; so one more size group's n is hidden.
        var nBySize = PublishedNumberCatalog.KoRus2017.Where(p => p.Measure.Statistic == PublishedStatistic.N && p.Measure.FilterColumn == "kommunestorrelse")
            .GroupBy(p => string.Join("+", p.Measure.ItemIds) + "|" + p.File).Where(g => g.Select(p => p.Measure.FilterCode).Distinct().Count() == 3).ToList();
        Assert.NotEmpty(nBySize);
        foreach (var g in nBySize)
        {
            var hidden = g.Where(p => byId[p.Id][4] == "").Select(p => p.Measure.FilterCode).Distinct().Count();
            Assert.True(hidden >= 2, $"{g.Key}: only {hidden} size group hidden");
        }

        var text = await CliRun.Invoke("reproduce", file, "--all");
        Assert.True(text.Code == 0, text.Err);
        Assert.DoesNotContain("2 respondenter i små", text.Out, StringComparison.Ordinal);
        Assert.Contains("skjult (personvern)", text.Out, StringComparison.Ordinal);
    }

    /// <summary>
    /// The bundled file rearranged by code so that one size group × gender cell holds 2 respondents and the margins would
    /// give it away: every woman in size group 1 except the first two, who go to size group 2; every man of size group 1
    /// in size group 2. Then size group 1 is women only, size group 3 men only, and «Kvinner» − size group 1 = the two.
    /// </summary>
    private static (string File, Dictionary<string, int> WomenBySize, int Women) TwoWomenInMediumSized()
    {
        var lines = File.ReadAllLines(BundledCsv);
        var header = lines[0].Split(',');
        var (size, gender, q1) = (Array.IndexOf(header, "kommunestorrelse"), Array.IndexOf(header, "kjonn"), Array.IndexOf(header, "q1"));
        // Split off only the leading fields (the open-text columns further on may hold quoted commas).
        var lead = Math.Max(size, Math.Max(gender, q1)) + 2;
        Assert.True(header.Take(lead - 1).All(h => h.Length > 0) && lead < header.Length);
        var moved = 0;
        var rows = new List<string[]>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',', lead);
            if (cells[gender] == "1")
            {
                cells[size] = moved++ < 2 ? "2" : "1";
            }
            else if (cells[size] == "1")
            {
                cells[size] = "2";
            }

            lines[i] = string.Join(',', cells);
            rows.Add(cells);
        }

        var women = rows.Where(c => c[q1] == "1").ToList();
        Assert.All(women, c => Assert.Equal("1", c[gender]));
        var bySize = women.GroupBy(c => c[size]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, bySize.GetValueOrDefault("2"));
        Assert.Equal(0, bySize.GetValueOrDefault("3"));
        var file = Path.Combine(TestFiles.NewScratchFolder(), "to-kvinner-i-mellomstore.csv");
        File.WriteAllLines(file, lines);
        return (file, bySize, women.Count);
    }

    [Fact]
    public async Task Reproduce_decides_size_group_by_gender_crossed_a_cell_of_two_is_neither_printed_nor_left_to_subtraction()
    {
        var (file, womenBySize, women) = TwoWomenInMediumSized();
        var (code, csv, err) = await CliRun.Invoke("reproduce", file, "--format", "csv");
        Assert.True(code == 0, err);
        var byId = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).GroupBy(c => c[0]).ToDictionary(g => g.Key, g => g.First());
        bool Shown(PublishedNumber p) => byId[p.Id][4].Length > 0;

        // Crossed outputs: the gender question's distribution within a size group (Vedlegg 3: sample table and gender figure).
        var crossed = PublishedNumberCatalog.KoRus2017.Where(p => p.Measure.FilterColumn == "kommunestorrelse" && p.Measure.ItemIds is ["q1"]
            && p.Measure.Statistic == PublishedStatistic.Percent).ToList();
        Assert.Contains(crossed, p => p.Measure.FilterCode == 2);
        Assert.All(crossed.Where(p => p.Measure.FilterCode == 2), p => Assert.False(Shown(p), $"{p.Id}: the size group with the cell of 2 shows its gender split"));

        // Nor by subtraction: the women of the size groups whose split is hidden must not be just the two.
        var hiddenSizes = crossed.Where(p => !Shown(p)).Select(p => p.Measure.FilterCode.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var womenHidden = hiddenSizes.Sum(s => womenBySize.GetValueOrDefault(s));
        Assert.True(womenHidden != 2, $"women − the shown size groups' women = {womenHidden} (of {women})");

        // Margins: a number of «Kvinner» and the same number of size group 1 (women only) give the two women by subtraction.
        static string Key(PublishedMeasure m) => $"{m.Statistic}|{string.Join(",", m.ItemIds)}|{string.Join(",", m.Codes)}|{m.Denominator}|{string.Join(",", m.DenominatorCodes)}";
        var bySizeOne = PublishedNumberCatalog.KoRus2017.Where(p => p.Measure.FilterColumn == "kommunestorrelse" && p.Measure.FilterCode == 1).ToLookup(p => Key(p.Measure));
        var pairs = PublishedNumberCatalog.KoRus2017.Where(p => p.Measure.FilterColumn == "kjonn" && p.Measure.FilterCode == 1)
            .SelectMany(f => bySizeOne[Key(f.Measure)].Select(s => (Women: f, SizeOne: s))).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, x => Assert.False(Shown(x.Women) && Shown(x.SizeOne), $"{x.Women.Id} and {x.SizeOne.Id} both shown: their difference is the two women"));
    }

    [Fact]
    public async Task Convert_data_reports_only_the_file_totals_and_writes_the_owner_s_microdata()
    {
        var (file, total) = TwoInNewGroup();
        var sav = Path.Combine(TestFiles.NewScratchFolder(), "ut.sav");
        var (code, stdout, err) = await CliRun.Invoke("convert-data", file, sav);
        Assert.True(code == 0, err);

        // What it prints: the file's totals (rows, columns), nothing per group.
        Assert.Contains(total.ToString(CultureInfo.InvariantCulture), stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("kommunestorrelse", stdout, StringComparison.Ordinal);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // The microdata file is the owner's conversion (named microdata, issue 17 Build 7): every row kept.
        Assert.Equal(total, SurveyFile.Read(sav, KnownInstruments.KoRus2017).Dataset.RowCount);
    }
}
