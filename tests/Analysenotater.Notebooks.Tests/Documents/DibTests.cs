using Analysenotater.Notebooks.Documents;

namespace Analysenotater.Notebooks.Tests.Documents;

public sealed class DibTests
{
    [Fact]
    public void Dib_is_read_into_markdown_and_csharp_cells()
    {
        var nb = NotebookFile.Read(TestFiles.Fixture("polyglot.dib"));
        Assert.Equal([NotebookCellKind.Markdown, NotebookCellKind.Code, NotebookCellKind.Code], nb.Cells.Select(c => c.Kind));
        Assert.Equal("# Polyglot-notatbok\n\nEn **.dib**-fil med to celler.", nb.Cells[0].Source);
        Assert.Equal("var svar = Enumerable.Range(1, 4).Sum();\nsvar", nb.Cells[1].Source);
        Assert.True(nb.Cells[2].IsCSharp);
    }

    [Fact]
    public void Dib_to_ipynb_and_back_reproduces_the_file()
    {
        var original = File.ReadAllText(TestFiles.Fixture("polyglot.dib"));
        var dir = TestFiles.NewScratchFolder();
        var ipynb = Path.Combine(dir, "p.ipynb");
        NotebookFile.Write(ipynb, NotebookFile.Read(TestFiles.Fixture("polyglot.dib")));
        TestFiles.AssertValidNbformat(ipynb);
        var dib = Path.Combine(dir, "p.dib");
        NotebookFile.Write(dib, NotebookFile.Read(ipynb));
        Assert.Equal(original, File.ReadAllText(dib));
    }

    [Fact]
    public void Ipynb_to_dib_and_back_keeps_cells_kinds_and_sources()
    {
        var original = NotebookFile.Read(TestFiles.Fixture("basics.ipynb"));
        var back = DibFormat.Parse(DibFormat.Serialize(original), "x.dib");
        Assert.Equal(original.Cells.Select(c => (c.Kind, c.Language, c.Source)), back.Cells.Select(c => (c.Kind, c.Language, c.Source)));
    }

    [Fact]
    public void Bad_meta_block_names_the_file()
    {
        var e = Assert.Throws<NotebookFormatException>(() => DibFormat.Parse("#!meta\n\n{nope\n\n#!csharp\n\n1", "feil.dib"));
        Assert.StartsWith("feil.dib: the #!meta block is not valid JSON", e.Message, StringComparison.Ordinal);
    }
}
