namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>
/// The transport, signing and dispatcher driven by Jupyter's own client (jupyter_client, Debian package) against a
/// real kernel process serving the toy interpreter. Expected values are in kernel_protocol_checks.py.
/// </summary>
[Trait("Category", "Jupyter")]
public sealed class ToyKernelProtocolTests(ToyKernelFixture fixture) : IClassFixture<ToyKernelFixture>
{
    [Theory]
    [MemberData(nameof(ProtocolChecksFixture.Checks), MemberType = typeof(ProtocolChecksFixture))]
    public void Jupyter_client_check_passes(string check) => fixture.AssertPassed(check);
}
