using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Tests.Execution;

public sealed class ScriptSessionTests
{
    private static ScriptSession NewSession() => new(new ScriptSessionOptions { BaseDirectory = AppContext.BaseDirectory, PackageSources = [] });

    [Fact]
    public async Task State_is_kept_across_cells_and_last_expression_is_the_result()
    {
        using var session = NewSession();
        var sink = new RecordingSink();
        Assert.True((await session.ExecuteAsync("var x = 20;", sink, CancellationToken.None)).Success);
        var outcome = await session.ExecuteAsync("x * 2 + 2", sink, CancellationToken.None);
        Assert.True(outcome.Success);
        Assert.Equal(2, outcome.ExecutionCount);
        Assert.Equal("42", sink.Result!.Text);
    }

    [Fact]
    public async Task Console_output_becomes_stdout_stream_of_the_cell()
    {
        using var session = NewSession();
        var sink = new RecordingSink();
        await session.ExecuteAsync("Console.WriteLine(\"hei\"); Console.Write(1.5);", sink, CancellationToken.None);
        Assert.Equal("hei\n1,5", sink.Stdout); // cells run with nb-NO by default
    }

    [Fact]
    public async Task Statement_cells_and_void_calls_give_no_result()
    {
        using var session = NewSession();
        var sink = new RecordingSink();
        await session.ExecuteAsync("Console.WriteLine(\"a\")", sink, CancellationToken.None);
        Assert.Null(sink.Result);
    }

    [Fact]
    public async Task Compile_error_names_cell_line_and_code_and_session_goes_on()
    {
        using var session = NewSession();
        var sink = new RecordingSink();
        await session.ExecuteAsync("var a = 1;", sink, CancellationToken.None);
        var outcome = await session.ExecuteAsync("var b = 2;\nvar c = y + 1;", sink, CancellationToken.None);
        Assert.False(outcome.Success);
        var error = sink.LastError!.Value;
        Assert.Equal("CompilationError", error.Name);
        Assert.StartsWith("(cell 2, line 2): CS0103:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'y'", error.Message, StringComparison.Ordinal);
        var next = new RecordingSink();
        Assert.True((await session.ExecuteAsync("a + 1", next, CancellationToken.None)).Success);
        Assert.Equal("2", next.Result!.Text);
    }

