using System.Reflection;
using System.Text.RegularExpressions;
using Analysenotater.Statistics.Design;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>
/// Issue 15: no design-based estimator computes a variance outside the one engine (Statistics/Design/DesignVariance.cs).
/// A source scan of the core library (every .cs under src/Analysenotater/Statistics) and reflection over the public
/// API, so an estimator added later that redoes the stratified variance, decides about lonely PSUs or reads the FPC
/// itself fails here.
/// </summary>
public sealed partial class VarianceEngineTests
{
    private const string EngineFile = "Design/DesignVariance.cs";

    private static readonly string StatisticsDir = Path.Combine(TestPaths.RepoRoot, "src", "Analysenotater", "Statistics");

    /// <summary>n/(n − 1) written out: the with-replacement between-PSU factor of a stratified variance.</summary>
    [GeneratedRegex(@"\b(\w+)\s*/\s*\(\s*\1\s*-\s*1(\.0)?\s*\)")]
    private static partial Regex StratumFactor();

    private static IEnumerable<(string File, int Line, string Text)> CodeLines()
    {
        foreach (var path in Directory.EnumerateFiles(StatisticsDir, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(StatisticsDir, path).Replace('\\', '/');
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].Trim();
                if (!code.StartsWith("//", StringComparison.Ordinal))
                {
                    yield return (rel, i + 1, lines[i]);
                }
            }
        }
    }

    /// <summary>Files of design-based estimators: they take or hold a SurveyDesign.</summary>
    private static HashSet<string> DesignBasedFiles() =>
    [
        .. Directory.EnumerateFiles(StatisticsDir, "*.cs", SearchOption.AllDirectories)
            .Where(p => File.ReadAllText(p).Contains("SurveyDesign", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(StatisticsDir, p).Replace('\\', '/')),
    ];

    [Fact]
    public void The_scan_sees_the_design_based_estimators()
    {
        var files = DesignBasedFiles();
        Assert.Contains("Regression/SurveyRegression.cs", files);
        Assert.Contains("Logistic/SurveyLogisticRegression.cs", files);
        Assert.Contains("Comparison/UnitComparison.cs", files);
        Assert.Contains("Design/SurveyDesign.Estimators.cs", files);
        Assert.Contains(CodeLines(), l => l.File == EngineFile && StratumFactor().IsMatch(l.Text)); // the pattern finds the engine's own
    }

    [Fact]
    public void No_design_based_estimator_writes_the_stratified_variance_itself()
    {
        var files = DesignBasedFiles();
        var offenders = CodeLines()
            .Where(l => l.File != EngineFile && files.Contains(l.File) && StratumFactor().IsMatch(l.Text) && !l.Text.Contains("// not a design variance", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Stratified variance outside DesignVariance:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Lonely_psu_and_fpc_are_decided_only_in_the_engine()
    {
        var offenders = CodeLines()
            .Where(l => l.File != EngineFile && (l.Text.Contains("new LonelyPsuException(", StringComparison.Ordinal)
                || (l.Text.Contains("_fpcFactor[", StringComparison.Ordinal) && !l.File.StartsWith("Design/SurveyDesign", StringComparison.Ordinal))))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Lonely-PSU or FPC decided outside DesignVariance:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_design_based_regression_takes_a_SurveyDesign()
    {
        var assembly = typeof(SurveyDesign).Assembly;
        foreach (var name in new[] { "Analysenotater.Statistics.Regression.SurveyRegression", "Analysenotater.Statistics.Logistic.SurveyLogisticRegression" })
        {
            var type = assembly.GetType(name, throwOnError: true)!;
            Assert.Contains(type.GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name == "Fit" && m.GetParameters().Any(p => p.ParameterType == typeof(SurveyDesign)));
            var source = File.ReadAllText(Path.Combine(StatisticsDir, name.Contains("Logistic", StringComparison.Ordinal) ? "Logistic" : "Regression", type.Name + ".cs"));
            Assert.Contains("Engine.Covariance(", source, StringComparison.Ordinal);
        }
    }
}
