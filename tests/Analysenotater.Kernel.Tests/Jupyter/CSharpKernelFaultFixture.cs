using Analysenotater.Kernel.KernelSpecs;

namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>The real C# kernel (installed with the CLI) driven by kernel_fault_checks.py.</summary>
public sealed class CSharpKernelFaultFixture : ProtocolChecksFixture
{
    public CSharpKernelFaultFixture()
        : base("kernel_fault_checks.py", ["--kernel", KernelSpec.DefaultName])
    {
    }

    protected override void InstallKernelSpec(string prefix) => CSharpKernelFixture.InstallWithCli(prefix);
}
