using Analysenotater.Instruments;
using Analysenotater.Reporting;

namespace Analysenotater.Data;

/// <summary>
/// Respondents × variables, tied to an instrument. The raw code of every answer is kept together with its meaning
/// (valid value, «ikke aktuelt», no answer …) as defined by the item's answer scale. Immutable: subsets and added
/// columns return new datasets that share column storage.
/// </summary>
public sealed class SurveyDataset
{
    private readonly Dictionary<string, SurveyColumn> _byName;
    private VariableLabels _ownLabels = VariableLabels.None;
    private VariableLabels? _labels;

    /// <summary>Creates a dataset. All columns must have the same length.</summary>
    /// <exception cref="ArgumentException">Column lengths differ or a name repeats; the message names the column.</exception>
    public SurveyDataset(Instrument? instrument, IReadOnlyList<SurveyColumn> columns, DatasetRoles? roles = null)
        : this(instrument, columns, roles, null)
    {
    }

    private SurveyDataset(Instrument? instrument, IReadOnlyList<SurveyColumn> columns, DatasetRoles? roles, DataLineage? lineage)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Instrument = instrument;
        Columns = columns;
        Roles = roles ?? DatasetRoles.Default;
        _byName = new Dictionary<string, SurveyColumn>(StringComparer.Ordinal);
        RowCount = columns.Count == 0 ? 0 : columns[0].Count;
        foreach (var c in columns)
        {
            if (c.Count != RowCount)
            {
                throw new ArgumentException($"Column '{c.Name}' has {c.Count} rows; expected {RowCount} like '{columns[0].Name}'.", nameof(columns));
            }

            if (!_byName.TryAdd(c.Name, c))
            {
                throw new ArgumentException($"Column '{c.Name}' appears twice.", nameof(columns));
            }
        }

