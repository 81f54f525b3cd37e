using System.Globalization;
using Analysenotater.Reporting;

namespace Analysenotater.Spss;

/// <summary>
/// The content of an SPSS system file: the dictionary (variables with labels, formats, user-missing values),
/// multiple-response sets, documents and the case data. Numeric data uses <see cref="double.NaN"/> for
/// system-missing; user-missing values are kept as the values they are (see <see cref="SpssVariable.MissingValues"/>).
/// String data has trailing blanks removed (an all-blank value is the empty string). Immutable. Renders as its
/// codebook (one row per variable) so a notebook shows what the file contains.
/// </summary>
public sealed class SpssFile : Result
{
    private readonly IReadOnlyList<Array> _columns;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a file from a dictionary and data columns.</summary>
    /// <param name="info">File-level facts.</param>
    /// <param name="variables">The variables in order.</param>
    /// <param name="columns">One array per variable: <c>double[]</c> for a numeric variable (NaN = system-missing), <c>string[]</c> for a string variable. Arrays are not copied.</param>
    /// <param name="multipleResponseSets">Multiple-response sets (may be empty).</param>
    /// <param name="documents">Document lines (may be empty).</param>
    /// <param name="warnings">Problems the reader tolerated (may be empty).</param>
    /// <exception cref="ArgumentException">The column count, a column type or a column length does not fit, or a name repeats.</exception>
    public SpssFile(SpssFileInfo info, IReadOnlyList<SpssVariable> variables, IReadOnlyList<Array> columns,
        IReadOnlyList<SpssMultipleResponseSet>? multipleResponseSets = null, IReadOnlyList<string>? documents = null,
        IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(columns);
        if (variables.Count != columns.Count)
        {
            throw new ArgumentException($"{variables.Count} variables but {columns.Count} data columns.", nameof(columns));
        }

        CaseCount = columns.Count == 0 ? 0 : columns[0].Length;
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < variables.Count; i++)
        {
            var v = variables[i];
            var ok = v.IsNumeric ? columns[i] is double[] : columns[i] is string[];
            if (!ok)
            {
                throw new ArgumentException($"Variable '{v.Name}' is {(v.IsNumeric ? "numeric" : "a string")} but its column is {columns[i].GetType().Name}.", nameof(columns));
            }

            if (columns[i].Length != CaseCount)
            {
                throw new ArgumentException($"Variable '{v.Name}' has {columns[i].Length} values; expected {CaseCount}.", nameof(columns));
            }

            if (!_index.TryAdd(v.Name, i))
            {
                throw new ArgumentException($"Variable name '{v.Name}' appears twice (SPSS names are case-insensitive).", nameof(variables));
            }
        }

