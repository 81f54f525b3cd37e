using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Analysenotater.Kernel.Hosting;

namespace Analysenotater.Kernel.Worker;

/// <summary>
/// One worker process as the supervisor sees it: started with the worker command, connected over a Unix domain socket
/// in a private temporary folder, its standard output forwarded and the tail of its standard error kept for the crash
/// report. <see cref="Lost"/> completes when the connection ends for any reason (exit, crash, kill).
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int StderrTailLines = 40;

    private readonly Process _process;
    private readonly Socket _listener;
    private readonly string _folder;
    private readonly KernelLog _log;
    private readonly Queue<string> _stderrTail = new();
    private readonly TaskCompletionSource<WorkerExit> _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WorkerPipe? _pipe;

    private WorkerProcess(Process process, Socket listener, string folder, KernelLog log)
    {
        _process = process;
        _listener = listener;
        _folder = folder;
        _log = log;
    }

    /// <summary>Gets the task that completes with the exit code and last standard-error lines when the worker is gone.</summary>
    public Task<WorkerExit> Lost => _lost.Task;

    /// <summary>Gets the worker's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts a worker and waits until it has connected.</summary>
    /// <param name="command">Program and leading arguments; <c>--socket PATH</c> is appended.</param>
    /// <param name="workingDirectory">The worker's current directory (the notebook's folder).</param>
    /// <param name="log">The supervisor's log; the worker's standard error is copied to it.</param>
    /// <param name="onMessage">Called on the reader thread for every message from the worker.</param>
    /// <param name="onStdout">Called for every line the worker writes to its raw standard output.</param>
    /// <param name="timeout">How long to wait for the connection.</param>
    /// <param name="heapLimitBytes">The worker's GC heap hard limit, or null.</param>
    /// <returns>The connected worker.</returns>
    /// <exception cref="InvalidOperationException">The worker did not start or connect in time.</exception>
    public static async Task<WorkerProcess> StartAsync(IReadOnlyList<string> command, string workingDirectory, KernelLog log, Action<JsonObject> onMessage, Action<string> onStdout, TimeSpan timeout, long? heapLimitBytes)
    {
        var folder = Directory.CreateTempSubdirectory("analysenotater-worker-").FullName;
        var socketPath = Path.Combine(folder, "w.sock");
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        if (heapLimitBytes is { } limit)
        {
            start.Environment["DOTNET_GCHeapHardLimit"] = limit.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        }

        start.ArgumentList.Add("--socket");
        start.ArgumentList.Add(socketPath);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start the kernel worker '{string.Join(' ', command)}'.");
        var worker = new WorkerProcess(process, listener, folder, log);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                onStdout(e.Data + "\n");
            }
        };
        process.ErrorDataReceived += (_, e) => worker.OnStderr(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var wait = new CancellationTokenSource(timeout);
        var accept = listener.AcceptAsync(wait.Token).AsTask();
        var exited = process.WaitForExitAsync(wait.Token);
        Socket connection;
        try
        {
            if (await Task.WhenAny(accept, exited).ConfigureAwait(false) != accept)
            {
                await exited.ConfigureAwait(false);
                var why = worker.StderrText();
                worker.Dispose();
                throw new InvalidOperationException($"The kernel worker ended before connecting (exit code {process.ExitCode}): {why}");
            }

            connection = await accept.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            worker.Kill();
            worker.Dispose();
            throw new InvalidOperationException($"The kernel worker did not connect within {timeout.TotalSeconds:0} s.");
        }

        worker._pipe = new WorkerPipe(new NetworkStream(connection, ownsSocket: true));
        _ = Task.Run(() => worker.ReadAsync(onMessage));
        return worker;
    }

    /// <summary>Sends a request; false when the worker is gone.</summary>
    public bool TrySend(JsonObject message)
    {
        try
        {
            _pipe!.Send(message);
            return true;
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or SocketException)
        {
            return false;
        }
    }

    /// <summary>Stops the worker and its children at once (SIGKILL). Never throws.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>Gets the worker's resident set size in bytes, or 0 when it is gone.</summary>
    public long ResidentBytes()
    {
        try
        {
            _process.Refresh();
            return _process.HasExited ? 0 : _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    public void Dispose()
    {
        _pipe?.Dispose();
        _listener.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp clean-up.
        }
    }

    private string StderrText()
    {
        Thread.Sleep(100); // the last lines arrive on the reader thread
        lock (_stderrTail)
        {
            return string.Join(" | ", _stderrTail);
        }
    }

    private void OnStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderrTail)
        {
            _stderrTail.Enqueue(line);
            while (_stderrTail.Count > StderrTailLines)
            {
                _stderrTail.Dequeue();
            }
        }

        _log.Info($"worker {_process.Id}: {line}");
    }

    private async Task ReadAsync(Action<JsonObject> onMessage)
    {
        try
        {
            while (await _pipe!.ReceiveAsync(CancellationToken.None).ConfigureAwait(false) is { } message)
            {
                onMessage(message);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or System.Text.Json.JsonException or ObjectDisposedException)
        {
            _log.Error($"Worker {_process.Id} sent a malformed message: {exception.Message}");
            Kill();
        }

        int? exitCode = null;
        try
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            exitCode = _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Kill();
        }

        string[] tail;
        lock (_stderrTail)
        {
            tail = [.. _stderrTail];
        }

        _lost.TrySetResult(new WorkerExit(exitCode, tail));
    }
}