    [Fact]
    public async Task Runtime_error_names_cell_line_and_message()
    {
        using var session = NewSession();
        var sink = new RecordingSink();
        var outcome = await session.ExecuteAsync("var list = new List<int>();\n\nvar first = list.First();", sink, CancellationToken.None);
        Assert.False(outcome.Success);
        var error = sink.LastError!.Value;
        Assert.Equal("InvalidOperationException", error.Name);
        Assert.StartsWith("(cell 1, line 3): Sequence contains no elements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interrupt_stops_an_endless_loop_and_the_session_stays_usable()
    {
        using var session = NewSession();
        var sink = new RecordingSink();
        await session.ExecuteAsync("var n = 5;", sink, CancellationToken.None);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var outcome = await session.ExecuteAsync("while (true) {}", sink, cts.Token);
        Assert.False(outcome.Success);
        Assert.Contains("interrupted", sink.LastError!.Value.Message, StringComparison.Ordinal);
        using var cts2 = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        Assert.False((await session.ExecuteAsync("int Spin(int k) { while (k > 0) { } return k; }\nSpin(1)", sink, cts2.Token)).Success);
        var after = new RecordingSink();
        Assert.True((await session.ExecuteAsync("n + 1", after, CancellationToken.None)).Success);
        Assert.Equal("6", after.Result!.Text);
    }

    [Fact]
    public async Task Interrupt_of_a_blocking_call_gives_up_after_the_grace_period_and_keeps_the_previous_state()
    {
        using var session = new ScriptSession(new ScriptSessionOptions { BaseDirectory = AppContext.BaseDirectory, InterruptGracePeriod = TimeSpan.FromMilliseconds(500) });
        var sink = new RecordingSink();
        await session.ExecuteAsync("var k = 41;", sink, CancellationToken.None);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var outcome = await session.ExecuteAsync("k = 0;\nSystem.Threading.Thread.Sleep(30_000);", sink, cts.Token);
        Assert.False(outcome.Success);
        Assert.True(outcome.Elapsed < TimeSpan.FromSeconds(20), outcome.Elapsed.ToString());
        Assert.Equal("(cell 2): the cell was interrupted.", sink.LastError!.Value.Message);
        var after = new RecordingSink();
        Assert.True((await session.ExecuteAsync("k + 1", after, CancellationToken.None)).Success);
        Assert.Equal(3, session.ExecutionCount);
    }

    [Fact]
    public async Task Display_sends_rich_bundles_in_order()
    {
        using var session = NewSession();
        var sink = new RecordingSink();
        await session.ExecuteAsync("""
            var t = new ReportTableBuilder("Tabell", "Gruppe", "Andel").Row(ReportCell.FromText("A"), ReportCell.FromPercent(25)).Build();
            display(t);
            Console.WriteLine("etter");
            Chart.Bar<double, string, string>(new[] { 1.0, 2.0 }, new[] { "a", "b" })
            """, sink, CancellationToken.None);
        Assert.Equal(["display", "stream", "result"], sink.Events.Select(e => e.Kind));
        Assert.Contains("<table", sink.Displays[0].Data["text/html"], StringComparison.Ordinal);
        Assert.Contains("\"type\":\"bar\"", sink.Result!.Data["application/vnd.plotly.v1+json"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nuget_reference_to_a_carried_package_is_accepted_with_a_note_and_others_fail_naming_the_line()
    {
        using var session = NewSession();
        var sink = new RecordingSink();
        Assert.True((await session.ExecuteAsync("#r \"nuget: Plotly.NET, 4.2.0\"\n1", sink, CancellationToken.None)).Success);
        Assert.Contains("the engine carries Plotly.NET 6.0.0, and no 4.x version", sink.Stdout, StringComparison.Ordinal);
        var bad = new RecordingSink();
        Assert.False((await session.ExecuteAsync("// data\n#r \"nuget: Newtonsoft.Jsonx, 13.0.1\"", bad, CancellationToken.None)).Success);
        Assert.StartsWith("(cell 2, line 2): #r \"nuget: Newtonsoft.Jsonx, 13.0.1\": the package 'Newtonsoft.Jsonx' was not found. Sources tried: none", bad.LastError!.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_lists_members_and_variables_of_earlier_cells()
    {
        using var session = NewSession();
        await session.ExecuteAsync("var antallSvar = 12; var navn = \"x\";", new RecordingSink(), CancellationToken.None);
        var locals = await session.CompleteAsync("antall", 6, CancellationToken.None);
        Assert.Contains(locals, c => c.Text == "antallSvar");
        var members = await session.CompleteAsync("navn.ToUpp", 10, CancellationToken.None);
        Assert.Contains(members, c => c.Text == "ToUpper" && c.Kind == "method");
    }

    [Fact]
    public async Task Inspection_gives_signature_and_documentation()
    {
        using var session = NewSession();
        var result = await session.InspectAsync("ReportCell.FromPercent(0.5)", 14, CancellationToken.None);
        Assert.NotNull(result);
        Assert.Contains("Percent", result.Signature, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(result.Documentation));
    }

    [Theory]
    [InlineData("var x = 1;", CompletenessStatus.Complete)]
    [InlineData("if (x > 1) {", CompletenessStatus.Incomplete)]
    [InlineData("var x = ;", CompletenessStatus.Invalid)]
    public void IsComplete_classifies(string code, CompletenessStatus expected)
    {
        using var session = NewSession();
        Assert.Equal(expected, session.IsComplete(code));
    }
}
