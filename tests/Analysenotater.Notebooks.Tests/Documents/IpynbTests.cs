using System.Text.Json.Nodes;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Tests.Documents;

public sealed class IpynbTests
{
    [Fact]
    public void Reads_nbformat_4_4_polyglot_notebook_with_tags_and_languages()
    {
        var nb = NotebookFile.Read(TestFiles.Fixture("basics.ipynb"));
        Assert.Equal(7, nb.Cells.Count);
        Assert.Equal(NotebookCellKind.Markdown, nb.Cells[0].Kind);
        Assert.All(nb.Cells.Skip(1), c => Assert.True(c.IsCSharp));
        Assert.Equal(["parameters"], nb.Cells[1].Tags);
        Assert.StartsWith("var kommune = \"Trondheim\";\nint minsteN = 5;", nb.Cells[1].Source, StringComparison.Ordinal);
        Assert.Contains(".net-csharp", nb.MetadataJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_notebook_with_every_output_kind_validates_against_nbformat_and_reads_back()
    {
        var bundle = new MimeBundle(new Dictionary<string, string>
        {
            ["text/plain"] = "linje 1\nlinje 2",
            ["text/html"] = "<b>æøå</b>",
            ["application/vnd.plotly.v1+json"] = "{\"data\":[{\"type\":\"bar\",\"x\":[1,2]}],\"layout\":{}}",
        });
        var nb = new Notebook(
        [
            NotebookCell.Markdown("# Tittel\n\nTekst med æøå."),
            NotebookCell.Code("var x = 1;\nx") with
            {
                Tags = ["parameters"],
                ExecutionCount = 1,
                Outputs =
                [
                    CellOutput.Stream("stdout", "hei\n"),
                    CellOutput.Display(bundle),
                    CellOutput.Result(MimeBundle.PlainText("1"), 1),
                    CellOutput.Error("CompilationError", "(cell 1, line 2): CS0103: x", ["CompilationError: (cell 1, line 2): CS0103: x"]),
                ],
            },
            NotebookCell.Code(""),
            new NotebookCell(NotebookCellKind.Raw, "raw"),
        ]);
        var path = Path.Combine(TestFiles.NewScratchFolder(), "all.ipynb");
        NotebookFile.Write(path, nb);
        TestFiles.AssertValidNbformat(path);

        var json = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(5, json["nbformat_minor"]!.GetValue<int>());
        var display = json["cells"]![1]!["outputs"]![1]!["data"]!;
        Assert.IsType<JsonObject>(display["application/vnd.plotly.v1+json"]);
        Assert.Equal(["linje 1\n", "linje 2"], display["text/plain"]!.AsArray().Select(n => n!.GetValue<string>()));

        var back = NotebookFile.Read(path);
        Assert.Equal(nb.Cells.Select(c => (c.Kind, c.Source)), back.Cells.Select(c => (c.Kind, c.Source)));
        Assert.Equal(["parameters"], back.Cells[1].Tags);
        Assert.Equal("<b>æøå</b>", back.Cells[1].Outputs[1].Bundle!.Data["text/html"]);
        Assert.Equal("linje 1\nlinje 2", back.Cells[1].Outputs[1].Bundle!.Data["text/plain"]);
        Assert.Equal("(cell 1, line 2): CS0103: x", back.Cells[1].Outputs[3].ErrorValue);
    }

    [Fact]
    public void Malformed_notebook_gives_an_error_naming_file_and_cell()
    {
        var e = Assert.Throws<NotebookFormatException>(() => IpynbReader.Parse("""{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[{"cell_type":"code","source":"x"},{"source":"y"}]}""", "feil.ipynb"));
        Assert.Equal("feil.ipynb, cell 2: missing 'cell_type'.", e.Message);
        var v3 = Assert.Throws<NotebookFormatException>(() => IpynbReader.Parse("""{"nbformat":3,"worksheets":[]}""", "gammel.ipynb"));
        Assert.Contains("gammel.ipynb: nbformat 3", v3.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_or_invalid_cell_ids_are_made_unique_and_valid()
    {
        var nb = new Notebook([NotebookCell.Code("1") with { Id = "a" }, NotebookCell.Code("2") with { Id = "a" }, NotebookCell.Code("3") with { Id = "ugyldig id!" }]);
        var path = Path.Combine(TestFiles.NewScratchFolder(), "ids.ipynb");
        NotebookFile.Write(path, nb);
        TestFiles.AssertValidNbformat(path);
        var ids = NotebookFile.Read(path).Cells.Select(c => c.Id).ToList();
        Assert.Equal(["a", "a-2", "cell-3"], ids);
    }
}
