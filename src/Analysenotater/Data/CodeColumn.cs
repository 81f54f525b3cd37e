using System.Globalization;

namespace Analysenotater.Data;

/// <summary>
/// Integer answer codes stored compactly (one <see cref="short"/> per respondent). A blank answer is stored as
/// <see cref="Empty"/>; codes that the instrument marks as missing («Ikke aktuelt» and so on) are kept as the codes
/// they are, so their meaning is never lost.
/// </summary>
public sealed class CodeColumn : SurveyColumn
{
    /// <summary>The stored value for "no answer".</summary>
    public const short Empty = short.MinValue;

    private readonly short[] _codes;

    /// <summary>Creates a column over codes; <see cref="Empty"/> marks no answer. The array is not copied.</summary>
    public CodeColumn(string name, short[] codes)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(codes);
        _codes = codes;
    }

    /// <summary>Creates a column from nullable codes (null = no answer).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A code does not fit in a 16-bit integer.</exception>
    public static CodeColumn FromNullable(string name, IEnumerable<int?> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var list = new List<short>();
        foreach (var c in codes)
        {
            if (c is null)
            {
                list.Add(Empty);
            }
            else if (c.Value is < short.MinValue + 1 or > short.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(codes), c.Value, $"Column '{name}': code {c.Value} does not fit in 16 bits.");
            }
            else
            {
                list.Add((short)c.Value);
            }
        }

        return new CodeColumn(name, [.. list]);
    }

    /// <inheritdoc />
    public override ColumnKind Kind => ColumnKind.Codes;

    /// <inheritdoc />
    public override int Count => _codes.Length;

    /// <summary>The raw codes (read-only view); <see cref="Empty"/> means no answer.</summary>
    public ReadOnlySpan<short> Codes => _codes;

    /// <summary>The underlying array itself, for single-pass kernels that must hold several columns at once; never written to.</summary>
    internal short[] CodeArray => _codes;

    /// <summary>The code of a row, or null when no answer.</summary>
    public int? this[int row] => _codes[row] == Empty ? null : _codes[row];

    /// <inheritdoc />
    public override bool IsEmpty(int row) => _codes[row] == Empty;

    /// <inheritdoc />
    public override SurveyColumn Select(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var c = new short[rows.Count];
        for (var i = 0; i < c.Length; i++)
        {
            c[i] = _codes[rows[i]];
        }

        return new CodeColumn(Name, c);
    }

    /// <inheritdoc />
    public override string FormatInvariant(int row) => _codes[row] == Empty ? "" : _codes[row].ToString(CultureInfo.InvariantCulture);
}
