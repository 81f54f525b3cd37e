using System.Text.Json;
using Analysenotater.Kernel.Hosting;

namespace Analysenotater.Kernel.Tests.KernelSpecs;

public sealed class KernelSpecInstallerTests
{
    [Fact]
    public void Install_with_prefix_writes_the_polyglot_compatible_kernel_spec()
    {
        var prefix = Directory.CreateTempSubdirectory("kernelspec-").FullName;
        var output = new StringWriter();
        var exit = KernelCommand.Run(["install", "--prefix", prefix], () => throw new InvalidOperationException("not used"), ["dotnet", "/opt/analysenotater/analysenotater.dll"], output, TextWriter.Null);

        Assert.Equal(0, exit);
        var file = Path.Combine(prefix, "share", "jupyter", "kernels", ".net-csharp", "kernel.json");
        Assert.Contains(Path.GetDirectoryName(file)!, output.ToString(), StringComparison.Ordinal);
        using var spec = JsonDocument.Parse(File.ReadAllText(file));
        var root = spec.RootElement;
        Assert.Equal(["dotnet", "/opt/analysenotater/analysenotater.dll", "kernel", "-f", "{connection_file}"], root.GetProperty("argv").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("C# (Analysenotater)", root.GetProperty("display_name").GetString());
        Assert.Equal("C#", root.GetProperty("language").GetString());
        Assert.Equal("message", root.GetProperty("interrupt_mode").GetString());
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var error = new StringWriter();
        var exit = KernelCommand.Run(["install", "--global"], () => throw new InvalidOperationException(), ["x"], TextWriter.Null, error);
        Assert.Equal(2, exit);
        Assert.Contains("'--global'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_connection_file_is_reported_with_exit_code_1()
    {
        var error = new StringWriter();
        var exit = KernelCommand.Run(["-f", "/nonexistent/kernel-9.json"], () => throw new InvalidOperationException(), ["x"], TextWriter.Null, error);
        Assert.Equal(1, exit);
        Assert.Contains("/nonexistent/kernel-9.json", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_prints_usage()
    {
        var error = new StringWriter();
        Assert.Equal(2, KernelCommand.Run([], () => throw new InvalidOperationException(), ["x"], TextWriter.Null, error));
        Assert.Contains("kernel install", error.ToString(), StringComparison.Ordinal);
    }
}
