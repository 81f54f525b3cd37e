namespace Analysenotater.Reporting;

/// <summary>What a <see cref="ReportCell"/> holds and how it is formatted.</summary>
public enum CellKind
{
    /// <summary>Nothing (printed as an empty cell).</summary>
    Empty,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A count (integer).</summary>
    Count,

    /// <summary>A number with a fixed number of decimals.</summary>
    Number,

    /// <summary>A percentage 0–100 with a fixed number of decimals, printed with « %».</summary>
    Percent,

    /// <summary>A p-value (printed "&lt; 0,001" below one thousandth).</summary>
    PValue,

    /// <summary>A value withheld by disclosure control; printed as the marker, never as the value.</summary>
    Suppressed,
}
