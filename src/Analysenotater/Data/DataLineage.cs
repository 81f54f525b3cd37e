using Analysenotater.Disclosure;

namespace Analysenotater.Data;

/// <summary>
/// Where a dataset's rows come from: the <see cref="ReleaseLedger"/> of the imported (root) data it descends from and,
/// per row, the root row it is (null when the dataset is the root itself or has the root's rows in order). Every
/// subset and derivation of one import shares the ledger, so what is released from one of them is checked against
/// what was released from the others.
/// </summary>
internal sealed class DataLineage
{
    private DataLineage(ReleaseLedger ledger, int[]? rootRows)
    {
        Ledger = ledger;
        RootRows = rootRows;
    }

    /// <summary>The ledger of the root data.</summary>
    public ReleaseLedger Ledger { get; }

    /// <summary>Per row, the root row; null for the identity.</summary>
    public int[]? RootRows { get; }

    /// <summary>A new root of <paramref name="rowCount"/> rows with a ledger of its own.</summary>
    public static DataLineage NewRoot(int rowCount) => new(new ReleaseLedger(rowCount), null);

    /// <summary>The root of data whose rows are those of <paramref name="ledger"/>'s root (another import of the same source).</summary>
    public static DataLineage Root(ReleaseLedger ledger) => new(ledger, null);

    /// <summary>The root row of row <paramref name="row"/>.</summary>
    public int RootRow(int row) => RootRows is null ? row : RootRows[row];

    /// <summary>The lineage of the rows listed (indices into this lineage's rows, in that order).</summary>
    public DataLineage Select(IReadOnlyList<int> rows)
    {
        var root = new int[rows.Count];
        for (var i = 0; i < root.Length; i++)
        {
            root[i] = RootRow(rows[i]);
        }

        return new DataLineage(Ledger, root);
    }
}
