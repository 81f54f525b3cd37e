using System.Text.RegularExpressions;
using Analysenotater.Export;
using Analysenotater.Frames;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure;

/// <summary>Build point 7 of issue 17: microdata conversions and writers are named as such and never used by the report path.</summary>
public sealed class MicrodataBoundaryTests
{
    [Fact]
    public void The_core_references_no_data_frame_library_and_the_conversions_say_microdata()
    {
        var core = typeof(FrequencyTable).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("Deedle", core);
        Assert.DoesNotContain("Microsoft.Data.Analysis", core);
        Assert.DoesNotContain("Analysenotater.Frames", core);
        Assert.All(typeof(MicrodataFrames).GetMethods().Where(m => m.IsStatic && m.DeclaringType == typeof(MicrodataFrames)),
            m => Assert.Contains("Microdata", m.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_writer_of_respondent_level_data_is_named_microdata()
    {
        // Every public type of the export namespace writes a SurveyDataset row by row: its name must say so.
        var writers = typeof(MicrodataCsvWriter).Assembly.GetExportedTypes().Where(t => t.Namespace == "Analysenotater.Export").ToList();
        Assert.NotEmpty(writers);
        Assert.All(writers, t => Assert.StartsWith("Microdata", t.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_path_never_uses_a_microdata_writer_or_conversion()
    {
        // The report path: reports, notebooks runner, kernel, charts, the CLI's report commands, and every notebook.
        var root = TestPaths.RepoRoot;
        var folders = new[] { "src/Analysenotater.Reports", "src/Analysenotater.Notebooks", "src/Analysenotater.Kernel", "src/Analysenotater.Plotting", "src/Analysenotater.Cli/Commands" };
        var files = folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(root, f), "*.cs", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "notebooks"), "*.ipynb"))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src/Analysenotater.Cli/DataCommands"), "*.cs").Where(f => !f.EndsWith("ConvertDataCommand.cs", StringComparison.Ordinal)))
            .ToList();
        Assert.True(files.Count > 20);
        var microdata = new Regex(@"Microdata(Csv|Xlsx)Writer|ToMicrodata\w*|SpssWriter|SavWriter", RegexOptions.CultureInvariant);
        var hits = files.Where(f => microdata.IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(root, f)).ToList();
        Assert.Empty(hits);
    }
}