        Info = info;
        Variables = variables;
        _columns = columns;
        MultipleResponseSets = multipleResponseSets ?? [];
        Documents = documents ?? [];
        Warnings = warnings ?? [];
    }

    /// <summary>File-level facts (product, creation date, label, compression, encoding, weight).</summary>
    public SpssFileInfo Info { get; }

    /// <summary>The variables in file order.</summary>
    public IReadOnlyList<SpssVariable> Variables { get; }

    /// <summary>Multiple-response sets.</summary>
    public IReadOnlyList<SpssMultipleResponseSet> MultipleResponseSets { get; }

    /// <summary>Document lines (the DOCUMENT command), trailing blanks removed.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>Problems the reader tolerated (for example a display record with a wrong count); empty for a clean file.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The number of cases (rows).</summary>
    public int CaseCount { get; }

    /// <summary>True when a variable of that name exists (case-insensitive, as in SPSS).</summary>
    public bool HasVariable(string name) => _index.ContainsKey(name);

    /// <summary>The variable with this name (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such variable.</exception>
    public SpssVariable GetVariable(string name) => Variables[IndexOf(name)];

    /// <summary>The values of a numeric variable (NaN = system-missing; user-missing values kept). The array is shared: do not modify it.</summary>
    /// <exception cref="KeyNotFoundException">No such variable.</exception>
    /// <exception cref="InvalidOperationException">The variable is a string.</exception>
    public IReadOnlyList<double> Numbers(string name) => _columns[IndexOf(name)] as double[]
        ?? throw new InvalidOperationException($"Variable '{name}' is a string variable, not numeric.");

    /// <summary>The values of a string variable (trailing blanks removed). The array is shared: do not modify it.</summary>
    /// <exception cref="KeyNotFoundException">No such variable.</exception>
    /// <exception cref="InvalidOperationException">The variable is numeric.</exception>
    public IReadOnlyList<string> Texts(string name) => _columns[IndexOf(name)] as string[]
        ?? throw new InvalidOperationException($"Variable '{name}' is numeric, not a string variable.");

    /// <summary>
    /// The codebook as a table: per variable the name, label, type and format, value labels, user-missing values,
    /// and the number of valid, user-missing and system-missing values (Norwegian headings).
    /// </summary>
    public override ReportTable Summary() => ToCodebook();

    /// <summary>The codebook: one row per variable with label, format, value labels and missing values.</summary>
    public ReportTable ToCodebook()
    {
        var title = Info.FileLabel.Length > 0 ? $"SPSS-fil: {Info.FileLabel}" : "SPSS-fil";
        var b = new ReportTableBuilder(title, "Variabel", "Etikett", "Format", "Verdietiketter", "Brukerdefinert manglende", "Gyldige", "Brukermanglende", "Systemmanglende");
        for (var i = 0; i < Variables.Count; i++)
        {
            var v = Variables[i];
            long valid = 0, user = 0, sys = 0;
            if (_columns[i] is double[] numbers)
            {
                foreach (var x in numbers)
                {
                    if (double.IsNaN(x))
                    {
                        sys++;
                    }
                    else if (v.MissingValues.IsMissing(x))
                    {
                        user++;
                    }
                    else
                    {
                        valid++;
                    }
                }
            }
            else
            {
                foreach (var t in (string[])_columns[i])
                {
                    if (t.Length == 0)
                    {
                        sys++;
                    }
                    else if (v.MissingValues.IsMissing(t))
                    {
                        user++;
                    }
                    else
                    {
                        valid++;
                    }
                }
            }

            var labels = string.Join("; ", v.ValueLabels.Take(12).Select(l => (l.Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : "\"" + l.Text + "\"") + " = " + l.Label))
                + (v.ValueLabels.Count > 12 ? $"; … ({v.ValueLabels.Count} i alt)" : "");
            b.Row(ReportCell.FromText(v.Name), ReportCell.FromText(v.Label ?? ""), ReportCell.FromText(v.PrintFormat.ToString()),
                ReportCell.FromText(labels), ReportCell.FromText(v.MissingValues.ToString()),
                ReportCell.FromCount(valid), ReportCell.FromCount(user), ReportCell.FromCount(sys));
        }

        b.Note($"{CaseCount} tilfeller, {Variables.Count} variabler. Komprimering: {Info.Compression}; tegnsett: {Info.EncodingName}; vekt: {Info.WeightVariable ?? "ingen"}.");
        b.Note("Tomme strenger telles som systemmanglende. Brukerdefinerte manglende verdier (SPSS «user-missing») beholdes som verdier i dataene.");
        foreach (var w in Warnings)
        {
            b.Note("Advarsel fra leseren: " + w);
        }

        return b.Build();
    }




    /// <summary>The data column of variable number <paramref name="index"/>: <c>double[]</c> or <c>string[]</c>.</summary>
    internal Array ColumnAt(int index) => _columns[index];

    private int IndexOf(string name) => _index.TryGetValue(name, out var i)
        ? i
        : throw new KeyNotFoundException($"The SPSS file has no variable '{name}'. Variables: {string.Join(", ", Variables.Take(12).Select(v => v.Name))}{(Variables.Count > 12 ? ", …" : "")}.");

    /// <inheritdoc />
    public override string ToString() => $"SpssFile: {CaseCount} cases × {Variables.Count} variables ({Info.Compression}, {Info.EncodingName})";
}
