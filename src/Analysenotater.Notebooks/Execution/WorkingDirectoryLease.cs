namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// Sets the process's current directory to a notebook's folder for as long as the notebook runs, as Jupyter does, so
/// relative file names in cells (<c>File.ReadAllText("data.csv")</c>) resolve against the notebook's folder.
/// </summary>
/// <remarks>
/// The current directory belongs to the whole process: notebooks of the same folder run side by side under one lease;
/// a notebook of another folder waits until they have finished. When the last lease ends, the directory the process
/// had before is restored.
/// </remarks>
internal sealed class WorkingDirectoryLease : IDisposable
{
    private static readonly Lock Gate = new();
    private static string? _folder;
    private static string? _original;
    private static int _holders;
    private static TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _disposed;

    private WorkingDirectoryLease()
    {
    }

    /// <summary>Waits until the process may work in <paramref name="folder"/>, then makes it the current directory.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    public static async Task<WorkingDirectoryLease> AcquireAsync(string folder, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"The notebook's folder does not exist: {full}");
        }

        while (true)
        {
            Task wait;
            lock (Gate)
            {
                if (_holders == 0)
                {
                    _original = Environment.CurrentDirectory;
                    Environment.CurrentDirectory = full;
                    _folder = full;
                }

                if (string.Equals(_folder, full, StringComparison.Ordinal))
                {
                    _holders++;
                    return new WorkingDirectoryLease();
                }

                wait = _released.Task;
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends the lease; the last one restores the directory the process had before.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        lock (Gate)
        {
            if (--_holders > 0)
            {
                return;
            }

            try
            {
                if (_original is not null && Directory.Exists(_original))
                {
                    Environment.CurrentDirectory = _original;
                }
            }
            finally
            {
                _folder = null;
                _original = null;
                var released = _released;
                _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                released.SetResult();
            }
        }
    }
}
