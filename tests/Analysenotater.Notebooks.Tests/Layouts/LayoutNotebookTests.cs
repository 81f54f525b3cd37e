using System.Globalization;
using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Running;
using Analysenotater.Reports.Content;
using Analysenotater.Reports.Html;

namespace Analysenotater.Notebooks.Tests.Layouts;

/// <summary>
/// Notebooks 02 and 03 on the bundled data, run once, and their report (the content the HTML, PDF and Word writers
/// print): Nøkkeltall with question headings from the instrument and n as a column; municipalities by name from the
/// study's municipality table. Expected names and counts are read from the data and table files here, not from the
/// library's layouts.
/// </summary>
public sealed class LayoutNotebookTests(LayoutNotebookTests.Runs runs) : IClassFixture<LayoutNotebookTests.Runs>
{
    [Fact]
    public void Notebook_03_and_its_report_show_every_municipality_by_its_name()
    {
        var (numbers, _) = runs.Municipalities;
        var names = MunicipalityNames();
        Assert.True(numbers.Count >= 10, $"{numbers.Count} municipalities in the data");
        foreach (var number in numbers)
        {
            Assert.Contains(names[number], runs.Output03, StringComparison.Ordinal);
        }

        // The report's municipality table: one row per municipality (after Totalt), by name, in number order.
        var table = Assert.Single(runs.Report03.Tables, t => t.HeaderRows[^1][0].Text == "Kommune");
        Assert.Equal(["Totalt", .. numbers.Order().Select(n => names[n])], table.Rows.Select(r => r[0].Text));
        Assert.DoesNotContain(table.Rows, r => int.TryParse(r[0].Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
        Assert.True(table.ColumnCount <= 8, $"{table.ColumnCount} columns: the municipality table stays narrow");
        var html = ReportHtmlWriter.Write(runs.Report03);
        Assert.All(numbers, n => Assert.Contains(System.Net.WebUtility.HtmlEncode(names[n]), html, StringComparison.Ordinal));
    }

    [Fact]
    public void Notebook_02_nokkeltall_shows_question_headings_from_the_instrument_and_n_as_a_column()
    {
        var korus = KnownInstruments.KoRus2017;
        var q6 = korus.GetItem("q6_8");
        var q12 = korus.GetItem("q12_10");
        var q3 = korus.GetItem("q3");
        string[] headings = [$"{q3.Number}. {q3.Text}", $"6. {q6.Stem}", $"12. {q12.Stem}"];
        Assert.All(headings, h => Assert.Contains(h, runs.Output02, StringComparison.Ordinal));
        Assert.DoesNotContain("CAGE: CAGE:", runs.Output02, StringComparison.Ordinal);

        var table = runs.Report02.Tables.First(t => t.Caption.Contains("Nøkkeltall I", StringComparison.Ordinal) && !t.Caption.Contains("II", StringComparison.Ordinal));
        var all = table.AppendixLetter is null ? table : runs.Report02.Appendices.Single(a => a.Caption == table.Caption);

        // Two header rows: the groups over «%» and «n».
        Assert.Equal(2, all.HeaderRows.Count);
        Assert.Equal(["Totalt", "Menn", "Kvinner"], all.HeaderRows[0].Where(c => c.ColumnSpan == 2).Select(c => c.Text));
        Assert.Equal(["%", "n", "%", "n", "%", "n"], all.HeaderRows[1].Skip(1).Select(c => c.Text));

        // Every «Annet» row sits under its question's heading; a heading row holds only the question.
        var labels = all.Rows.Select(r => r[0].Text).ToList();
        var annet6 = labels.IndexOf(q6.DisplayLabel, labels.IndexOf(headings[1]));
        Assert.True(annet6 > labels.IndexOf(headings[1]) && labels.IndexOf(headings[1]) >= 0, string.Join(" | ", labels));
        Assert.All(all.Rows[labels.IndexOf(headings[1])].Skip(1), c => Assert.Equal("", c.Text));

        // A tick box's n is every respondent (Totalt) and every respondent of each gender: counted from the data file.
        var (rows, men, women) = runs.Respondents;
        var annetRow = all.Rows[annet6];
        Assert.Equal(rows.ToString(CultureInfo.InvariantCulture), annetRow[2].Text.Replace("\u00A0", "", StringComparison.Ordinal));
        Assert.Equal(men.ToString(CultureInfo.InvariantCulture), annetRow[4].Text.Replace("\u00A0", "", StringComparison.Ordinal));
        Assert.Equal(women.ToString(CultureInfo.InvariantCulture), annetRow[6].Text.Replace("\u00A0", "", StringComparison.Ordinal));
        Assert.DoesNotContain(runs.Report02.Notes, n => n.Text.Contains("Prosentgrunnlag (n) per rad", StringComparison.Ordinal));
    }

    private static Dictionary<int, string> MunicipalityNames() =>
        File.ReadAllLines(Path.Combine(TestFiles.RepositoryRoot, "src", "Analysenotater", "Instruments", "Resources", "korus-2017-kommuner.csv"))
            .Where(l => l.Length > 0 && char.IsAsciiDigit(l[0]))
            .Select(l => l.Split(','))
            .ToDictionary(c => int.Parse(c[0], CultureInfo.InvariantCulture), c => c[1]);

    /// <summary>Runs notebooks 02 and 03 once (default parameters: the bundled data) and builds their reports.</summary>
    public sealed class Runs : IAsyncLifetime
    {
        public string Output02 { get; private set; } = "";

        public string Output03 { get; private set; } = "";

        public ReportContent Report02 { get; private set; } = null!;

        public ReportContent Report03 { get; private set; } = null!;

        /// <summary>The municipality numbers in the bundled data file, and its row count.</summary>
        public (IReadOnlyList<int> Numbers, int Rows) Municipalities { get; private set; }

        /// <summary>Respondents in the bundled data: all, men (kjonn 2 = q1 «Mann»), women (kjonn 1).</summary>
        public (int All, int Men, int Women) Respondents { get; private set; }

        public async Task InitializeAsync()
        {
            (Output02, Report02) = await RunAsync("02-frekvenser-og-nokkeltall");
            (Output03, Report03) = await RunAsync("03-kommunestorrelse");
            var data = SurveyCsvReader.Read(Path.Combine(TestFiles.RepositoryRoot, "data-samples", "korus-2017", "korus-2017-synthetic.csv"), KnownInstruments.KoRus2017).Dataset;
            var kommune = data["kommune"];
            var gender = data[data.HasColumn("kjonn") ? "kjonn" : "q1"];
            var numbers = Enumerable.Range(0, data.RowCount).Where(i => !kommune.IsEmpty(i))
                .Select(i => int.Parse(kommune.FormatInvariant(i), CultureInfo.InvariantCulture)).Distinct().ToList();
            Municipalities = (numbers, data.RowCount);
            Respondents = (data.RowCount,
                Enumerable.Range(0, data.RowCount).Count(i => !gender.IsEmpty(i) && gender.FormatInvariant(i) == "2"),
                Enumerable.Range(0, data.RowCount).Count(i => !gender.IsEmpty(i) && gender.FormatInvariant(i) == "1"));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        private static async Task<(string Output, ReportContent Report)> RunAsync(string name)
        {
            var path = Path.Combine(TestFiles.RepositoryRoot, "notebooks", name + ".ipynb");
            var result = await NotebookRunner.RunAsync(NotebookFile.Read(path), new NotebookRunOptions
            {
                BaseDirectory = Path.GetDirectoryName(path)!,
                NotebookName = name + ".ipynb",
            }, CancellationToken.None);
            Assert.True(result.Success, name + ": " + string.Join("\n", result.Errors));
            var output = string.Join("\n", result.Notebook.Cells.SelectMany(c => c.Outputs)
                .Select(o => (o.Text ?? "") + "\n" + (o.Bundle?.Text ?? "") + "\n" + (o.Bundle?.Data.TryGetValue("text/html", out var h) == true ? System.Net.WebUtility.HtmlDecode(h) : "")));
            return (output, NotebookReportBuilder.Build(result.Notebook, name));
        }
    }
}
