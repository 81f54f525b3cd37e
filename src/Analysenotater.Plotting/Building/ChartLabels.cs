using Analysenotater.Reporting;

namespace Analysenotater.Plotting.Building;

/// <summary>Norwegian label helpers shared by the chart builders.</summary>
public static class ChartLabels
{
    /// <summary>"Tekst (n = 45)": a category label with its number of answers.</summary>
    public static string WithN(string label, int n) => $"{label} (n\u00A0=\u00A0{NorwegianFormat.Count(n)})";

    /// <summary>"Tekst (skjult)": the axis label of a withheld row or group, drawn as a gap (no bar, no number).</summary>
    public static string Hidden(string label) => $"{label} (skjult)";

    /// <summary>The note shown under a chart when some groups or items were withheld by disclosure control.</summary>
    public static string SuppressedNote(IEnumerable<string> hidden, string reason)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        var list = hidden.ToList();
        return list.Count == 0 ? "" : $"Ikke vist av personvernhensyn ({reason}): {string.Join(", ", list)}.";
    }
}
