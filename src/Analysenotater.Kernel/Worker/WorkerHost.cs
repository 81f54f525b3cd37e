using System.Net.Sockets;
using System.Text.Json.Nodes;
using Analysenotater.Kernel.CSharp;
using Analysenotater.Kernel.Hosting;
using Analysenotater.Kernel.Interpreting;
using Analysenotater.Kernel.Protocol;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Kernel.Worker;

/// <summary>
/// The worker process (<c>analysenotater kernel worker --socket PATH</c>): connects to the supervisor's Unix domain
/// socket and runs cells in a <see cref="ScriptSession"/> on its behalf. It never gives up waiting for an interrupted
/// cell (the supervisor decides when to stop the process), so no cell keeps running after its reply. It ends when the
/// supervisor closes the connection or asks it to shut down.
/// </summary>
public static class WorkerHost
{
    /// <summary>Connects to <paramref name="socketPath"/> and serves until the supervisor is gone.</summary>
    /// <param name="socketPath">The supervisor's socket.</param>
    /// <param name="error">Where the worker logs (its standard error, read by the supervisor).</param>
    /// <returns>The process exit code: 0 after a shutdown or when the supervisor closed the connection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string socketPath, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(socketPath);
        ArgumentNullException.ThrowIfNull(error);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
        }
        catch (SocketException exception)
        {
            error.WriteLine($"kernel worker: cannot connect to '{socketPath}': {exception.Message}");
            socket.Dispose();
            return 1;
        }

        // jupyter_client signals the kernel's whole process group: SIGINT reaches the worker too. The supervisor
        // forwards interrupts itself (and escalates), so the worker ignores the signal instead of dying of it.
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, context => context.Cancel = true);
        using var pipe = new WorkerPipe(new NetworkStream(socket, ownsSocket: true));
        // The session starts Roslyn on its base state at once; the extra warm-up (a throw-away cell, chart and table
        // formatting) would run on the first result's clock on a 2-core machine, so it comes after the first cell
        // (ANALYSENOTATER_WORKER_WARMUP=eager: before, as until December 2026; =off: never).
        var warmUp = Environment.GetEnvironmentVariable("ANALYSENOTATER_WORKER_WARMUP");
        var session = new ScriptSession(new ScriptSessionOptions
        {
            BaseDirectory = Environment.CurrentDirectory,
            WarmUp = warmUp == "eager",
            InterruptGracePeriod = Timeout.InfiniteTimeSpan,
        });
        StartupTrace.Mark("worker", "session created");
        if (StartupTrace.Enabled)
        {
            _ = session.WarmUpAsync().ContinueWith(_ => StartupTrace.Mark("worker", "base state ready"), TaskScheduler.Default);
        }

        using var interpreter = new ScriptSessionInterpreter(session);
        var serving = new WorkerSession(pipe, interpreter) { WarmUpAfterFirstCell = warmUp is null or "" or "after-first-cell" };
        serving.ServeAsync().GetAwaiter().GetResult();
        return 0;
    }

    /// <summary>The request loop of one worker: reads requests, runs cells on their own task, answers with events.</summary>
    private sealed class WorkerSession(WorkerPipe pipe, ScriptSessionInterpreter interpreter)
    {
        /// <summary>Code longer than this (UTF-16 units) is followed by a compacting collection, so its memory is given back.</summary>
        private const int LargeCodeChars = 1 << 20;

        private readonly Lock _inputGate = new();
        private TaskCompletionSource<string>? _input;
        private int _executed;

        /// <summary>Whether the first finished cell starts the formatting warm-up (charts, tables) in the background.</summary>
        public bool WarmUpAfterFirstCell { get; init; }

        public async Task ServeAsync()
        {
            pipe.Send(new JsonObject { ["ev"] = "ready", ["pid"] = Environment.ProcessId });
            StartupTrace.Mark("worker", "ready sent");
            while (await pipe.ReceiveAsync(CancellationToken.None).ConfigureAwait(false) is { } message)
            {
                var op = (string?)message["op"];
                var id = (long?)message["id"] ?? 0;
                switch (op)
                {
                    case "execute":
                        _ = Task.Run(() => ExecuteAsync(id, message));
                        break;
                    case "complete":
                        _ = Task.Run(() => CompleteAsync(id, message));
                        break;
                    case "inspect":
                        _ = Task.Run(() => InspectAsync(id, message));
                        break;
                    case "is_complete":
                        Answer(id, IsComplete(message));
                        break;
                    case "interrupt":
                        interpreter.Interrupt();
                        break;
                    case "input_reply":
                        TakeInput()?.TrySetResult((string?)message["value"] ?? string.Empty);
                        break;
                    case "shutdown":
                        return;
                    default:
                        Answer(id, new JsonObject { ["problem"] = $"unknown worker request '{op}'" });
                        break;
                }
            }
        }

        private void Answer(long id, JsonObject body)
        {
            body["ev"] = "done";
            body["id"] = id;
            Send(body);
        }

        private void Send(JsonObject message)
        {
            try
            {
                pipe.Send(message);
            }
            catch (IOException)
            {
                // The supervisor is gone; the read loop ends and so does the process.
            }
            catch (ObjectDisposedException)
            {
                // Same: shutting down.
            }
        }

        private async Task ExecuteAsync(long id, JsonObject message)
        {
            var request = new ExecuteRequest(
                (string?)message["code"] ?? string.Empty,
                Silent: (bool?)message["silent"] ?? false,
                StoreHistory: (bool?)message["store_history"] ?? true,
                AllowStdin: (bool?)message["allow_stdin"] ?? false);
            var publisher = new Forwarder(this, id);
            var first = Interlocked.Exchange(ref _executed, 1) == 0;
            if (first)
            {
                StartupTrace.Mark("worker", "first execute received");
            }

            ExecutionOutcome outcome;
            try
            {
                outcome = await interpreter.ExecuteAsync(request, publisher, (string?)message["label"], CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever the engine throws becomes the cell's error; the worker lives on.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                outcome = ExecutionOutcome.Failed(interpreter.ExecutionCount, exception.GetType().Name, exception.Message, exception.ToString().Split('\n'));
            }

            if (first)
            {
                StartupTrace.Mark("worker", "first execute done");
                if (WarmUpAfterFirstCell)
                {
                    _ = Task.Run(WarmUpFormatting);
                }
            }

            var large = request.Code.Length > LargeCodeChars;
            request = null!;
            message.Clear();
            if (!outcome.Success || large)
            {
                // A failed cell (out of memory above all) leaves garbage behind; give it back before the next cell.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }

            Answer(id, new JsonObject
            {
                ["success"] = outcome.Success,
                ["count"] = outcome.ExecutionCount,
                ["error_name"] = outcome.ErrorName,
                ["error_value"] = outcome.ErrorValue,
                ["traceback"] = new JsonArray([.. outcome.Traceback.Select(line => (JsonNode?)JsonValue.Create(line))]),
            });
        }

        /// <summary>
        /// JIT-compiles the chart and table formatting paths with a throw-away registry (no output, no plot number
        /// taken), so a first chart cell does not pay for them; after the first result, while the user reads it.
        /// </summary>
        private static void WarmUpFormatting()
        {
            try
            {
                var formatters = Analysenotater.Notebooks.Formatting.FormatterRegistry.CreateDefault();
                formatters.Format(Plotly.NET.CSharp.Chart.Bar<double, string, string>(new[] { 1.0 }, new[] { "a" }));
                formatters.Format(new Analysenotater.Reporting.ReportTableBuilder("t", "a").Row(Analysenotater.Reporting.ReportCell.FromCount(1)).Build());
            }
#pragma warning disable CA1031 // A warm-up that fails changes nothing for the user; the real cell reports its own errors.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        private async Task CompleteAsync(long id, JsonObject message)
        {
            var result = await Guard(async () =>
            {
                var outcome = await interpreter.CompleteAsync((string?)message["code"] ?? string.Empty, (int?)message["cursor"] ?? 0, CancellationToken.None).ConfigureAwait(false);
                return new JsonObject
                {
                    ["start"] = outcome.ReplaceStart,
                    ["end"] = outcome.ReplaceEnd,
                    ["matches"] = new JsonArray([.. outcome.Matches.Select(m => (JsonNode?)new JsonObject { ["text"] = m.Text, ["type"] = m.Type, ["signature"] = m.Signature })]),
                };
            }).ConfigureAwait(false);
            Answer(id, result);
        }

        private async Task InspectAsync(long id, JsonObject message)
        {
            var result = await Guard(async () =>
            {
                var outcome = await interpreter.InspectAsync((string?)message["code"] ?? string.Empty, (int?)message["cursor"] ?? 0, (int?)message["detail"] ?? 0, CancellationToken.None).ConfigureAwait(false);
                return new JsonObject { ["found"] = outcome.Found, ["data"] = Bundle(outcome.Data) };
            }).ConfigureAwait(false);
            Answer(id, result);
        }

        private JsonObject IsComplete(JsonObject message)
        {
            var outcome = interpreter.IsComplete((string?)message["code"] ?? string.Empty);
            return new JsonObject { ["status"] = outcome.Status.ToString(), ["indent"] = outcome.Indent };
        }

        private static async Task<JsonObject> Guard(Func<Task<JsonObject>> work)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A failed completion or inspection is answered as a problem, never a dead worker.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return new JsonObject { ["problem"] = $"{exception.GetType().Name}: {exception.Message}" };
            }
        }

        internal static JsonObject Bundle(IReadOnlyDictionary<string, string> data)
        {
            var bundle = new JsonObject();
            foreach (var (mime, value) in data)
            {
                bundle[mime] = value;
            }

            return bundle;
        }

        internal string RequestInput(long id, string prompt, bool password, CancellationToken cancellationToken)
        {
            var pending = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_inputGate)
            {
                _input = pending;
            }

            Send(new JsonObject { ["ev"] = "input_request", ["id"] = id, ["prompt"] = prompt, ["password"] = password });
            try
            {
                pending.Task.Wait(cancellationToken);
                return pending.Task.Result;
            }
            finally
            {
                TakeInput();
            }
        }

        private TaskCompletionSource<string>? TakeInput()
        {
            lock (_inputGate)
            {
                var pending = _input;
                _input = null;
                return pending;
            }
        }

        internal void Event(long id, string kind, JsonObject body)
        {
            body["ev"] = kind;
            body["id"] = id;
            Send(body);
        }
    }

    /// <summary>The cell's publisher inside the worker: every output becomes an event for the supervisor.</summary>
    private sealed class Forwarder(WorkerSession session, long id) : IOutputPublisher, IInputRequester
    {
        public void Stream(string name, string text) => session.Event(id, "stream", new JsonObject { ["name"] = name, ["text"] = text });

        public void DisplayData(IReadOnlyDictionary<string, string> data) => session.Event(id, "display", new JsonObject { ["data"] = WorkerSession.Bundle(data) });

        public void DisplayData(IReadOnlyDictionary<string, string> data, string displayId)
            => session.Event(id, "display", new JsonObject { ["data"] = WorkerSession.Bundle(data), ["display_id"] = displayId });

        public void UpdateDisplayData(IReadOnlyDictionary<string, string> data, string displayId)
            => session.Event(id, "update_display", new JsonObject { ["data"] = WorkerSession.Bundle(data), ["display_id"] = displayId });

        public void ClearOutput(bool wait) => session.Event(id, "clear_output", new JsonObject { ["wait"] = wait });

        public void ExecuteResult(int executionCount, IReadOnlyDictionary<string, string> data) => session.Event(id, "result", new JsonObject { ["count"] = executionCount, ["data"] = WorkerSession.Bundle(data) });

        public void Error(string name, string value, IReadOnlyList<string> traceback)
            => session.Event(id, "error", new JsonObject { ["name"] = name, ["value"] = value, ["traceback"] = new JsonArray([.. traceback.Select(line => (JsonNode?)JsonValue.Create(line))]) });

        public string RequestInput(string prompt, bool password, CancellationToken cancellationToken) => session.RequestInput(id, prompt, password, cancellationToken);
    }
}
