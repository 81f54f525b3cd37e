using System.Globalization;

namespace Analysenotater.Bench;

/// <summary>Seconds per task, the values compared with R and Python, and the result objects (to show that they render).</summary>
internal sealed record BenchResult(IReadOnlyList<(string Task, double Seconds)> Times, IReadOnlyList<(string Key, double[] Values)> Values, int Rows, IReadOnlyList<Reporting.IRenderable> Results)
{
    public string ToJson()
    {
        var lines = Times.Select(t => string.Create(CultureInfo.InvariantCulture, $"\"{t.Task}\": {t.Seconds:F6}"))
            .Concat(Values.Select(v => $"\"{v.Key}\": [{string.Join(",", v.Values.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}]"));
        return "{\n" + string.Join(",\n", lines) + "\n}\n";
    }
}
