using System.Text.Json;
using System.Threading.Channels;
using Analysenotater.Kernel.History;
using Analysenotater.Kernel.Hosting;
using Analysenotater.Kernel.Interpreting;
using Analysenotater.Kernel.Messaging;
using Analysenotater.Kernel.Protocol;
using Analysenotater.Kernel.Transport;

namespace Analysenotater.Kernel;

/// <summary>
/// The kernel: verifies every incoming message, dispatches it by <c>msg_type</c> to a handler, and wraps every request
/// in <c>busy</c> … <c>idle</c> status broadcasts (ipykernel's <c>kernelbase</c> shape). Shell requests run one at a
/// time; control requests (interrupt, shutdown) run on their own loop so they are served while a cell runs. A message
/// with a bad signature, an unreadable header or a replayed signature is logged and dropped, never executed. Every
/// correctly signed request gets a reply: one whose content is malformed, not UTF-8 or over the size limit
/// (<see cref="KernelLimits"/>) gets an error reply naming the bad field. A handler that throws is logged and answered
/// with an error; the kernel lives on.
/// </summary>
public sealed class JupyterKernel
{
    private readonly IKernelTransport _transport;
    private readonly IInterpreter _interpreter;
    private readonly WireCodec _codec;
    private readonly MessageFactory _factory;
    private readonly KernelLog _log;
    private readonly KernelLimits _limits;
    private readonly SessionHistory _history = new();
    private readonly Channel<TransportFrames> _shellQueue = Channel.CreateUnbounded<TransportFrames>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<TransportFrames> _controlQueue = Channel.CreateUnbounded<TransportFrames>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _shutdownRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _lifetime = new();
    private int _started;
    private int _rejected;
    private int _executed;
    private TaskCompletionSource<string>? _pendingInput;

