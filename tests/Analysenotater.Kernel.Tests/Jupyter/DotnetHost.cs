namespace Analysenotater.Kernel.Tests.Jupyter;

internal static class DotnetHost
{
    /// <summary>The dotnet executable running the tests (DOTNET_HOST_PATH, set by the dotnet CLI), else "dotnet" from PATH.</summary>
    public static string Path
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }
}
