namespace Analysenotater.Reporting;

/// <summary>
/// One cell of a <see cref="ReportTable"/>: a typed value that renders with Norwegian formatting for people and
/// with invariant formatting for CSV/JSON. A suppressed cell carries no value at all, so it can never leak.
/// </summary>
public readonly record struct ReportCell
{
    private ReportCell(CellKind kind, double value, string? text, int decimals)
    {
        Kind = kind;
        Value = value;
        Text = text;
        Decimals = decimals;
    }

    /// <summary>The marker printed for a suppressed cell.</summary>
    public const string SuppressedMarker = "*";

    /// <summary>The kind of content.</summary>
    public CellKind Kind { get; }

    /// <summary>The numeric value (NaN for text, empty and suppressed cells).</summary>
    public double Value { get; }

    /// <summary>The text of a text cell; null otherwise.</summary>
    public string? Text { get; }

    /// <summary>Decimals shown for numbers and percentages.</summary>
    public int Decimals { get; }

    /// <summary>An empty cell.</summary>
    public static ReportCell Empty => new(CellKind.Empty, double.NaN, null, 0);

    /// <summary>A suppressed cell (disclosure control).</summary>
    public static ReportCell Suppressed => new(CellKind.Suppressed, double.NaN, null, 0);

    /// <summary>A text cell.</summary>
    public static ReportCell FromText(string? text) => text is null ? Empty : new(CellKind.Text, double.NaN, text, 0);

    /// <summary>A count cell.</summary>
    public static ReportCell FromCount(long n) => new(CellKind.Count, n, null, 0);

    /// <summary>A number cell; NaN gives an empty cell.</summary>
    public static ReportCell FromNumber(double value, int decimals = 2) => double.IsNaN(value) ? Empty : new(CellKind.Number, value, null, decimals);

    /// <summary>
    /// A percentage cell (0–100) holding the percentage rounded to <paramref name="decimals"/> (half away from zero),
    /// so every export (text, CSV, JSON, xlsx) carries the number shown and never a more precise one; NaN gives an
    /// empty cell.
    /// </summary>
    public static ReportCell FromPercent(double percent, int decimals = 0) =>
        double.IsNaN(percent) ? Empty : new(CellKind.Percent, Math.Round(percent, Math.Clamp(decimals, 0, 15), MidpointRounding.AwayFromZero), null, decimals);

    /// <summary>A percentage cell at full precision in machine exports; only for <see cref="Disclosure.DisclosurePolicy.FullPrecision"/>.</summary>
    internal static ReportCell FromPercentFullPrecision(double percent, int decimals) => double.IsNaN(percent) ? Empty : new(CellKind.Percent, percent, null, decimals);

    /// <summary>A released percentage under <paramref name="policy"/>: rounded as shown, or full precision when the policy is named for it.</summary>
    internal static ReportCell ReleasedPercent(double percent, int decimals, Disclosure.DisclosurePolicy policy) =>
        policy.FullPrecision ? FromPercentFullPrecision(percent, decimals) : FromPercent(percent, decimals);

    /// <summary>A p-value cell; NaN gives an empty cell.</summary>
    public static ReportCell FromPValue(double p) => double.IsNaN(p) ? Empty : new(CellKind.PValue, p, null, 3);

    /// <summary>The cell as people read it (Norwegian formatting).</summary>
    public string Display() => Kind switch
    {
        CellKind.Empty => "",
        CellKind.Text => Text!,
        CellKind.Count => NorwegianFormat.Count((long)Value),
        CellKind.Number => NorwegianFormat.Number(Value, Decimals),
        CellKind.Percent => NorwegianFormat.Percent(Value, Decimals),
        CellKind.PValue => NorwegianFormat.PValue(Value),
        CellKind.Suppressed => SuppressedMarker,
        _ => "",
    };

    /// <summary>The cell for machines: invariant culture, full precision, no unit; suppressed cells are empty.</summary>
    public string Invariant() => Kind switch
    {
        CellKind.Text => Text!,
        CellKind.Count => ((long)Value).ToString(System.Globalization.CultureInfo.InvariantCulture),
        CellKind.Number or CellKind.Percent or CellKind.PValue => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => "",
    };

    /// <summary>True for numeric kinds (right-aligned).</summary>
    public bool IsNumeric => Kind is CellKind.Count or CellKind.Number or CellKind.Percent or CellKind.PValue or CellKind.Suppressed;

    /// <inheritdoc />
    public override string ToString() => Display();
}
