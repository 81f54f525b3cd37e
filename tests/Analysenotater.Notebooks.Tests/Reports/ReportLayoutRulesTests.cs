using Analysenotater.Notebooks.Documents;
using Analysenotater.Reports.Content;
using Analysenotater.Reports.Html;

namespace Analysenotater.Notebooks.Tests.Reports;

/// <summary>
/// Report-mode rules checked on small notebooks built in the test (no run, no browser): Markdown tables take their
/// caption from a Pandoc caption paragraph, and a heading with its short lead-in is kept on the page of the table
/// or figure that follows.
/// </summary>
public sealed class ReportLayoutRulesTests
{
    private const string RulesTable = """
        ## Regler

        | Svar i gruppen | Hva vises |
        |---|---|
        | færre enn 4 | ingenting |
        | 4–10 | bare gjennomsnitt |

        """;

    [Theory]
    [InlineData("Tabell: Personvernreglene")]
    [InlineData("Table: Personvernreglene")]
    [InlineData(": Personvernreglene")]
    public void Markdown_table_takes_its_caption_from_the_Pandoc_caption_paragraph_after_it(string captionLine)
    {
        var notebook = new Notebook([NotebookCell.Markdown("# Tittel\n\n" + RulesTable + "\n" + captionLine + "\n\nTeksten etterpå.")]);
        var report = NotebookReportBuilder.Build(notebook, "x");

        var table = Assert.Single(report.Blocks.OfType<TableBlock>());
        Assert.Equal(1, table.Number);
        Assert.Equal("Personvernreglene", table.Caption);
        Assert.DoesNotContain(report.Blocks.OfType<ProseBlock>(), p => p.Text.Contains("Personvernreglene", StringComparison.Ordinal));
        Assert.Contains(report.Blocks.OfType<ProseBlock>(), p => p.Text == "Teksten etterpå.");
        Assert.Contains("<caption>Tabell 1. Personvernreglene</caption>", ReportHtmlWriter.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_table_without_a_caption_paragraph_keeps_the_prose_after_it()
    {
        var notebook = new Notebook([NotebookCell.Markdown(RulesTable + "\nReglene er på som standard: en skjult celle vises som «*».")]);
        var report = NotebookReportBuilder.Build(notebook, "x");

        Assert.Equal("", Assert.Single(report.Blocks.OfType<TableBlock>()).Caption);
        Assert.Contains(report.Blocks.OfType<ProseBlock>(), p => p.Text.StartsWith("Reglene er på", StringComparison.Ordinal));
    }

    [Fact]
    public void Heading_and_short_lead_in_are_kept_with_the_table_after_them_and_long_prose_is_not()
    {
        var longProse = string.Join(" ", Enumerable.Repeat("Dette er en lang innledning som fyller siden.", 40));
        var notebook = new Notebook([
            NotebookCell.Markdown("# Tittel\n\nInnledning.\n\n## Del 2\n\nKort tekst under overskriften.\n\n### Tabellen\n\n" + RulesTable.Replace("## Regler", "", StringComparison.Ordinal) + "\n"),
            NotebookCell.Markdown("## Del 3\n\n" + longProse + "\n\n" + RulesTable.Replace("## Regler", "", StringComparison.Ordinal) + "\n"),
        ]);
        var html = ReportHtmlWriter.Write(NotebookReportBuilder.Build(notebook, "x"));

        var kept = html.IndexOf("<div class=\"an-keepnext an-newpage\">\n<h2>Del 2</h2>", StringComparison.Ordinal);
        Assert.True(kept >= 0, html);
        var groupEnd = html.IndexOf("</div>\n</div>\n", kept, StringComparison.Ordinal);
        var group = html[kept..groupEnd];
        Assert.Contains("Kort tekst under overskriften.", group, StringComparison.Ordinal);
        Assert.Contains("<h3>Tabellen</h3>", group, StringComparison.Ordinal);
        Assert.Contains("<table class=\"an-table\"><caption>Tabell 1</caption>", group, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Del 3</h2>", group, StringComparison.Ordinal);

        // A heading over a page of prose is not glued to its table.
        Assert.DoesNotContain("<div class=\"an-keepnext an-newpage\">\n<h2>Del 3</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Del 3</h2>", html, StringComparison.Ordinal);
    }
}
