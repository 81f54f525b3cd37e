namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>
/// The C# kernel driven by jupyter_client (Debian package) as a real process: kernel_info, execute with state, stdout,
/// display_data with text/html, error reply, complete and inspect, is_complete, interrupt of <c>while (true) {}</c>
/// (by message and by SIGINT) followed by a cell that succeeds, a forged signature rejected and logged and never
/// executed, restart and shutdown. Expected values are in kernel_protocol_checks.py (profile "csharp").
/// </summary>
[Trait("Category", "Jupyter")]
public sealed class CSharpKernelProtocolTests(CSharpKernelFixture fixture) : IClassFixture<CSharpKernelFixture>
{
    [Theory]
    [InlineData("kernelspec")]
    [InlineData("kernel_info")]
    [InlineData("heartbeat")]
    [InlineData("execute_state")]
    [InlineData("stdout")]
    [InlineData("display_html")]
    [InlineData("error_reply")]
    [InlineData("complete")]
    [InlineData("inspect")]
    [InlineData("is_complete")]
    [InlineData("interrupt_message")]
    [InlineData("interrupt_signal")]
    [InlineData("forged_signature")]
    [InlineData("comm_and_history")]
    [InlineData("restart")]
    [InlineData("shutdown")]
    public void JupyterClientCheckPasses(string check) => fixture.AssertPassed(check);
}
