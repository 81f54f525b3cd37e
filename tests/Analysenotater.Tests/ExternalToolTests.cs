using Analysenotater.Tests.Shared;

namespace Analysenotater.Tests;

/// <summary>The outside-tool helper fails with the tool's and the package's name, never skips.</summary>
public sealed class ExternalToolTests
{
    [Fact]
    public void A_missing_tool_fails_naming_the_tool_and_its_package()
    {
        var ex = Assert.Throws<ExternalToolMissingException>(() => ExternalTool.Require("no-such-tool-15", "no-such-package"));
        Assert.Contains("'no-such-tool-15'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y --no-install-recommends no-such-package", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tools_CI_installs_are_found()
    {
        // .ci/run installs these; on a machine without them this test says which one is missing. R is not among them:
        // its reference values are committed beside the scripts that produced them, so CI never runs R.
        Assert.EndsWith("pspp", ExternalTool.Pspp, StringComparison.Ordinal);
        Assert.Equal("/usr/bin/python3", ExternalTool.Python);
    }
}
