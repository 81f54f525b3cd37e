using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Tests.Specs;

namespace Analysenotater.Tests.Import;

/// <summary>Executor of the worked examples in docs/specs/import.md: writes the example's CSV, reads it with the KoRus
/// 2017 instrument and compares the reported issues (kind, row, column, value, in file order) and the respondents kept.</summary>
internal static class ImportSpecTests
{
    /// <summary>Runs one example row.</summary>
    public static void Run(SpecExample example)
    {
        var csv = example["CSV"].Trim();
        var content = csv.StartsWith('`') ? csv.Trim('`').Replace("⏎", "\n", StringComparison.Ordinal) + "\n" : "";
        var path = Path.Combine(Path.GetTempPath(), $"an-import-spec-{example.Id}-{Environment.ProcessId}.csv");
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        try
        {
            var result = SurveyCsvReader.Read(path, KnownInstruments.KoRus2017);
            var actual = result.Report.Issues.Count == 0
                ? "ingen"
                : string.Join("; ", result.Report.Issues.Select(Describe));
            Assert.True(example["Forventet"].Trim() == actual, $"{example}: expected «{example["Forventet"].Trim()}», the reader reported «{actual}»");
            Assert.Equal(int.Parse(example["Respondenter"].Trim(), System.Globalization.CultureInfo.InvariantCulture), result.Dataset.RowCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Describe(ImportIssue issue) =>
        issue.Row is null && issue.Column is null
            ? issue.Kind.ToString()
            : $"{issue.Kind}@{issue.Row}:{issue.Column}" + (issue.Value is null ? "" : $"=\"{issue.Value}\"");
}