        // The rows descend from the oldest import any column came from (a dataset rebuilt from another's columns shares its ledger).
        Lineage = lineage ?? columns.Select(c => c.Lineage).OfType<DataLineage>().OrderBy(l => l.Ledger.Serial).FirstOrDefault() ?? DataLineage.NewRoot(RowCount);
        foreach (var c in columns)
        {
            c.Lineage ??= Lineage;
        }
    }

    /// <summary>The root rows and release ledger of this dataset (shared by every subset and derivation of one import).</summary>
    internal DataLineage Lineage { get; }

    /// <summary>
    /// This freshly imported dataset on the ledger of an earlier import of the same source (same rows in the same
    /// order), so that releases from both are checked against each other. Its columns (new, not shared) move with it.
    /// </summary>
    /// <exception cref="InvalidOperationException">This dataset is not a root, or the ledger has another row count.</exception>
    internal SurveyDataset OnLedger(Disclosure.ReleaseLedger ledger)
    {
        if (Lineage.RootRows is not null || ledger.RootRowCount != RowCount)
        {
            throw new InvalidOperationException("Only an imported dataset with the ledger's rows can join its ledger.");
        }

        var lineage = DataLineage.Root(ledger);
        foreach (var c in Columns)
        {
            c.Lineage = lineage;
        }

        return new SurveyDataset(Instrument, Columns, Roles, lineage) { _ownLabels = _ownLabels };
    }

    /// <summary>A dataset of <paramref name="rowCount"/> rows and no real columns on <paramref name="lineage"/> (a release replayed from a ledger's log).</summary>
    internal static SurveyDataset RowsOnly(DataLineage lineage, int rowCount) =>
        new(null, [new CodeColumn("#rows", new short[rowCount])], null, lineage);

    /// <summary>The instrument the item columns follow, or null for a dataset without one.</summary>
    public Instrument? Instrument { get; }

    /// <summary>The columns in order.</summary>
    public IReadOnlyList<SurveyColumn> Columns { get; }

    /// <summary>Which columns hold municipality, size group, gender, age and weight.</summary>
    public DatasetRoles Roles { get; }

    /// <summary>The number of respondents.</summary>
    public int RowCount { get; }

    /// <summary>The labels of the variables and codes (instrument items and indicators, the study's roles and code
    /// labels, and labels set with <see cref="WithLabel"/>), used by result tables and charts.</summary>
    public VariableLabels Labels => _labels ??= VariableLabels.From(Instrument, Roles).WithOverrides(_ownLabels);

    /// <summary>A dataset whose variable <paramref name="name"/> is shown as <paramref name="label"/> (and its codes with
    /// <paramref name="valueLabels"/>, when given) in result tables and charts.</summary>
    /// <param name="name">The variable (column) name; it need not exist yet.</param>
    /// <param name="label">The label.</param>
    /// <param name="valueLabels">Labels of its codes, or null.</param>
    /// <returns>A new dataset sharing the columns.</returns>
    /// <exception cref="ArgumentException">An empty name or label.</exception>
    public SurveyDataset WithLabel(string name, string label, IReadOnlyDictionary<int, string>? valueLabels = null) =>
        new SurveyDataset(Instrument, Columns, Roles, Lineage) { _ownLabels = _ownLabels.With(name, label, valueLabels) };

    /// <summary>True when a column with this name exists.</summary>
    public bool HasColumn(string name) => _byName.ContainsKey(name);

    /// <summary>The column with this name.</summary>
    /// <exception cref="KeyNotFoundException">No such column; the message lists the nearest names.</exception>
    public SurveyColumn this[string name] => _byName.TryGetValue(name, out var c)
        ? c
        : throw new KeyNotFoundException(Localization.Messages.Format("Dataset.NoColumn", name, string.Join(", ", Columns.Take(12).Select(x => x.Name)) + (Columns.Count > 12 ? ", …" : "")));

    /// <summary>The code column with this name.</summary>
    /// <remarks>
    /// A numeric column whose values are all whole numbers that fit in 16 bits (NaN allowed, read as no answer) is
    /// viewed as codes: respondent variables such as <c>kommunestorrelse</c> or <c>kjonn</c> are imported as numbers
    /// from CSV and SPSS files but are codes by meaning.
    /// </remarks>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="InvalidOperationException">The column holds text, or numbers that are not whole 16-bit codes; the message names the first such row and value.</exception>
    public CodeColumn Codes(string name)
    {
        var column = this[name];
        switch (column)
        {
            case CodeColumn cc:
                return cc;
            case NumericColumn nc:
                var codes = new short[nc.Count];
                var values = nc.Values;
                for (var i = 0; i < codes.Length; i++)
                {
                    var v = values[i];
                    if (double.IsNaN(v))
                    {
                        codes[i] = CodeColumn.Empty;
                    }
                    else if (v != Math.Floor(v) || v <= short.MinValue || v > short.MaxValue)
                    {
                        throw new InvalidOperationException($"Column '{name}' holds numbers that are not answer codes (row {i + 1}: {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
                    }
                    else
                    {
                        codes[i] = (short)v;
                    }
                }

                return new CodeColumn(name, codes);
            default:
                throw new InvalidOperationException($"Column '{name}' holds {column.Kind} values, not answer codes.");
        }
    }

    /// <summary>The meaning of the answer in row <paramref name="row"/> of item <paramref name="itemId"/>.</summary>
    /// <remarks>Codes not on the item's scale count as <see cref="ResponseStatus.Valid"/> only for items without a scale.</remarks>
    public ResponseStatus StatusOf(string itemId, int row)
    {
        var col = this[itemId];
        if (col.IsEmpty(row))
        {
            return ResponseStatus.NoAnswer;
        }

        return col is CodeColumn cc ? StatusOfCode(itemId, cc[row]!.Value) : ResponseStatus.Valid;
    }

    /// <summary>The meaning of a non-empty code of a code column (as <see cref="StatusOf"/>, without a row).</summary>
    internal ResponseStatus StatusOfCode(string itemId, int code)
    {
        if (Instrument is { } ins && ins.HasItem(itemId) && ins.ScaleOf(itemId) is { } scale)
        {
            var opt = scale.Find(code);
            return opt?.Missing switch
            {
                null => ResponseStatus.Valid,
                MissingReason.NoAnswer => ResponseStatus.NoAnswer,
                MissingReason.NotApplicable => ResponseStatus.NotApplicable,
                MissingReason.DoesNotHave => ResponseStatus.DoesNotHave,
                MissingReason.DontKnow => ResponseStatus.DontKnow,
                MissingReason.Skipped => ResponseStatus.Skipped,
                _ => ResponseStatus.Valid,
            };
        }

        return ResponseStatus.Valid;
    }

    /// <summary>
    /// The status of every row of a column at once (one scale lookup per distinct code, not per row); empty cells
    /// are <see cref="ResponseStatus.NoAnswer"/>. Used by the single-pass counting and scoring paths.
    /// </summary>
    internal ResponseStatus[] StatusesOf(string itemId)
    {
        var col = this[itemId];
        var result = new ResponseStatus[RowCount];
        if (col is CodeColumn cc)
        {
            var codes = cc.Codes;
            var memo = new ResponseStatus?[256];
            for (var i = 0; i < result.Length; i++)
            {
                var c = codes[i];
                if (c == CodeColumn.Empty)
                {
                    result[i] = ResponseStatus.NoAnswer;
                }
                else if ((uint)c < 256)
                {
                    result[i] = memo[c] ??= StatusOfCode(itemId, c);
                }
                else
                {
                    result[i] = StatusOfCode(itemId, c);
                }
            }

            return result;
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] = col.IsEmpty(i) ? ResponseStatus.NoAnswer : ResponseStatus.Valid;
        }

        return result;
    }

    /// <summary>
    /// The item's values as numbers for analysis: valid codes as themselves (reverse-keyed items are not reversed here),
    /// every missing kind (no answer, «ikke aktuelt», «har ikke» …) as <see cref="double.NaN"/>.
    /// </summary>
    public double[] ValidValues(string itemId)
    {
        var col = this[itemId];
        var result = new double[RowCount];
        switch (col)
        {
            case NumericColumn nc:
                nc.Values.CopyTo(result);
                return result;
            case CodeColumn cc:
                var scale = Instrument is { } ins && ins.HasItem(itemId) ? ins.ScaleOf(itemId) : null;
                var codes = cc.Codes;
                var invalid = new sbyte[256]; // per code 0–255: 0 unknown, 1 valid, −1 a missing code (one scale lookup per code)
                for (var i = 0; i < result.Length; i++)
                {
                    var c = codes[i];
                    if (c == CodeColumn.Empty)
                    {
                        result[i] = double.NaN;
                    }
                    else if ((uint)c < 256)
                    {
                        if (invalid[c] == 0)
                        {
                            invalid[c] = scale?.Find(c) is { IsValid: false } ? (sbyte)-1 : (sbyte)1;
                        }

                        result[i] = invalid[c] < 0 ? double.NaN : c;
                    }
                    else
                    {
                        result[i] = scale?.Find(c) is { IsValid: false } ? double.NaN : c;
                    }
                }

                return result;
            default:
                throw new InvalidOperationException($"Column '{itemId}' holds text; it has no numeric values.");
        }
    }

    /// <summary>
    /// As <see cref="ValidValues"/>, but a numeric column's own array is returned without a copy: callers only read it.
    /// </summary>
    internal double[] ValidValuesShared(string itemId) => this[itemId] is NumericColumn nc ? nc.ValueArray : ValidValues(itemId);

    /// <summary>The number of respondents with a valid answer to the item.</summary>
    public int ValidN(string itemId)
    {
        var n = 0;
        for (var i = 0; i < RowCount; i++)
        {
            if (StatusOf(itemId, i) == ResponseStatus.Valid)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>A dataset with only the rows for which <paramref name="keep"/> is true (row index given).</summary>
    public SurveyDataset Where(Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var rows = new List<int>();
        for (var i = 0; i < RowCount; i++)
        {
            if (keep(i))
            {
                rows.Add(i);
            }
        }

        return new SurveyDataset(Instrument, [.. Columns.Select(c => c.Select(rows))], Roles, Lineage.Select(rows)) { _ownLabels = _ownLabels };
    }

    /// <summary>A dataset with <paramref name="column"/> added (or replaced when the name exists).</summary>
    /// <exception cref="ArgumentException">The column has a different number of rows.</exception>
    public SurveyDataset WithColumn(SurveyColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var cols = Columns.Where(c => c.Name != column.Name).Append(column).ToList();
        return new SurveyDataset(Instrument, cols, Roles, Lineage) { _ownLabels = _ownLabels };
    }

    /// <summary>A dataset with other role assignments.</summary>
    public SurveyDataset WithRoles(DatasetRoles roles) => new(Instrument, Columns, roles, Lineage) { _ownLabels = _ownLabels };

    /// <inheritdoc />
    public override string ToString() => Localization.Messages.Format("Dataset.Summary", RowCount, Columns.Count, Instrument?.Id ?? Localization.Messages.Get("Dataset.NoInstrument"));
}
