using System.Globalization;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Tests.KeyNumbers;

/// <summary>
/// Runs every code cell of one notebook in the repository's <c>notebooks/</c> folder in a single <see cref="ScriptSession"/>,
/// then a probe cell that prints <c>name=value</c> lines (invariant culture), and parses those lines.
/// </summary>
internal static class NotebookProbe
{
    /// <summary>The C# helper the probe cells use: <c>Ut("navn", verdi)</c> prints one invariant <c>navn=verdi</c> line.</summary>
    private const string ProbeHelper = """
        void Ut(string navn, object verdi) => Console.WriteLine(navn + "=" + Convert.ToString(verdi, System.Globalization.CultureInfo.InvariantCulture));
        """;

    public static string NotebooksFolder => Path.Combine(TestFiles.RepositoryRoot, "notebooks");

    public static async Task<ProbeValues> RunAsync(string notebookFileName, string probeCode)
    {
        var path = Path.Combine(NotebooksFolder, notebookFileName);
        Assert.True(File.Exists(path), "notebook not found: " + path);
        var notebook = NotebookFile.Read(path);
        using var session = new ScriptSession(new ScriptSessionOptions { BaseDirectory = NotebooksFolder });
        var cellNumber = 0;
        foreach (var cell in notebook.Cells.Where(c => c.IsCSharp))
        {
            cellNumber++;
            var sink = new RecordingSink();
            var outcome = await session.ExecuteAsync(cell.Source, sink, $"{notebookFileName} (cell {cellNumber})", CancellationToken.None);
            Assert.True(outcome.Success, $"{notebookFileName}, code cell {cellNumber} failed: {sink.LastError?.Message}");
        }

        var probeSink = new RecordingSink();
        var probe = await session.ExecuteAsync(ProbeHelper + "\n" + probeCode, probeSink, notebookFileName + " (probe)", CancellationToken.None);
        Assert.True(probe.Success, $"{notebookFileName}: the probe cell failed: {probeSink.LastError?.Message}");
        return ProbeValues.Parse(notebookFileName, probeSink.Stdout);
    }
}

/// <summary>The <c>name=value</c> lines a probe cell printed.</summary>
internal sealed class ProbeValues
{
    private readonly Dictionary<string, string> _values;
    private readonly string _notebook;

    private ProbeValues(string notebook, Dictionary<string, string> values)
    {
        _notebook = notebook;
        _values = values;
    }

    public static ProbeValues Parse(string notebook, string stdout)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                values[line[..eq]] = line[(eq + 1)..];
            }
        }

        return new ProbeValues(notebook, values);
    }

    public string Text(string name) =>
        _values.TryGetValue(name, out var v) ? v : throw new Xunit.Sdk.XunitException($"{_notebook}: the probe printed no value named '{name}'");

    public double Number(string name) => double.Parse(Text(name), NumberStyles.Float, CultureInfo.InvariantCulture);

    public long Count(string name) => long.Parse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>Asserts |actual − expected| ≤ tolerance and names the notebook, the value and the source in the message.</summary>
    public void Near(string name, double expected, double tolerance, string source)
    {
        var actual = Number(name);
        Assert.True(Math.Abs(actual - expected) <= tolerance,
            $"{_notebook}: {name} = {actual.ToString("R", CultureInfo.InvariantCulture)}, published {expected.ToString(CultureInfo.InvariantCulture)} ± {tolerance.ToString(CultureInfo.InvariantCulture)} ({source})");
    }

    /// <summary>Asserts an exact count.</summary>
    public void Exactly(string name, long expected, string source)
    {
        var actual = Count(name);
        Assert.True(actual == expected, $"{_notebook}: {name} = {actual}, published {expected} ({source})");
    }
}
