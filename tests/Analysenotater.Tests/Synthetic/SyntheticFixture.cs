using Analysenotater.KoRus2017.Reproduction;
using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.Tests.Synthetic;

/// <summary>Generates the default-seed KoRus data once per test run (about 20 s) and shares it between test classes.</summary>
internal static class SyntheticFixture
{
    private static readonly Lazy<KoRusSyntheticResult> LazyResult = new(() => KoRusSyntheticGenerator.GenerateDetailed());
    private static readonly Lazy<ReproductionReport> LazyReport = new(() => ReproductionReport.Run(LazyResult.Value.Dataset));

    public static KoRusSyntheticResult Result => LazyResult.Value;

    public static ReproductionReport Report => LazyReport.Value;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysenotater.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Analysenotater.sln not found above " + AppContext.BaseDirectory);
    }
}
