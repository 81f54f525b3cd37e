using System.Reflection;
using System.Runtime.CompilerServices;

namespace Analysenotater.Kernel.Tests.Jupyter;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The CLI built in the same configuration as the tests (the test project builds it first).</summary>
    public static string CliDll
    {
        get
        {
            var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var path = Path.Combine(Root, "src", "Analysenotater.Cli", "bin", configuration, "net10.0", "Analysenotater.Cli.dll");
            Assert.True(File.Exists(path), $"The CLI is not built at {path}.");
            return path;
        }
    }

    public static string TestsSource([CallerFilePath] string path = "") => Path.GetDirectoryName(Path.GetDirectoryName(path))!;

    private static string FindRoot([CallerFilePath] string path = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Analysenotater.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Analysenotater.sln above {path}.");
    }
}
