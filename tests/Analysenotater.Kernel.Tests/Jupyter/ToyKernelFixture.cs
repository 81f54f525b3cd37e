using Analysenotater.Kernel.KernelSpecs;

namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>The test assembly itself as kernel process (Program.cs), serving the toy interpreter.</summary>
public sealed class ToyKernelFixture : ProtocolChecksFixture
{
    public const string KernelName = "analysenotater-toy";

    public ToyKernelFixture()
        : base("toy", KernelName)
    {
    }

    protected override void InstallKernelSpec(string prefix)
    {
        var testAssembly = typeof(ToyKernelFixture).Assembly.Location;
        var spec = new KernelSpec([DotnetHost.Path, testAssembly, "toy-kernel", "-f", "{connection_file}"], "Toy (kernel tests)", "toy", "message", new Dictionary<string, object>());
        KernelSpecInstaller.InstallToPrefix(spec, KernelName, prefix);
    }
}
