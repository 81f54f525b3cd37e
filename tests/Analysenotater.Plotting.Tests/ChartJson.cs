using System.Text.Json;
using Plotly.NET;

namespace Analysenotater.Plotting.Tests;

/// <summary>Reads a chart's JSON (what plotly.js receives) for assertions.</summary>
internal static class ChartJson
{
    public static JsonElement Of(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement.Clone();

    public static JsonElement Trace(this JsonElement chart, int i) => chart.GetProperty("data")[i];

    public static int TraceCount(this JsonElement chart) => chart.GetProperty("data").GetArrayLength();

    public static JsonElement Layout(this JsonElement chart) => chart.GetProperty("layout");

    public static string[] Strings(this JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!)];

    public static double?[] NumbersOrGaps(this JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? (double?)null : x.GetDouble())];

    public static double[] Numbers(this JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(x => x.GetDouble())];

    public static string Annotations(this JsonElement chart) =>
        chart.Layout().TryGetProperty("annotations", out var a) ? string.Join("\n", a.EnumerateArray().Select(x => x.GetProperty("text").GetString())) : "";
}
