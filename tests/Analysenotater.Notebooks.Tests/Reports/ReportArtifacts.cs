using Analysenotater.Cli;

namespace Analysenotater.Notebooks.Tests.Reports;

/// <summary>
/// Runs notebooks 00, 02, 03, 05 and 07 once with <c>run --report</c> into <c>artifacts/</c> at the repository root (ignored
/// by git): the reports land in <c>artifacts/rapporter/</c> and the screenshots of their pages in
/// <c>artifacts/rapporter/skjermbilder/</c>, for a reviewer to open.
/// </summary>
public sealed class ReportArtifacts : IAsyncLifetime
{
    public static readonly string[] Notebooks = ["00-kom-i-gang", "02-frekvenser-og-nokkeltall", "03-kommunestorrelse", "05-regresjon", "07-ks-kommunerapport"];

    public static string OutputRoot => Path.Combine(TestFiles.RepositoryRoot, "artifacts");

    public static string ReportFolder => Path.Combine(OutputRoot, "rapporter");

    public static string ScreenshotFolder => Path.Combine(ReportFolder, "skjermbilder");

    public string RunLog { get; private set; } = "";

    public static string File(string notebook, string extension) => Path.Combine(ReportFolder, notebook + extension);

    public async Task InitializeAsync()
    {
        Assert.True(System.IO.File.Exists("/usr/bin/chromium"), "/usr/bin/chromium is missing: the report tests need Debian's 'chromium' package (.ci/run installs it).");
        foreach (var notebook in Notebooks)
        {
            foreach (var old in Directory.Exists(ReportFolder) ? Directory.GetFiles(ReportFolder, notebook + ".*") : [])
            {
                System.IO.File.Delete(old);
            }

            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await CommandLine.RunAsync(["run", Path.Combine(TestFiles.RepositoryRoot, "notebooks", notebook + ".ipynb"), "--output", OutputRoot, "--format", "ipynb,report,pdf,docx,pptx", "--quiet"], stdout, stderr);
            Assert.True(code == 0, $"{notebook}: exit {code}\n{stderr}");
            RunLog += stdout + stderr.ToString();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
