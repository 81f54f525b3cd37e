using Analysenotater.Kernel.KernelSpecs;

namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>
/// The real C# kernel as Jupyter starts it: <c>analysenotater kernel install --prefix &lt;temp&gt;</c> (the CLI, run as a
/// process) writes the <c>.net-csharp</c> kernelspec, and jupyter_client launches <c>analysenotater kernel -f …</c> from it.
/// </summary>
public sealed class CSharpKernelFixture : ProtocolChecksFixture
{
    public CSharpKernelFixture()
        : base("csharp", KernelSpec.DefaultName)
    {
    }

    protected override void InstallKernelSpec(string prefix) => InstallWithCli(prefix);

    internal static void InstallWithCli(string prefix)
    {
        var (exit, output) = ExternalProcess.Run(DotnetHost.Path, [RepositoryPaths.CliDll, "kernel", "install", "--prefix", prefix], prefix, new Dictionary<string, string>(), TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, $"kernel install failed ({exit}): {output}");
        Assert.Contains(".net-csharp", output, StringComparison.Ordinal);
    }
}
