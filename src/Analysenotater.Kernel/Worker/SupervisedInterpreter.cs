using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Analysenotater.Kernel.CSharp;
using Analysenotater.Kernel.Hosting;
using Analysenotater.Kernel.Interpreting;
using Analysenotater.Kernel.Protocol;

namespace Analysenotater.Kernel.Worker;

/// <summary>
/// The interpreter the kernel process serves: it runs no user code itself but forwards every request to a worker
/// process (<see cref="WorkerHost"/>), so a cell that overflows the stack, calls <c>Environment.Exit</c> or exhausts
/// memory kills only the worker. The pending cell then gets an error naming it and a restart notice, and a new worker
/// is started. An interrupt is passed on; a cell still running after <see cref="SupervisorOptions.InterruptGracePeriod"/>
/// has its worker stopped and replaced, so nothing it does later can change state. Execution counts continue across
/// workers. Thread-safe as <see cref="IInterpreter"/> requires.
/// </summary>
public sealed class SupervisedInterpreter : IInterpreter, IDisposable
{
    /// <summary>The notice that follows every worker restart (bokmål).</summary>
    private const string RestartNotice = "Kjernen er startet på nytt: variabler, definisjoner og #r-referanser fra tidligere celler er borte; kjør cellene du trenger på nytt.";

    private readonly SupervisorOptions _options;
    private readonly KernelLog _log;
    private readonly ConcurrentDictionary<long, Call> _calls = new();
    private readonly Lock _gate = new();
    private Task<WorkerProcess>? _worker;
    private long _nextId;
    private int _countBase;
    private int _executionCount;
    private Call? _running;
    private bool _disposed;

