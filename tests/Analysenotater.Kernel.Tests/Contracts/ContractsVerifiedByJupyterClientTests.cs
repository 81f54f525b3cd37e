using Analysenotater.Kernel.Tests.Jupyter;

namespace Analysenotater.Kernel.Tests.Contracts;

/// <summary>The approved message contracts, checked by jupyter_client's Session (signature, framing, tamper refusal).</summary>
[Trait("Category", "Jupyter")]
public sealed class ContractsVerifiedByJupyterClientTests
{
    [Fact]
    public void Jupyter_client_accepts_every_approved_message()
    {
        var folder = Path.Combine(MessageContractTests.SourceDirectory(), "Expectations", "Contracts");
        var script = Path.Combine(AppContext.BaseDirectory, "Contracts", "verify_contracts.py");
        var (exit, output) = ExternalProcess.Run(ExternalProcess.Python, [script, folder, MessageContractTests.Key], folder, new Dictionary<string, string>(), TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        Assert.Equal(MessageContractTests.ContractCases().Count, output.Split('\n').Count(line => line.StartsWith("ok ", StringComparison.Ordinal)));
    }
}