    /// <summary>Creates a kernel.</summary>
    /// <param name="transport">The sockets (or an in-memory transport).</param>
    /// <param name="interpreter">The language engine.</param>
    /// <param name="signer">The signer with the connection key.</param>
    /// <param name="log">Where rejected messages and handler failures are logged.</param>
    /// <param name="factory">Creates outgoing messages; a new session id and the system clock when null.</param>
    /// <param name="limits">Message size limit and replay history; <see cref="KernelLimits"/>' defaults when null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public JupyterKernel(IKernelTransport transport, IInterpreter interpreter, MessageSigner signer, KernelLog log, MessageFactory? factory = null, KernelLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(interpreter);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(log);
        _transport = transport;
        _interpreter = interpreter;
        _limits = limits ?? new KernelLimits();
        _codec = new WireCodec(signer, new ReplayGuard(_limits.ReplayHistory), _limits.MaxMessageBytes);
        _log = log;
        _factory = factory ?? new MessageFactory(Guid.NewGuid().ToString(), "kernel");
    }

    /// <summary>Gets the number of messages dropped because their signature or framing was invalid.</summary>
    public int RejectedMessageCount => Volatile.Read(ref _rejected);

    /// <summary>
    /// Starts the transport, broadcasts <c>starting</c>, and serves requests until a <c>shutdown_request</c> has been
    /// answered or <paramref name="cancellationToken"/> is cancelled; then flushes and stops the transport.
    /// </summary>
    /// <param name="cancellationToken">Stops the kernel (e.g. on SIGTERM).</param>
    /// <returns>A task that completes when the kernel has stopped.</returns>
    /// <exception cref="InvalidOperationException">The kernel was already run.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("A kernel can be run only once; start a new process to restart.");
        }

        _transport.Start(OnReceived);
        Broadcast(null, MessageTypes.Status, new StatusContent(ExecutionState.Starting));
        var shell = Task.Run(() => ServeAsync(_shellQueue.Reader, KernelChannel.Shell), CancellationToken.None);
        var control = Task.Run(() => ServeAsync(_controlQueue.Reader, KernelChannel.Control), CancellationToken.None);

        await using (cancellationToken.Register(() => _shutdownRequested.TrySetResult()))
        {
            await _shutdownRequested.Task.ConfigureAwait(false);
        }

        _interpreter.Interrupt();
        await _lifetime.CancelAsync().ConfigureAwait(false);
        _shellQueue.Writer.TryComplete();
        _controlQueue.Writer.TryComplete();
        await Task.WhenAny(Task.WhenAll(shell, control), Task.Delay(TimeSpan.FromSeconds(3), CancellationToken.None)).ConfigureAwait(false);
        await _transport.StopAsync().ConfigureAwait(false);
        _log.Info("Kernel stopped.");
    }

    /// <summary>Interrupts the running cell, if any (what SIGINT and <c>interrupt_request</c> do). Never throws.</summary>
    public void Interrupt()
    {
        _log.Info("Interrupt: asking the running cell to stop.");
        _interpreter.Interrupt();
    }

    private void OnReceived(TransportFrames frames)
    {
        switch (frames.Channel)
        {
            case KernelChannel.Shell:
                _shellQueue.Writer.TryWrite(frames);
                break;
            case KernelChannel.Control:
                _controlQueue.Writer.TryWrite(frames);
                break;
            case KernelChannel.Stdin:
                OnStdin(frames);
                break;
            default:
                _log.Warning($"Ignored a message on {frames.Channel}.");
                break;
        }
    }

    /// <summary>An <c>input_reply</c> completes the cell's pending input request; anything else on stdin is logged and dropped.</summary>
    private void OnStdin(TransportFrames frames)
    {
        if (!TryDecode(frames, out var message))
        {
            return;
        }

        var pending = Volatile.Read(ref _pendingInput);
        if (message.MessageType != MessageTypes.InputReply || pending is null)
        {
            _log.Warning($"Ignored '{message.MessageType}' on stdin: no input request is waiting.");
            return;
        }

        var value = message.Content.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;
        pending.TrySetResult(value);
    }

    /// <summary>
    /// Sends <c>input_request</c> on stdin to the frontend that sent <paramref name="parent"/> (same routing identity,
    /// parent header = the execute request) and blocks until its <c>input_reply</c> arrives.
    /// </summary>
    internal string RequestInput(JupyterMessage parent, string prompt, bool password, CancellationToken cancellationToken)
    {
        var pending = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Interlocked.CompareExchange(ref _pendingInput, pending, null) is not null)
        {
            throw new InvalidOperationException("An input request is already waiting for its reply.");
        }

        try
        {
            _transport.Send(new TransportFrames(KernelChannel.Stdin, _codec.Encode(_factory.CreateReply(parent, MessageTypes.InputRequest, new InputRequest(prompt, password)))));
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
            pending.Task.Wait(linked.Token);
            return pending.Task.Result;
        }
        finally
        {
            Volatile.Write(ref _pendingInput, null);
        }
    }

    private async Task ServeAsync(ChannelReader<TransportFrames> queue, KernelChannel channel)
    {
        try
        {
            await foreach (var frames in queue.ReadAllAsync(_lifetime.Token).ConfigureAwait(false))
            {
                if (TryDecode(frames, out var request))
                {
                    await DispatchAsync(request, channel).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The kernel is stopping.
        }
    }

    private bool TryDecode(TransportFrames frames, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JupyterMessage? request)
    {
        if (_codec.TryDecode(frames.Frames, out request, out var problem))
        {
            return true;
        }

        Interlocked.Increment(ref _rejected);
        _log.Warning($"Rejected a message on {frames.Channel} and did not run it: {problem}");
        return false;
    }

    private async Task DispatchAsync(JupyterMessage request, KernelChannel channel)
    {
        var stopAfterwards = false;
        var size = request.Content.ValueKind == JsonValueKind.Object && request.MessageType == MessageTypes.ExecuteRequest && request.Content.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()?.Length ?? 0
            : 0;
        Broadcast(request, MessageTypes.Status, new StatusContent(ExecutionState.Busy));
        try
        {
            if (request.Problem is not null)
            {
                RejectMalformed(request, channel, request.Problem);
                return;
            }

            switch (request.MessageType)
            {
                case MessageTypes.KernelInfoRequest:
                    Reply(channel, request, MessageTypes.KernelInfoReply, KernelInfo());
                    break;
                case MessageTypes.ExecuteRequest:
                    await ExecuteAsync(request, channel).ConfigureAwait(false);
                    break;
                case MessageTypes.CompleteRequest:
                    await CompleteAsync(request, channel).ConfigureAwait(false);
                    break;
                case MessageTypes.InspectRequest:
                    await InspectAsync(request, channel).ConfigureAwait(false);
                    break;
                case MessageTypes.IsCompleteRequest:
                    IsComplete(request, channel);
                    break;
                case MessageTypes.InterruptRequest:
                    Interrupt();
                    Reply(channel, request, MessageTypes.InterruptReply, new InterruptReply(ReplyStatus.Ok));
                    break;
                case MessageTypes.ShutdownRequest:
                    await ShutdownAsync(request, channel).ConfigureAwait(false);
                    stopAfterwards = true;
                    break;
                case MessageTypes.CommInfoRequest:
                    Reply(channel, request, MessageTypes.CommInfoReply, new CommInfoReply(ReplyStatus.Ok, MimeBundleJson.Empty));
                    break;
                case MessageTypes.HistoryRequest:
                    Reply(channel, request, MessageTypes.HistoryReply, new HistoryReply(ReplyStatus.Ok, _history.Query(request.Content)));
                    break;
                case MessageTypes.CommOpen:
                    RefuseComm(request);
                    break;
                case MessageTypes.CommMessage:
                case MessageTypes.CommClose:
                    break;
                default:
                    _log.Warning($"Unknown message type '{request.MessageType}' on {channel}; ignored.");
                    break;
            }
        }
        catch (JsonException exception)
        {
            RejectMalformed(request, channel, DescribeJsonProblem(exception));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _log.Error($"Handling {request.MessageType} failed: {exception}");
            RejectMalformed(request, channel, $"{exception.GetType().Name}: {exception.Message}");
        }
        finally
        {
            Broadcast(request, MessageTypes.Status, new StatusContent(ExecutionState.Idle));
        }

        if (size * 2L > _limits.CompactAfterBytes)
        {
            // A large request's strings are garbage now: give the memory back instead of keeping the peak.
            request = null!;
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        if (stopAfterwards)
        {
            _shutdownRequested.TrySetResult();
        }
    }

    /// <summary>
    /// Answers a correctly signed request whose content cannot be used: the matching <c>*_reply</c> with status
    /// <c>error</c>, <c>ename</c> <c>InvalidRequest</c> and the problem, so the client does not wait forever.
    /// Messages that are not requests (comm messages, replies) are only logged.
    /// </summary>
    private void RejectMalformed(JupyterMessage request, KernelChannel channel, string problem)
    {
        var message = $"Ugyldig {request.MessageType}: {problem}";
        _log.Warning($"Answered {request.MessageType} (msg_id '{request.Header.MessageId}') with an error: {problem}");
        if (!request.MessageType.EndsWith("_request", StringComparison.Ordinal) || channel == KernelChannel.IoPub)
        {
            return;
        }

        var replyType = request.MessageType[..^"_request".Length] + "_reply";
        var content = new Dictionary<string, object?>
        {
            ["status"] = ReplyStatus.Error,
            ["ename"] = "InvalidRequest",
            ["evalue"] = message,
            ["traceback"] = new[] { "InvalidRequest: " + message },
        };
        if (request.MessageType == MessageTypes.ExecuteRequest)
        {
            content["execution_count"] = _interpreter.ExecutionCount;
        }

        Reply(channel, request, replyType, content);
    }

    /// <summary>Names the field a deserialisation error is about (System.Text.Json's <c>Path</c>, e.g. <c>$.code</c>).</summary>
    private static string DescribeJsonProblem(JsonException exception)
    {
        var field = exception.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : null;
        var detail = exception.Message.Split(" Path:", 2)[0];
        return field is null ? $"the content is malformed: {detail}" : $"field '{field}' has the wrong type or value: {detail}";
    }

    private KernelInfoReply KernelInfo()
    {
        var info = _interpreter.Info;
        return new KernelInfoReply(ReplyStatus.Ok, MessageFactory.ProtocolVersion, info.Implementation, info.ImplementationVersion, info.Language, info.Banner, info.HelpLinks, false);
    }

    private async Task ExecuteAsync(JupyterMessage request, KernelChannel channel)
    {
        var content = request.ContentAs<ExecuteRequest>();
        if (content.Code is null)
        {
            throw new JsonException("field 'code' is missing or null; it must be a string", "$.code", null, null);
        }

        var nextCount = _interpreter.ExecutionCount + 1;
        if (!content.Silent)
        {
            Broadcast(request, MessageTypes.ExecuteInput, new ExecuteInput(content.Code, nextCount));
        }

        var publisher = new IopubOutputPublisher(this, request, content.Silent, content.AllowStdin);
        var first = Interlocked.Exchange(ref _executed, 1) == 0;
        if (first)
        {
            StartupTrace.Mark("supervisor", "first execute_request");
        }

        ExecutionOutcome outcome;
        try
        {
            outcome = await _interpreter.ExecuteAsync(content, publisher, _lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _log.Error($"The interpreter threw instead of reporting an error: {exception}");
            var traceback = exception.ToString().Split('\n');
            publisher.Error(exception.GetType().Name, exception.Message, traceback);
            outcome = ExecutionOutcome.Failed(Math.Max(nextCount, _interpreter.ExecutionCount), exception.GetType().Name, exception.Message, traceback);
        }

        if (content.StoreHistory && !content.Silent)
        {
            _history.Add(outcome.ExecutionCount, content.Code);
        }

        var reply = outcome.Success
            ? ExecuteReply.Ok(outcome.ExecutionCount)
            : ExecuteReply.Error(outcome.ExecutionCount, outcome.ErrorName ?? "Error", outcome.ErrorValue ?? string.Empty, outcome.Traceback);
        Reply(channel, request, MessageTypes.ExecuteReply, reply);
        if (first)
        {
            StartupTrace.Mark("supervisor", "first execute_reply sent");
        }

        if (!outcome.Success && content.StopOnError && channel == KernelChannel.Shell)
        {
            await AbortQueuedExecutionsAsync().ConfigureAwait(false);
        }
    }

    private async Task AbortQueuedExecutionsAsync()
    {
        while (_shellQueue.Reader.TryRead(out var frames))
        {
            if (!TryDecode(frames, out var queued))
            {
                continue;
            }

            if (queued.MessageType != MessageTypes.ExecuteRequest)
            {
                await DispatchAsync(queued, KernelChannel.Shell).ConfigureAwait(false);
                continue;
            }

            Broadcast(queued, MessageTypes.Status, new StatusContent(ExecutionState.Busy));
            Reply(KernelChannel.Shell, queued, MessageTypes.ExecuteReply, ExecuteReply.Aborted(_interpreter.ExecutionCount));
            Broadcast(queued, MessageTypes.Status, new StatusContent(ExecutionState.Idle));
        }
    }

    private async Task CompleteAsync(JupyterMessage request, KernelChannel channel)
    {
        var content = request.ContentAs<CompleteRequest>();
        var code = content.Code ?? string.Empty;
        var outcome = await _interpreter.CompleteAsync(code, CodePointIndex.ToUtf16(code, content.CursorPos), _lifetime.Token).ConfigureAwait(false);
        var start = CodePointIndex.ToCodePoints(code, outcome.ReplaceStart);
        var end = CodePointIndex.ToCodePoints(code, outcome.ReplaceEnd);
        var types = outcome.Matches.Select(match => new Dictionary<string, object?>
        {
            ["start"] = start,
            ["end"] = end,
            ["text"] = match.Text,
            ["type"] = match.Type,
            ["signature"] = match.Signature ?? string.Empty,
        }).ToList();
        var metadata = new Dictionary<string, JsonElement>
        {
            ["_jupyter_types_experimental"] = JsonSerializer.SerializeToElement(types, ProtocolJson.Options),
        };
        Reply(channel, request, MessageTypes.CompleteReply, new CompleteReply(ReplyStatus.Ok, outcome.Matches.Select(match => match.Text).ToList(), start, end, metadata));
    }

    private async Task InspectAsync(JupyterMessage request, KernelChannel channel)
    {
        var content = request.ContentAs<InspectRequest>();
        var code = content.Code ?? string.Empty;
        var outcome = await _interpreter.InspectAsync(code, CodePointIndex.ToUtf16(code, content.CursorPos), content.DetailLevel, _lifetime.Token).ConfigureAwait(false);
        Reply(channel, request, MessageTypes.InspectReply, new InspectReply(ReplyStatus.Ok, outcome.Found, MimeBundleJson.From(outcome.Data), MimeBundleJson.Empty));
    }

    private void IsComplete(JupyterMessage request, KernelChannel channel)
    {
        var content = request.ContentAs<IsCompleteRequest>();
        var outcome = _interpreter.IsComplete(content.Code ?? string.Empty);
        var reply = outcome.Status switch
        {
            CodeCompleteness.Complete => new IsCompleteReply("complete"),
            CodeCompleteness.Incomplete => new IsCompleteReply("incomplete", outcome.Indent),
            CodeCompleteness.Invalid => new IsCompleteReply("invalid"),
            _ => new IsCompleteReply("unknown"),
        };
        Reply(channel, request, MessageTypes.IsCompleteReply, reply);
    }

    private async Task ShutdownAsync(JupyterMessage request, KernelChannel channel)
    {
        var content = request.ContentAs<ShutdownRequest>();
        _log.Info(content.Restart ? "Shutdown requested (restart follows)." : "Shutdown requested.");
        _interpreter.Interrupt();
        try
        {
            await _interpreter.ShutdownAsync(content.Restart).ConfigureAwait(false);
        }
        finally
        {
            var reply = new ShutdownReply(ReplyStatus.Ok, content.Restart);
            Reply(channel, request, MessageTypes.ShutdownReply, reply);
            Broadcast(request, MessageTypes.ShutdownReply, reply);
        }
    }

    private void RefuseComm(JupyterMessage request)
    {
        var commId = request.Content.TryGetProperty("comm_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() ?? string.Empty : string.Empty;
        _log.Info($"comm_open for comm '{commId}' refused: this kernel has no comm targets.");
        Broadcast(request, MessageTypes.CommClose, new CommCloseContent(commId, MimeBundleJson.Empty));
    }

    private void Reply(KernelChannel channel, JupyterMessage request, string messageType, object content)
        => _transport.Send(new TransportFrames(channel, _codec.Encode(_factory.CreateReply(request, messageType, content))));

    /// <summary>Publishes one iopub message whose parent is <paramref name="parent"/>.</summary>
    internal void Broadcast(JupyterMessage? parent, string messageType, object content)
        => _transport.Send(new TransportFrames(KernelChannel.IoPub, _codec.Encode(_factory.CreateBroadcast(parent, messageType, content))));
}