    /// <summary>Creates the supervisor and starts the first worker in the background.</summary>
    /// <param name="options">Worker command and limits.</param>
    /// <param name="log">Where worker starts, crashes and standard error go.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SupervisedInterpreter(SupervisorOptions options, KernelLog log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        _options = options;
        _log = log;
        Info = ScriptSessionInterpreter.DescribeInterpreter();
        lock (_gate)
        {
            _worker = StartWorker();
        }
    }

    /// <inheritdoc />
    public InterpreterInfo Info { get; }

    /// <inheritdoc />
    public int ExecutionCount => Volatile.Read(ref _executionCount);

    /// <summary>Gets the number of workers started so far (1 until the first crash or forced stop).</summary>
    public int WorkersStarted { get; private set; }

    /// <summary>Gets the resident set size of the current worker in bytes (0 while none runs); for benchmarks and logs.</summary>
    /// <returns>The worker's RSS in bytes.</returns>
    public long WorkerResidentBytes()
    {
        var worker = CurrentWorker();
        return worker is { IsCompletedSuccessfully: true } ? worker.Result.ResidentBytes() : 0;
    }

    /// <inheritdoc />
    public async Task<ExecutionOutcome> ExecuteAsync(ExecuteRequest request, IOutputPublisher publisher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(publisher);
        var cellNumber = ExecutionCount + 1;
        WorkerProcess worker;
        try
        {
            worker = await EnsureWorkerAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException exception)
        {
            return Fail(publisher, cellNumber, "WorkerUnavailable", $"(cell {cellNumber}): kjernen fikk ikke startet arbeidsprosessen: {exception.Message}");
        }

        var call = new Call(Interlocked.Increment(ref _nextId), publisher, worker);
        _calls[call.Id] = call;
        lock (_gate)
        {
            _running = call;
        }

        try
        {
            var message = new JsonObject
            {
                ["op"] = "execute",
                ["id"] = call.Id,
                ["code"] = request.Code,
                ["label"] = $"cell {cellNumber}",
                ["silent"] = request.Silent,
                ["store_history"] = request.StoreHistory,
                ["allow_stdin"] = request.AllowStdin && publisher is IInputRequester,
            };
            if (!worker.TrySend(message))
            {
                call.Done.TrySetResult(null);
            }

            message.Clear();
            using var stop = cancellationToken.Register(Interrupt);
            var done = await call.Done.Task.ConfigureAwait(false);
            if (done is not null && (string?)done["ev"] == "done")
            {
                var count = _countBase + ((int?)done["count"] ?? 0);
                Volatile.Write(ref _executionCount, Math.Max(count, _executionCount));
                if ((string?)done["error_name"] == nameof(OutOfMemoryException))
                {
                    // A process that ran out of memory may keep failing to allocate (the runtime holds on to what it
                    // committed, and the cell may have stored into earlier objects): start clean.
                    call.Killed = true;
                    worker.Kill();
                    await worker.Lost.ConfigureAwait(false);
                    Restart(worker, ExecutionCount);
                    publisher.Stream("stderr", $"(cell {ExecutionCount}): cellen gikk tom for minne. {RestartNotice}\n");
                }

                return (bool?)done["success"] == true
                    ? ExecutionOutcome.Succeeded(ExecutionCount)
                    : ExecutionOutcome.Failed(ExecutionCount, (string?)done["error_name"] ?? "Error", (string?)done["error_value"] ?? "The cell failed.", Lines(done["traceback"]));
            }

            // The worker is gone: a crash or an interrupt that had to stop the process.
            var exit = await worker.Lost.ConfigureAwait(false);
            var forced = call.Killed;
            Restart(worker, cellNumber);
            var why = forced
                ? $"(cell {cellNumber}): cellen stoppet ikke innen {_options.InterruptGracePeriod.TotalSeconds:0.#} s etter avbruddet, så kjernen stoppet prosessen som kjørte den. Ingenting fra cellen kan endre tilstanden etter dette."
                : $"(cell {cellNumber}): prosessen som kjørte cellen døde: {exit.Describe()}.";
            const string notice = RestartNotice;
            publisher.Stream("stderr", $"{why}\n{notice}\n");
            var traceback = new List<string> { $"{(forced ? "CellStopped" : "WorkerCrashed")}: {why}", notice };
            traceback.AddRange(exit.StderrTail.Take(12).Select(line => "  " + line));
            publisher.Error(forced ? "CellStopped" : "WorkerCrashed", $"{why} {notice}", traceback);
            return ExecutionOutcome.Failed(cellNumber, forced ? "CellStopped" : "WorkerCrashed", $"{why} {notice}", traceback);
        }
        finally
        {
            lock (_gate)
            {
                _running = null;
            }

            call.CancelInput();
            _calls.TryRemove(call.Id, out _);
        }
    }

    /// <inheritdoc />
    public async Task<CompletionOutcome> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var answer = await AskAsync(new JsonObject { ["op"] = "complete", ["code"] = code, ["cursor"] = cursorPosition }, cancellationToken).ConfigureAwait(false);
        if (answer?["matches"] is not JsonArray matches)
        {
            var cursor = Math.Clamp(cursorPosition, 0, code.Length);
            return new CompletionOutcome([], cursor, cursor);
        }

        return new CompletionOutcome(
            [.. matches.OfType<JsonObject>().Select(m => new CompletionMatch((string?)m["text"] ?? string.Empty, (string?)m["type"] ?? string.Empty, (string?)m["signature"]))],
            (int?)answer["start"] ?? cursorPosition,
            (int?)answer["end"] ?? cursorPosition);
    }

    /// <inheritdoc />
    public async Task<InspectionOutcome> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var answer = await AskAsync(new JsonObject { ["op"] = "inspect", ["code"] = code, ["cursor"] = cursorPosition, ["detail"] = detailLevel }, cancellationToken).ConfigureAwait(false);
        if (answer is null || (bool?)answer["found"] != true || answer["data"] is not JsonObject data)
        {
            return InspectionOutcome.NotFound;
        }

        return new InspectionOutcome(true, data.ToDictionary(p => p.Key, p => (string?)p.Value ?? string.Empty));
    }

    /// <inheritdoc />
    public CompletenessOutcome IsComplete(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var answer = AskAsync(new JsonObject { ["op"] = "is_complete", ["code"] = code }, CancellationToken.None).GetAwaiter().GetResult();
        return answer is not null && Enum.TryParse<CodeCompleteness>((string?)answer["status"], out var status)
            ? new CompletenessOutcome(status, (string?)answer["indent"] ?? string.Empty)
            : new CompletenessOutcome(CodeCompleteness.Unknown, string.Empty);
    }

    /// <inheritdoc />
    public void Interrupt()
    {
        Call? running;
        lock (_gate)
        {
            running = _running;
        }

        if (running is null || running.InterruptRequested)
        {
            return;
        }

        running.InterruptRequested = true;
        running.CancelInput();
        running.Worker.TrySend(new JsonObject { ["op"] = "interrupt" });
        _ = EscalateAsync(running);
    }

    /// <inheritdoc />
    public async Task ShutdownAsync(bool restart)
    {
        var current = CurrentWorker();
        if (current is null)
        {
            return;
        }

        WorkerProcess worker;
        try
        {
            worker = await current.ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return;
        }

        lock (_gate)
        {
            _disposed = true;
        }

        worker.TrySend(new JsonObject { ["op"] = "shutdown" });
        if (await Task.WhenAny(worker.Lost, Task.Delay(TimeSpan.FromSeconds(3))).ConfigureAwait(false) != worker.Lost)
        {
            worker.Kill();
        }
    }

    /// <summary>Stops the worker (if still running) and releases the connection.</summary>
    public void Dispose()
    {
        Task<WorkerProcess>? current;
        lock (_gate)
        {
            _disposed = true;
            current = _worker;
            _worker = null;
        }

        if (current is { IsCompletedSuccessfully: true })
        {
            current.Result.Kill();
            current.Result.Dispose();
        }
    }

    private static IReadOnlyList<string> Lines(JsonNode? node)
        => node is JsonArray array ? [.. array.Select(n => (string?)n ?? string.Empty)] : [];

    private static ExecutionOutcome Fail(IOutputPublisher publisher, int cellNumber, string name, string message)
    {
        publisher.Error(name, message, [$"{name}: {message}"]);
        return ExecutionOutcome.Failed(cellNumber, name, message, [$"{name}: {message}"]);
    }

    private Task<WorkerProcess>? CurrentWorker()
    {
        lock (_gate)
        {
            return _worker;
        }
    }

    private Task<WorkerProcess> EnsureWorkerAsync()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_worker is null || _worker.IsFaulted || _worker.IsCanceled || (_worker.IsCompletedSuccessfully && _worker.Result.Lost.IsCompleted))
            {
                _worker = StartWorker();
            }

            return _worker;
        }
    }

    private Task<WorkerProcess> StartWorker()
    {
        WorkersStarted++;
        return Task.Run(async () =>
        {
            var worker = await WorkerProcess.StartAsync(_options.WorkerCommand, _options.WorkingDirectory, _log, OnMessage, OnStdout, _options.StartTimeout, _options.WorkerHeapLimitBytes).ConfigureAwait(false);
            _log.Info($"Kernel worker {worker.ProcessId} started.");
            StartupTrace.Mark("supervisor", "worker connected");
            _ = worker.Lost.ContinueWith(lost => OnLost(worker, lost.Result), TaskScheduler.Default);
            return worker;
        });
    }

    private void Restart(WorkerProcess lost, int cellNumber)
    {
        lock (_gate)
        {
            Volatile.Write(ref _executionCount, Math.Max(cellNumber, _executionCount));
            _countBase = _executionCount;
            if (!_disposed && _worker is { IsCompletedSuccessfully: true } current && current.Result == lost)
            {
                _worker = StartWorker();
            }
        }

        lost.Dispose();
    }

    private void OnLost(WorkerProcess worker, WorkerExit exit)
    {
        _log.Warning($"Kernel worker {worker.ProcessId} ended ({exit.Describe()}).");
        foreach (var call in _calls.Values.Where(c => c.Worker == worker))
        {
            call.Done.TrySetResult(null);
        }

        lock (_gate)
        {
            // A worker lost between cells (killed from outside) is replaced at once, so the next cell finds one.
            if (!_disposed && _running is null && _worker is { IsCompletedSuccessfully: true } current && current.Result == worker)
            {
                _countBase = _executionCount;
                _worker = StartWorker();
                worker.Dispose();
            }
        }
    }

    private async Task EscalateAsync(Call call)
    {
        if (await Task.WhenAny(call.Done.Task, Task.Delay(_options.InterruptGracePeriod)).ConfigureAwait(false) == call.Done.Task)
        {
            return;
        }

        _log.Warning($"The interrupted cell did not stop within {_options.InterruptGracePeriod.TotalSeconds:0.#} s; stopping worker {call.Worker.ProcessId}.");
        call.Killed = true;
        call.Worker.Kill();
    }

    private async Task<JsonObject?> AskAsync(JsonObject question, CancellationToken cancellationToken)
    {
        WorkerProcess worker;
        try
        {
            worker = await EnsureWorkerAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        var call = new Call(Interlocked.Increment(ref _nextId), null, worker);
        _calls[call.Id] = call;
        question["id"] = call.Id;
        try
        {
            if (!worker.TrySend(question))
            {
                return null;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.QuestionTimeout);
            try
            {
                var answer = await call.Done.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
                if (answer?["problem"] is { } problem)
                {
                    _log.Warning($"The worker could not answer '{question["op"]}': {problem}");
                    return null;
                }

                return answer;
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
        finally
        {
            _calls.TryRemove(call.Id, out _);
        }
    }

    private void OnStdout(string text)
    {
        Call? running;
        lock (_gate)
        {
            running = _running;
        }

        if (running?.Publisher is { } publisher)
        {
            publisher.Stream("stdout", text);
        }
        else
        {
            _log.Info($"worker stdout: {text.TrimEnd()}");
        }
    }

    private void OnMessage(JsonObject message)
    {
        var kind = (string?)message["ev"];
        if (kind == "ready")
        {
            return;
        }

        if (!_calls.TryGetValue((long?)message["id"] ?? -1, out var call))
        {
            _log.Warning($"Worker event '{kind}' for no waiting request; dropped.");
            return;
        }

        if (call.InterruptRequested && call.Killed)
        {
            return;
        }

        var publisher = call.Publisher;
        switch (kind)
        {
            case "done":
                call.Done.TrySetResult(message);
                break;
            case "stream" when publisher is not null:
                publisher.Stream((string?)message["name"] ?? "stdout", (string?)message["text"] ?? string.Empty);
                break;
            case "display" when publisher is not null:
                if ((string?)message["display_id"] is { } displayId)
                {
                    publisher.DisplayData(Bundle(message["data"]), displayId);
                }
                else
                {
                    publisher.DisplayData(Bundle(message["data"]));
                }

                break;
            case "update_display" when publisher is not null:
                publisher.UpdateDisplayData(Bundle(message["data"]), (string?)message["display_id"] ?? string.Empty);
                break;
            case "clear_output" when publisher is not null:
                publisher.ClearOutput((bool?)message["wait"] ?? false);
                break;
            case "result" when publisher is not null:
                publisher.ExecuteResult(_countBase + ((int?)message["count"] ?? 0), Bundle(message["data"]));
                break;
            case "error" when publisher is not null:
                publisher.Error((string?)message["name"] ?? "Error", (string?)message["value"] ?? string.Empty, Lines(message["traceback"]));
                break;
            case "input_request" when publisher is not null:
                _ = Task.Run(() => ForwardInput(call, (string?)message["prompt"] ?? string.Empty, (bool?)message["password"] ?? false));
                break;
            default:
                _log.Warning($"Unexpected worker event '{kind}'; dropped.");
                break;
        }
    }

    private void ForwardInput(Call call, string prompt, bool password)
    {
        string? value = null;
        if (call.Publisher is IInputRequester requester)
        {
            try
            {
                value = requester.RequestInput(prompt, password, call.InputCancellation);
            }
            catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException or AggregateException)
            {
                return;
            }
        }

        call.Worker.TrySend(new JsonObject { ["op"] = "input_reply", ["value"] = value ?? string.Empty });
    }

    private static Dictionary<string, string> Bundle(JsonNode? node)
        => node is JsonObject bundle ? bundle.ToDictionary(p => p.Key, p => (string?)p.Value ?? string.Empty) : [];

    /// <summary>One request waiting for the worker's answer.</summary>
    private sealed class Call(long id, IOutputPublisher? publisher, WorkerProcess worker)
    {
        private readonly CancellationTokenSource _input = new();

        public long Id { get; } = id;

        public IOutputPublisher? Publisher { get; } = publisher;

        public WorkerProcess Worker { get; } = worker;

        /// <summary>Completes with the worker's <c>done</c> message, or null when the worker is gone.</summary>
        public TaskCompletionSource<JsonObject?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool InterruptRequested { get; set; }

        public bool Killed { get; set; }

        public CancellationToken InputCancellation => _input.Token;

        public void CancelInput()
        {
            try
            {
                _input.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Finished.
            }
        }
    }
}
