namespace Analysenotater.Data;

/// <summary>String variable (open answers, municipality names); null or empty marks missing.</summary>
public sealed class TextColumn : SurveyColumn
{
    private readonly string?[] _values;

    /// <summary>Creates a column; the array is not copied.</summary>
    public TextColumn(string name, string?[] values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    /// <inheritdoc />
    public override ColumnKind Kind => ColumnKind.Text;

    /// <inheritdoc />
    public override int Count => _values.Length;

    /// <summary>The value of a row, or null when missing.</summary>
    public string? this[int row] => string.IsNullOrEmpty(_values[row]) ? null : _values[row];

    /// <summary>The values (read-only view).</summary>
    public IReadOnlyList<string?> Values => _values;

    /// <inheritdoc />
    public override bool IsEmpty(int row) => string.IsNullOrEmpty(_values[row]);

    /// <inheritdoc />
    public override SurveyColumn Select(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var v = new string?[rows.Count];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = _values[rows[i]];
        }

        return new TextColumn(Name, v);
    }

    /// <inheritdoc />
    public override string FormatInvariant(int row) => _values[row] ?? "";
}
