using Analysenotater.Kernel.CSharp;
using Analysenotater.Kernel.Protocol;
using Analysenotater.Kernel.Tests.Kernel;
using Analysenotater.Kernel.Transport;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Kernel.Tests.CSharp;

/// <summary>
/// The display messages the kernel publishes for the .NET Interactive API: a display handle's first output carries
/// <c>transient.display_id</c>, <c>Update()</c> sends <c>update_display_data</c> with the same id (also from a later
/// cell), <c>ClearOutput()</c> sends <c>clear_output</c>.
/// </summary>
public sealed class DisplayMessagesTests
{
    private static KernelHarness NewHarness()
        => new(new ScriptSessionInterpreter(new ScriptSession(new ScriptSessionOptions { BaseDirectory = Path.GetTempPath(), PackageSources = [] })));

    [Fact]
    public async Task Display_handle_update_and_clear_output_become_jupyter_messages()
    {
        await using var harness = NewHarness();
        var first = await harness.UntilIdleAsync(harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("var h = display(\"en\");\n\"to\".Display();")));
        var displays = first.Where(s => s.Type == "display_data").ToList();
        Assert.Equal(2, displays.Count);
        var id = displays[0].Message.Content.GetProperty("transient").GetProperty("display_id").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal("en", displays[0].Message.Content.GetProperty("data").GetProperty("text/plain").GetString());
        Assert.NotEqual(id, displays[1].Message.Content.GetProperty("transient").GetProperty("display_id").GetString());

        var second = await harness.UntilIdleAsync(harness.Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("h.Update(\"tre\");\nClearOutput(wait: true);")));
        var update = Assert.Single(second, s => s.Type == "update_display_data");
        Assert.Equal(id, update.Message.Content.GetProperty("transient").GetProperty("display_id").GetString());
        Assert.Equal("tre", update.Message.Content.GetProperty("data").GetProperty("text/plain").GetString());
        var clear = Assert.Single(second, s => s.Type == "clear_output");
        Assert.True(clear.Message.Content.GetProperty("wait").GetBoolean());
    }
}
