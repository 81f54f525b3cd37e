namespace Analysenotater.Data;

/// <summary>How a column stores its values.</summary>
public enum ColumnKind
{
    /// <summary>Integer answer codes (<see cref="CodeColumn"/>).</summary>
    Codes,

    /// <summary>Real numbers with NaN for missing (<see cref="NumericColumn"/>).</summary>
    Numeric,

    /// <summary>Strings with null for missing (<see cref="TextColumn"/>).</summary>
    Text,
}
