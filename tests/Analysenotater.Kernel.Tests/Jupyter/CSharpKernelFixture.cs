using Analysenotater.Kernel.KernelSpecs;

namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>
/// The real C# kernel (ScriptSession engine) as Jupyter starts it: the production kernelspec (<c>.net-csharp</c>,
/// written by <see cref="KernelSpec.ForCSharp"/>) whose launch command runs <c>KernelCommand.Run</c> from the test
/// assembly's entry point (Program.cs, the same call the CLI's <c>kernel</c> verb makes).
/// </summary>
public sealed class CSharpKernelFixture : ProtocolChecksFixture
{
    public CSharpKernelFixture()
        : base("csharp", KernelSpec.DefaultName)
    {
    }

    protected override void InstallKernelSpec(string prefix)
        => KernelSpecInstaller.InstallToPrefix(KernelSpec.ForCSharp([DotnetHost.Path, typeof(CSharpKernelFixture).Assembly.Location]), KernelSpec.DefaultName, prefix);
}
