namespace Analysenotater.Data;

/// <summary>One variable of a <see cref="SurveyDataset"/>: a name and one value per respondent.</summary>
public abstract class SurveyColumn
{
    /// <summary>Creates a column.</summary>
    protected SurveyColumn(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The lineage of the first dataset the column was put in (its rows' root rows and release ledger).</summary>
    internal DataLineage? Lineage { get; set; }

    /// <summary>The column (variable) name, usually an item id.</summary>
    public string Name { get; }

    /// <summary>The storage kind.</summary>
    public abstract ColumnKind Kind { get; }

    /// <summary>The number of respondents.</summary>
    public abstract int Count { get; }

    /// <summary>True when row <paramref name="row"/> holds no value at all (system missing).</summary>
    public abstract bool IsEmpty(int row);

    /// <summary>Returns a column with only the rows whose index is listed, in that order.</summary>
    public abstract SurveyColumn Select(IReadOnlyList<int> rows);

    /// <summary>The value of a row formatted with the invariant culture, or an empty string when empty.</summary>
    public abstract string FormatInvariant(int row);
}
