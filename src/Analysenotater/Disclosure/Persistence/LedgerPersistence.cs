using System.Globalization;

namespace Analysenotater.Disclosure.Persistence;

/// <summary>
/// Where the release ledgers of imported data files are kept between processes, so that tables released by one
/// command or notebook run are checked against those released by earlier ones from the same data (a hidden group
/// cannot be worked out by subtracting tables made in two sessions). The command line and the notebook runner keep
/// them in <see cref="DefaultDirectory"/> (or <c>--ledger PATH</c>); library code keeps them only in memory (one
/// ledger per data source in a process) unless <see cref="Use"/> names a location.
/// </summary>
/// <remarks>
/// A location is a directory (one state file per data source, named by its content hash and row count) or a file
/// (the state file of every data source imported under it must then be that one source's). The choice applies to the
/// imports made in the current asynchronous flow while the scope <see cref="Use"/> returned is open; a dataset keeps
/// the ledger (and the state file) it was imported with. A state file that cannot be read is never ignored: the
/// import stops with <see cref="LedgerStateException"/>.
/// </remarks>
public static class LedgerPersistence
{
    /// <summary>The environment variable that overrides <see cref="DefaultDirectory"/> (tests point it at a temporary folder).</summary>
    public const string DirectoryVariable = "ANALYSENOTATER_LEDGER_DIR";

    private static readonly AsyncLocal<string?> s_current = new();

    /// <summary>
    /// The default directory of state files: <c>$ANALYSENOTATER_LEDGER_DIR</c>, else
    /// <c>$XDG_STATE_HOME/analysenotater/ledgers</c>, else <c>~/.local/state/analysenotater/ledgers</c>
    /// (on Windows <c>%LOCALAPPDATA%\analysenotater\ledgers</c>). Read at each call; ends with a directory separator,
    /// so it is a directory for <see cref="Use"/> even before it exists.
    /// </summary>
    public static string DefaultDirectory => Path.TrimEndingDirectorySeparator(DefaultDirectoryPath) + Path.DirectorySeparatorChar;

    private static string DefaultDirectoryPath
    {
        get
        {
            if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } own)
            {
                return Path.GetFullPath(own);
            }

            if (OperatingSystem.IsWindows())
            {
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "analysenotater", "ledgers");
            }

            var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
            var root = state is { Length: > 0 } && Path.IsPathRooted(state)
                ? state
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
            return Path.Combine(root, "analysenotater", "ledgers");
        }
    }

    /// <summary>The location imports in this flow keep their ledgers at, or null (in memory only).</summary>
    public static string? Current => s_current.Value;

    /// <summary>
    /// Keeps the ledgers of the imports made in this asynchronous flow at <paramref name="location"/> until the
    /// returned scope is disposed (then the previous location applies again).
    /// </summary>
    /// <param name="location">A directory (one state file per data source; an existing directory or a path ending in a separator) or a state file; null for in memory only.</param>
    /// <returns>The scope.</returns>
    public static IDisposable Use(string? location)
    {
        var previous = s_current.Value;
        s_current.Value = location is null ? null : Path.GetFullPath(location);
        return new Scope(previous);
    }

    /// <summary>The state file for a source of <paramref name="rows"/> rows under <paramref name="location"/>.</summary>
    internal static string StateFileFor(string location, SourceIdentity source, int rows)
    {
        var isDirectory = Directory.Exists(location) || location.EndsWith(Path.DirectorySeparatorChar) || location.EndsWith(Path.AltDirectorySeparatorChar);
        return isDirectory
            ? Path.Combine(location, string.Create(CultureInfo.InvariantCulture, $"{source.Hash}-{rows}.ledger"))
            : location;
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                s_current.Value = previous;
                _disposed = true;
            }
        }
    }
}
