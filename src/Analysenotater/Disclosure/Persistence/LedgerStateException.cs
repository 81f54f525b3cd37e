namespace Analysenotater.Disclosure.Persistence;

/// <summary>
/// A release ledger's state file cannot be used: it is corrupt or truncated, of an unknown format, belongs to another
/// data file, or cannot be read or written. The message names the file and says how to start over; the data is not
/// imported (a ledger that cannot be read must not reopen what it protected).
/// </summary>
public sealed class LedgerStateException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The state file.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="inner">The underlying error, or null.</param>
    public LedgerStateException(string path, string problem, Exception? inner = null)
        : base(Localization.Messages.Format("Ledger.StateFile", path, problem), inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The state file.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
