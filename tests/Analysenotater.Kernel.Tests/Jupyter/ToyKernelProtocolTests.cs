namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>
/// The transport, signing and dispatcher driven by Jupyter's own client (jupyter_client, Debian package) against a
/// real kernel process serving the toy interpreter. Expected values are in kernel_protocol_checks.py.
/// </summary>
[Trait("Category", "Jupyter")]
public sealed class ToyKernelProtocolTests(ToyKernelFixture fixture) : IClassFixture<ToyKernelFixture>
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
