using System.Globalization;

namespace Analysenotater.Data;

/// <summary>Real-valued variable (age, weight, a computed score); <see cref="double.NaN"/> marks missing.</summary>
public sealed class NumericColumn : SurveyColumn
{
    private readonly double[] _values;

    /// <summary>Creates a column; the array is not copied. NaN means missing.</summary>
    public NumericColumn(string name, double[] values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    /// <inheritdoc />
    public override ColumnKind Kind => ColumnKind.Numeric;

    /// <inheritdoc />
    public override int Count => _values.Length;

    /// <summary>The values (read-only view); NaN means missing.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The underlying array itself, for analyses that only read it (no copy); never written to.</summary>
    internal double[] ValueArray => _values;

    /// <summary>The value of a row (NaN when missing).</summary>
    public double this[int row] => _values[row];

    /// <inheritdoc />
    public override bool IsEmpty(int row) => double.IsNaN(_values[row]);

    /// <inheritdoc />
    public override SurveyColumn Select(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var v = new double[rows.Count];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = _values[rows[i]];
        }

        return new NumericColumn(Name, v);
    }

    /// <inheritdoc />
    public override string FormatInvariant(int row) => double.IsNaN(_values[row]) ? "" : _values[row].ToString("R", CultureInfo.InvariantCulture);
}
