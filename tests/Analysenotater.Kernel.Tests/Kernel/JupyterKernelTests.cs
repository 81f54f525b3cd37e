using Analysenotater.Kernel.Protocol;
using Analysenotater.Kernel.Transport;

namespace Analysenotater.Kernel.Tests.Kernel;

public sealed class JupyterKernelTests
{
    private static readonly string[] BusyReplyIdle = ["status:busy", "kernel_info_reply", "status:idle"];

    [Fact]
    public async Task Kernel_info_is_wrapped_in_busy_and_idle_and_echoes_identity_and_parent()
    {
        await using var harness = new KernelHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.KernelInfoRequest, new { });

        var sent = (await harness.UntilIdleAsync(request)).Where(s => s.ParentId == request.Header.MessageId).ToList();

        Assert.Equal(BusyReplyIdle, sent.Select(Describe));
        Assert.Equal([KernelChannel.IoPub, KernelChannel.Shell, KernelChannel.IoPub], sent.Select(s => s.Channel));
        var reply = sent[1].Message;
        Assert.Equal(KernelHarness.Identity, Assert.Single(reply.Identities));
        Assert.Equal(request.RawHeader, reply.RawParentHeader);
        Assert.Equal("5.3", reply.Content.GetProperty("protocol_version").GetString());
        Assert.Equal("toy", reply.Content.GetProperty("language_info").GetProperty("name").GetString());
        Assert.Equal("ok", reply.Content.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Starting_status_is_broadcast_first()
    {
        await using var harness = new KernelHarness();
        var first = await harness.DrainAsync(TimeSpan.FromMilliseconds(200));
        Assert.True(first[0].IsStatus("starting"));
        Assert.Equal("{}", System.Text.Encoding.UTF8.GetString(first[0].Message.RawParentHeader));
    }

    [Fact]
    public async Task Execute_keeps_state_and_numbers_cells()
    {
        await using var harness = new KernelHarness();
        var first = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("set answer 42"));
        var firstSent = await harness.UntilIdleAsync(first);
        var second = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("get answer"));
        var secondSent = await harness.UntilIdleAsync(second);

        var firstReply = Assert.Single(firstSent, s => s.Type == "execute_reply");
        Assert.Equal("ok", firstReply.Text("status"));
        Assert.Equal(1, firstReply.Message.Content.GetProperty("execution_count").GetInt32());

