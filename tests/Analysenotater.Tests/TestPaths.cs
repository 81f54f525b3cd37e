namespace Analysenotater.Tests;

/// <summary>Locates files of the repository from the test's output directory.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding Analysenotater.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysenotater.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("Analysenotater.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
