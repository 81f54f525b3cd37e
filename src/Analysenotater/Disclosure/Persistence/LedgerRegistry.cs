using Analysenotater.Data;
using Analysenotater.Import;

namespace Analysenotater.Disclosure.Persistence;

/// <summary>
/// One release ledger per data source in a process: an import of a source already imported (the same bytes, read
/// into the same number of rows, kept at the same location) joins the first import's ledger, so a table released from
/// one is checked against those released from the other. Under <see cref="LedgerPersistence.Current"/> the ledger is
/// also kept in a state file and replayed from it on the first import in a process.
/// </summary>
/// <remarks>
/// The ledgers are held for the life of the process (not weakly): a ledger dropped with its datasets would let the
/// next import of the same file start over, so the garbage collector would decide what is protected. A ledger costs
/// about four bytes per row plus its releases.
/// </remarks>
internal static class LedgerRegistry
{
    private static readonly Dictionary<string, ReleaseLedger> s_ledgers = new(StringComparer.Ordinal);
    private static readonly Lock s_gate = new();

    /// <summary>The import with its dataset on its source's ledger (a source read from memory: known by its content).</summary>
    /// <exception cref="LedgerStateException">The source's state file cannot be used.</exception>
    public static ImportResult Attach(ImportResult result, SourceIdentity source)
    {
        ArgumentNullException.ThrowIfNull(result);
        var data = Attach(result.Dataset, source);
        return ReferenceEquals(data, result.Dataset) ? result : new ImportResult(data, result.Report);
    }

    /// <summary>
    /// The import of the file <paramref name="path"/> with its dataset on the file's ledger. In memory only, the file
    /// is known by its full path, length and last write time (nothing is hashed, so a large import costs nothing more);
    /// with a ledger location (<see cref="LedgerPersistence.Current"/>) by its content (<paramref name="identity"/>),
    /// so that a copy or a renamed file is the same source in later processes.
    /// </summary>
    /// <exception cref="LedgerStateException">The source's state file cannot be used.</exception>
    public static ImportResult Attach(ImportResult result, string path, Func<SourceIdentity> identity)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(identity);
        SurveyDataset data;
        if (LedgerPersistence.Current is null && result.Dataset.Lineage.RootRows is null)
        {
            var file = new FileInfo(path);
            var key = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"file:{file.FullName}:{file.Length}:{file.LastWriteTimeUtc.Ticks}:{result.Dataset.RowCount}|");
            data = Attach(result.Dataset, key, null, null);
        }
        else
        {
            data = Attach(result.Dataset, identity());
        }

        return ReferenceEquals(data, result.Dataset) ? result : new ImportResult(data, result.Report);
    }

    /// <summary>The freshly imported <paramref name="root"/> on its source's ledger (the one of an earlier import of the source, or its own).</summary>
    /// <exception cref="LedgerStateException">The source's state file cannot be used.</exception>
    public static SurveyDataset Attach(SurveyDataset root, SourceIdentity source)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(source);
        if (root.Lineage.RootRows is not null)
        {
            return root;
        }

        var location = LedgerPersistence.Current;
        var stateFile = location is null ? null : LedgerPersistence.StateFileFor(location, source, root.RowCount);
        return Attach(root, $"{source.Hash}:{source.Length}:{root.RowCount}|{stateFile}", source, stateFile);
    }

    private static SurveyDataset Attach(SurveyDataset root, string key, SourceIdentity? source, string? stateFile)
    {
        ReleaseLedger? ledger;
        lock (s_gate)
        {
            if (!s_ledgers.TryGetValue(key, out ledger))
            {
                ledger = root.Lineage.Ledger;
                if (stateFile is not null && source is not null)
                {
                    var journal = new LedgerJournal(stateFile, source, root.RowCount);
                    journal.Open(ledger);
                    ledger.Journal = journal;
                }

                s_ledgers[key] = ledger;
            }
            else
            {
                // What other processes released since, and a check that the file still holds what this one read.
                ledger.Journal?.Open(ledger);
            }
        }

        return ReferenceEquals(ledger, root.Lineage.Ledger) ? root : root.OnLedger(ledger);
    }
}
