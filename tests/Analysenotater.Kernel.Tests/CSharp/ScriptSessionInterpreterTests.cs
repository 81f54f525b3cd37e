using Analysenotater.Kernel.CSharp;
using Analysenotater.Kernel.Protocol;
using Analysenotater.Kernel.Tests.Kernel;
using Analysenotater.Kernel.Transport;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Kernel.Tests.CSharp;

/// <summary>The engine adapter behind the dispatcher, on the in-memory transport (no sockets).</summary>
public sealed class ScriptSessionInterpreterTests
{
    private static KernelHarness NewHarness()
        => new(new ScriptSessionInterpreter(new ScriptSession(new ScriptSessionOptions { BaseDirectory = Path.GetTempPath() })));

    [Fact]
    public async Task Cells_share_state_and_the_last_expression_is_the_result()
    {
        await using var harness = NewHarness();
        await harness.UntilIdleAsync(harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("var n = 6;")));
        var request = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("n * 7"));
        var sent = await harness.UntilIdleAsync(request);

        var result = Assert.Single(sent, s => s.Type == "execute_result");
        Assert.Equal("42", result.Message.Content.GetProperty("data").GetProperty("text/plain").GetString());
        Assert.Equal(2, result.Message.Content.GetProperty("execution_count").GetInt32());
        Assert.Equal(2, sent.Single(s => s.Type == "execute_input").Message.Content.GetProperty("execution_count").GetInt32());
        Assert.Equal(2, sent.Single(s => s.Type == "execute_reply").Message.Content.GetProperty("execution_count").GetInt32());
    }

    [Fact]
    public async Task Compile_error_names_cell_and_line_in_reply_and_error_message()
    {
        await using var harness = NewHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("var a = 1;\nb + 1"));
        var sent = await harness.UntilIdleAsync(request);

        var reply = sent.Single(s => s.Type == "execute_reply");
        Assert.Equal("error", reply.Text("status"));
        Assert.Contains("(cell 1, line 2): CS0103", reply.Text("evalue"), StringComparison.Ordinal);
        Assert.Equal(reply.Text("ename"), sent.Single(s => s.Type == "error").Text("ename"));
    }

    [Fact]
    public async Task Interrupt_stops_an_endless_loop_and_the_session_goes_on()
    {
        await using var harness = NewHarness();
        var loop = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("var i = 0;\nwhile (true) { i++; }"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        harness.Send(KernelChannel.Control, MessageTypes.InterruptRequest, new { });
        var sent = await harness.UntilIdleAsync(loop);
        Assert.Equal("error", sent.Single(s => s.Type == "execute_reply" && s.ParentId == loop.Header.MessageId).Text("status"));

        var next = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("\"fortsatt i live\""));
        var after = await harness.UntilIdleAsync(next);
        Assert.Equal("fortsatt i live", after.Single(s => s.Type == "execute_result").Message.Content.GetProperty("data").GetProperty("text/plain").GetString());
    }

    [Fact]
    public async Task Completion_replaces_the_word_being_typed()
    {
        await using var harness = NewHarness();
        await harness.UntilIdleAsync(harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("var kommunestorrelse = 2;")));
        var request = harness.Send(KernelChannel.Shell, MessageTypes.CompleteRequest, new CompleteRequest("kommunes", 8));
        var reply = (await harness.UntilIdleAsync(request)).Single(s => s.Type == "complete_reply").Message.Content;

        Assert.Contains("kommunestorrelse", reply.GetProperty("matches").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(0, reply.GetProperty("cursor_start").GetInt32());
        Assert.Equal(8, reply.GetProperty("cursor_end").GetInt32());
    }

    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("if (true) {", "incomplete")]
    public async Task Is_complete_uses_the_engine(string code, string status)
    {
        await using var harness = NewHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.IsCompleteRequest, new IsCompleteRequest(code));
        Assert.Equal(status, (await harness.UntilIdleAsync(request)).Single(s => s.Type == "is_complete_reply").Text("status"));
    }
}
