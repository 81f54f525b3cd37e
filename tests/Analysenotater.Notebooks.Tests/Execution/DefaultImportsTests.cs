using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Tests.Execution;

public sealed class DefaultImportsTests
{
    [Fact]
    public void Default_imports_hold_the_core_namespaces_and_make_no_type_name_ambiguous()
    {
        var imports = ScriptSession.DefaultImports;
        Assert.Contains("Analysenotater.Reporting", imports);
        Assert.Contains("Analysenotater.Instruments", imports);
        Assert.Contains("Plotly.NET.CSharp", imports);
        Assert.DoesNotContain("Plotly.NET", imports);

        // Every exported top-level type of the engine's assemblies in an imported namespace, by simple name (arity counts
        // in C#: List and List<T> do not clash, so the generic arity is part of the key).
        var assemblies = new[] { typeof(Analysenotater.Reporting.ReportTable).Assembly, typeof(Analysenotater.Plotting.Building.ChartPalette).Assembly, typeof(Plotly.NET.CSharp.Chart).Assembly };
        var clashes = assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsNested && t.Namespace is not null && imports.Contains(t.Namespace))
            .GroupBy(t => t.Name)
            .Where(g => g.Select(t => t.Namespace).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Namespace).Distinct())}")
            .ToList();
        Assert.True(clashes.Count == 0, "ambiguous in cells: " + string.Join("; ", clashes));
    }

    [Fact]
    public async Task A_cell_can_name_core_types_without_usings()
    {
        using var session = new ScriptSession(new ScriptSessionOptions { BaseDirectory = AppContext.BaseDirectory });
        var sink = new RecordingSink();
        var outcome = await session.ExecuteAsync("typeof(ReportTable).Name + typeof(Instrument).Name + typeof(FrequencyTables).Name", sink, CancellationToken.None);
        Assert.True(outcome.Success, sink.LastError?.Message);
        Assert.Equal("ReportTableInstrumentFrequencyTables", sink.Result!.Text);
    }
}