        var ofSecond = secondSent.Where(s => s.ParentId == second.Header.MessageId).Select(Describe).ToList();
        Assert.Equal(["status:busy", "execute_input", "execute_result", "execute_reply", "status:idle"], ofSecond);
        var input = secondSent.Single(s => s.Type == "execute_input");
        Assert.Equal(2, input.Message.Content.GetProperty("execution_count").GetInt32());
        Assert.Equal("get answer", input.Text("code"));
        var result = secondSent.Single(s => s.Type == "execute_result");
        Assert.Equal("42", result.Message.Content.GetProperty("data").GetProperty("text/plain").GetString());
        Assert.Equal(2, result.Message.Content.GetProperty("execution_count").GetInt32());
    }

    [Fact]
    public async Task Streams_and_html_displays_are_published_in_order()
    {
        await using var harness = new KernelHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("print hei\nhtml tabell\neprint advarsel"));
        var sent = (await harness.UntilIdleAsync(request)).Where(s => s.Type is "stream" or "display_data").ToList();

        Assert.Equal(3, sent.Count);
        Assert.Equal(("stdout", "hei\n"), (sent[0].Text("name"), sent[0].Text("text")));
        var data = sent[1].Message.Content.GetProperty("data");
        Assert.Equal("<b>tabell</b>", data.GetProperty("text/html").GetString());
        Assert.Equal("tabell", data.GetProperty("text/plain").GetString());
        Assert.Equal(("stderr", "advarsel\n"), (sent[2].Text("name"), sent[2].Text("text")));
    }

    [Fact]
    public async Task Json_mime_types_are_sent_as_json_objects()
    {
        await using var harness = new KernelHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("json {\"a\":[1,2]}"));
        var display = (await harness.UntilIdleAsync(request)).Single(s => s.Type == "display_data");
        var json = display.Message.Content.GetProperty("data").GetProperty("application/json");
        Assert.Equal(System.Text.Json.JsonValueKind.Object, json.ValueKind);
        Assert.Equal(2, json.GetProperty("a")[1].GetInt32());
    }

    [Fact]
    public async Task Error_is_published_and_replied_with_error_status()
    {
        await using var harness = new KernelHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("get missing"));
        var sent = await harness.UntilIdleAsync(request);

        var error = Assert.Single(sent, s => s.Type == "error");
        Assert.Equal("NameError", error.Text("ename"));
        var reply = Assert.Single(sent, s => s.Type == "execute_reply");
        Assert.Equal("error", reply.Text("status"));
        Assert.Equal("NameError", reply.Text("ename"));
        Assert.Contains("(cell 1, line 1)", reply.Text("evalue"), StringComparison.Ordinal);
        Assert.Equal(1, reply.Message.Content.GetProperty("traceback").GetArrayLength());
    }

    [Fact]
    public async Task Silent_execution_publishes_nothing_but_status()
    {
        await using var harness = new KernelHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("print secret\ncount", Silent: true));
        var sent = (await harness.UntilIdleAsync(request)).Where(s => s.ParentId == request.Header.MessageId).Select(Describe);
        Assert.Equal(["status:busy", "execute_reply", "status:idle"], sent);
        Assert.Equal(0, harness.Interpreter.ExecutionCount);
    }

    [Fact]
    public async Task Forged_signature_is_rejected_logged_and_never_executed()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"forged-{Guid.NewGuid():N}");
        await using var harness = new KernelHarness();
        harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest($"touch {marker}"), key: "not-the-key");
        var control = harness.Send(KernelChannel.Shell, MessageTypes.KernelInfoRequest, new { });

        var sent = await harness.UntilIdleAsync(control);

        Assert.DoesNotContain(sent, s => s.Type is "execute_input" or "execute_reply");
        Assert.False(File.Exists(marker));
        Assert.Equal(1, harness.Kernel.RejectedMessageCount);
        Assert.Contains("Rejected a message on Shell and did not run it: invalid HMAC-SHA256 signature", harness.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correctly_signed_touch_does_execute()
    {
        // The positive control of the forged-signature test: the same request with the right key runs.
        var marker = Path.Combine(Path.GetTempPath(), $"signed-{Guid.NewGuid():N}");
        await using var harness = new KernelHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest($"touch {marker}"));
        await harness.UntilIdleAsync(request);
        Assert.True(File.Exists(marker));
        File.Delete(marker);
    }

    [Fact]
    public async Task Frames_without_delimiter_are_rejected()
    {
        await using var harness = new KernelHarness();
        harness.Transport.Deliver(new TransportFrames(KernelChannel.Shell, ["junk"u8.ToArray(), "{}"u8.ToArray()]));
        var control = harness.Send(KernelChannel.Shell, MessageTypes.KernelInfoRequest, new { });
        await harness.UntilIdleAsync(control);
        Assert.Equal(1, harness.Kernel.RejectedMessageCount);
        Assert.Contains("no <IDS|MSG> delimiter", harness.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interrupt_on_control_stops_a_running_cell_and_the_kernel_lives_on()
    {
        await using var harness = new KernelHarness();
        var loop = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("loop"));
        await Task.Delay(200);
        var interrupt = harness.Send(KernelChannel.Control, MessageTypes.InterruptRequest, new { });
        var sent = await harness.UntilIdleAsync(loop);

        var interruptReply = sent.FindIndex(s => s.Type == "interrupt_reply" && s.ParentId == interrupt.Header.MessageId);
        var loopReply = sent.FindIndex(s => s.Type == "execute_reply");
        Assert.True(interruptReply >= 0, string.Join("\n", sent));
        Assert.Equal(KernelChannel.Control, sent[interruptReply].Channel);
        Assert.Equal("error", sent[loopReply].Text("status"));
        Assert.Equal("OperationCanceledException", sent[loopReply].Text("ename"));

        var next = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("print still alive"));
        var after = await harness.UntilIdleAsync(next);
        Assert.Equal("ok", after.Single(s => s.Type == "execute_reply").Text("status"));
    }

    [Fact]
    public async Task After_a_failure_with_stop_on_error_queued_cells_are_aborted()
    {
        await using var harness = new KernelHarness();
        var loop = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("loop"));
        await Task.Delay(200);
        var queued1 = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("print never"));
        var queued2 = harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("print never again"));
        harness.Send(KernelChannel.Control, MessageTypes.InterruptRequest, new { });

        var sent = await harness.UntilIdleAsync(queued2);

        var replies = sent.Where(s => s.Type == "execute_reply").ToDictionary(s => s.ParentId!, s => s.Text("status"));
        Assert.Equal("error", replies[loop.Header.MessageId]);
        Assert.Equal("aborted", replies[queued1.Header.MessageId]);
        Assert.Equal("aborted", replies[queued2.Header.MessageId]);
        Assert.DoesNotContain(sent, s => s.Type == "stream");
    }

    [Theory]
    [InlineData("print a", "complete", null)]
    [InlineData("print a \\", "incomplete", "  ")]
    [InlineData("print !!", "invalid", null)]
    public async Task Is_complete_reports_status_and_indent(string code, string status, string? indent)
    {
        await using var harness = new KernelHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.IsCompleteRequest, new IsCompleteRequest(code));
        var reply = (await harness.UntilIdleAsync(request)).Single(s => s.Type == "is_complete_reply");
        Assert.Equal(status, reply.Text("status"));
        Assert.Equal(indent, reply.Message.Content.TryGetProperty("indent", out var i) ? i.GetString() : null);
    }

    [Fact]
    public async Task Complete_converts_cursor_between_code_points_and_UTF16()
    {
        // "x😀 pr": the emoji is one code point but two UTF-16 units; cursor at the end is code point 5, UTF-16 index 6.
        await using var harness = new KernelHarness();
        var request = harness.Send(KernelChannel.Shell, MessageTypes.CompleteRequest, new CompleteRequest("x😀 pr", 5));
        var reply = (await harness.UntilIdleAsync(request)).Single(s => s.Type == "complete_reply").Message.Content;
        Assert.Equal(["print"], reply.GetProperty("matches").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(3, reply.GetProperty("cursor_start").GetInt32());
        Assert.Equal(5, reply.GetProperty("cursor_end").GetInt32());
        var type = reply.GetProperty("metadata").GetProperty("_jupyter_types_experimental")[0];
        Assert.Equal("keyword", type.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Inspect_finds_known_names_only()
    {
        await using var harness = new KernelHarness();
        await harness.UntilIdleAsync(harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("set alder 37")));
        var found = harness.Send(KernelChannel.Shell, MessageTypes.InspectRequest, new InspectRequest("get alder", 6));
        var foundReply = (await harness.UntilIdleAsync(found)).Single(s => s.Type == "inspect_reply").Message.Content;
        var missing = harness.Send(KernelChannel.Shell, MessageTypes.InspectRequest, new InspectRequest("get kjonn", 6));
        var missingReply = (await harness.UntilIdleAsync(missing)).Single(s => s.Type == "inspect_reply").Message.Content;

        Assert.True(foundReply.GetProperty("found").GetBoolean());
        Assert.Equal("alder = 37", foundReply.GetProperty("data").GetProperty("text/plain").GetString());
        Assert.False(missingReply.GetProperty("found").GetBoolean());
        Assert.Empty(missingReply.GetProperty("data").EnumerateObject());
    }

    [Fact]
    public async Task Comm_info_and_history_are_empty()
    {
        await using var harness = new KernelHarness();
        var comm = harness.Send(KernelChannel.Shell, MessageTypes.CommInfoRequest, new { });
        var commReply = (await harness.UntilIdleAsync(comm)).Single(s => s.Type == "comm_info_reply").Message.Content;
        var history = harness.Send(KernelChannel.Shell, MessageTypes.HistoryRequest, new { hist_access_type = "tail", n = 10 });
        var historyReply = (await harness.UntilIdleAsync(history)).Single(s => s.Type == "history_reply").Message.Content;
        Assert.Empty(commReply.GetProperty("comms").EnumerateObject());
        Assert.Equal(0, historyReply.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Comm_open_is_answered_with_comm_close()
    {
        await using var harness = new KernelHarness();
        var open = harness.Send(KernelChannel.Shell, MessageTypes.CommOpen, new { comm_id = "c-1", target_name = "jupyter.widget", data = new { } });
        var close = (await harness.UntilIdleAsync(open)).Single(s => s.Type == "comm_close");
        Assert.Equal("c-1", close.Text("comm_id"));
    }

    [Fact]
    public async Task Unknown_message_type_is_logged_and_the_kernel_lives_on()
    {
        await using var harness = new KernelHarness();
        var odd = harness.Send(KernelChannel.Shell, "frobnicate_request", new { });
        var sent = (await harness.UntilIdleAsync(odd)).Where(s => s.ParentId == odd.Header.MessageId).Select(Describe);
        Assert.Equal(["status:busy", "status:idle"], sent);
        Assert.Contains("Unknown message type 'frobnicate_request'", harness.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shutdown_replies_on_control_broadcasts_and_stops()
    {
        var harness = new KernelHarness();
        var request = harness.Send(KernelChannel.Control, MessageTypes.ShutdownRequest, new ShutdownRequest(Restart: true));
        var sent = await harness.UntilIdleAsync(request);
        await harness.Running.WaitAsync(TimeSpan.FromSeconds(10));

        var reply = Assert.Single(sent, s => s.Type == "shutdown_reply" && s.Channel == KernelChannel.Control);
        Assert.True(reply.Message.Content.GetProperty("restart").GetBoolean());
        Assert.Single(sent, s => s.Type == "shutdown_reply" && s.Channel == KernelChannel.IoPub);
        Assert.True(harness.Toy.ShutDown);
        Assert.True(harness.Transport.IsStopped);
        await harness.DisposeAsync();
    }

    private static string Describe(KernelHarness.Sent sent)
        => sent.Type == "status" ? $"status:{sent.Text("execution_state")}" : sent.Type;
}
