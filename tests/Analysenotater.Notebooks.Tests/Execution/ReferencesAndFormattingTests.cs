using Analysenotater.Notebooks.Execution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Analysenotater.Notebooks.Tests.Execution;

public sealed class ReferencesAndFormattingTests
{
    [Fact]
    public async Task Relative_r_path_resolves_against_the_notebook_folder()
    {
        var dir = TestFiles.NewScratchFolder();
        Directory.CreateDirectory(Path.Combine(dir, "lib"));
        var library = CSharpCompilation.Create("Hjelper",
            [CSharpSyntaxTree.ParseText("public static class Hjelper { public static int Dobbel(int x) => 2 * x; }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.True(library.Emit(Path.Combine(dir, "lib", "Hjelper.dll")).Success);

        using var session = new ScriptSession(new ScriptSessionOptions { BaseDirectory = dir });
        var sink = new RecordingSink();
        var outcome = await session.ExecuteAsync("#r \"lib/Hjelper.dll\"\nHjelper.Dobbel(21)", sink, CancellationToken.None);
        Assert.True(outcome.Success, sink.LastError?.Message);
        Assert.Equal("42", sink.Result!.Text);
    }

    [Fact]
    public async Task DataFrame_Deedle_and_MathNet_are_available_and_frames_render_as_html_tables()
    {
        using var session = new ScriptSession(new ScriptSessionOptions { BaseDirectory = AppContext.BaseDirectory });
        var sink = new RecordingSink();
        var outcome = await session.ExecuteAsync("""
            using Microsoft.Data.Analysis;
            var df = new DataFrame(new PrimitiveDataFrameColumn<double>("score", new[] { 1.5, 2.5 }), new StringDataFrameColumn("gruppe", new[] { "a", "b" }));
            display(df);
            var frame = Deedle.Frame.FromColumns(new Dictionary<string, Deedle.Series<int, double>> { ["x"] = new Deedle.Series<int, double>(new[] { 1, 2 }, new[] { 3.0, 4.0 }) });
            display(frame);
            MathNet.Numerics.Statistics.Statistics.Mean(new[] { 1.0, 2.0, 6.0 })
            """, sink, CancellationToken.None);
        Assert.True(outcome.Success, sink.LastError?.Message);
        var dataFrame = sink.Displays[0].Data["text/html"];
        Assert.Contains("<th>score</th><th>gruppe</th>", dataFrame, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align:right\">2.5</td><td>b</td>", dataFrame, StringComparison.Ordinal);
        var deedle = sink.Displays[1].Data["text/html"];
        Assert.Contains("<th>x</th>", deedle, StringComparison.Ordinal);
        Assert.Contains(">4</td>", deedle, StringComparison.Ordinal);
        Assert.Equal("3", sink.Result!.Text);
    }

    [Fact]
    public async Task Display_with_a_mime_type_and_null_results()
    {
        using var session = new ScriptSession(new ScriptSessionOptions { BaseDirectory = AppContext.BaseDirectory });
        var sink = new RecordingSink();
        await session.ExecuteAsync("display(\"<b>hei</b>\", \"text/html\");\nstring? ingen = null;\ningen", sink, CancellationToken.None);
        Assert.Equal("<b>hei</b>", sink.Displays[0].Data["text/html"]);
        Assert.Equal("null", sink.Result!.Text);
    }
}
