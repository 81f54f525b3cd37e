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
    [MemberData(nameof(ProtocolChecksFixture.Checks), MemberType = typeof(ProtocolChecksFixture))]
    public void Jupyter_client_check_passes(string check) => fixture.AssertPassed(check);
}
