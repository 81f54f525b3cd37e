using System.Reflection;
using Analysenotater.Kernel.Interpreting;
using Analysenotater.Kernel.Protocol;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Kernel.CSharp;

/// <summary>
/// The C# interpreter: the notebook engine's <see cref="ScriptSession"/> behind the kernel, so a notebook behaves the
/// same in Jupyter as in the headless runner. Interrupt cancels the running cell's token (the engine stops even
/// <c>while (true) {}</c>) and the session stays usable.
/// </summary>
/// <remarks>The session numbers every executed cell, silent ones included, so a silent request still uses a number.</remarks>
public sealed class ScriptSessionInterpreter : IInterpreter, IDisposable
{
    private readonly ScriptSession _session;
    private readonly Lock _gate = new();
    private CancellationTokenSource? _running;

    /// <summary>Wraps a session; the interpreter owns it and disposes it.</summary>
    /// <param name="session">The engine session.</param>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    public ScriptSessionInterpreter(ScriptSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        Info = DescribeInterpreter();
    }

    /// <summary>What <c>kernel_info_reply</c> reports for the C# interpreter (also used by the supervisor, which runs no session).</summary>
    /// <returns>The implementation, version, language and banner.</returns>
    public static InterpreterInfo DescribeInterpreter()
    {
        var version = typeof(ScriptSessionInterpreter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0";
        return new InterpreterInfo(
            "analysenotater",
            version,
            new LanguageInfo("C#", "14.0", "text/x-csharp", ".cs", "csharp", "text/x-csharp"),
            $"Analysenotater C# kernel {version} (.NET {Environment.Version}). display(x) shows rich output.",
            [new HelpLink("C# language reference", "https://learn.microsoft.com/dotnet/csharp/")]);
    }

    /// <inheritdoc />
    public InterpreterInfo Info { get; }

    /// <inheritdoc />
    public int ExecutionCount => _session.ExecutionCount;

    /// <inheritdoc />
    public Task<ExecutionOutcome> ExecuteAsync(ExecuteRequest request, IOutputPublisher publisher, CancellationToken cancellationToken)
        => ExecuteAsync(request, publisher, null, cancellationToken);

    /// <summary>Runs one cell as <see cref="ExecuteAsync(ExecuteRequest, IOutputPublisher, CancellationToken)"/>, naming it <paramref name="cellLabel"/> in messages.</summary>
    /// <param name="request">The execute request.</param>
    /// <param name="publisher">Where outputs go.</param>
    /// <param name="cellLabel">The cell's name in error messages (e.g. "cell 12" as the kernel numbers it); null for "cell N" with this session's count.</param>
    /// <param name="cancellationToken">Cancelled when the kernel shuts down.</param>
    /// <returns>Success or the error.</returns>
    public async Task<ExecutionOutcome> ExecuteAsync(ExecuteRequest request, IOutputPublisher publisher, string? cellLabel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(publisher);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_gate)
        {
            _running = running;
        }

        try
        {
            var input = request.AllowStdin && publisher is IInputRequester requester ? requester : null;
            var sink = new PublisherSink(publisher, _session.ExecutionCount + 1, input, running.Token);
            var outcome = await _session.ExecuteAsync(request.Code, sink, cellLabel, running.Token).ConfigureAwait(false);
            return outcome.Success
                ? ExecutionOutcome.Succeeded(outcome.ExecutionCount)
                : ExecutionOutcome.Failed(outcome.ExecutionCount, sink.LastErrorName ?? "Error", sink.LastErrorValue ?? "The cell failed.", sink.LastTraceback);
        }
        finally
        {
            lock (_gate)
            {
                _running = null;
            }
        }
    }

    /// <inheritdoc />
    public async Task<CompletionOutcome> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var cursor = Math.Clamp(cursorPosition, 0, code.Length);
        var items = await _session.CompleteAsync(code, cursor, cancellationToken).ConfigureAwait(false);
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] is '_' or '@'))
        {
            start--;
        }

        return new CompletionOutcome(items.Select(item => new CompletionMatch(item.Text, item.Kind, item.Detail)).ToList(), start, cursor);
    }

    /// <inheritdoc />
    public async Task<InspectionOutcome> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var result = await _session.InspectAsync(code, Math.Clamp(cursorPosition, 0, code.Length), cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return InspectionOutcome.NotFound;
        }

        var plain = string.IsNullOrWhiteSpace(result.Documentation) ? result.Signature : $"{result.Signature}\n\n{result.Documentation}";
        var markdown = $"```csharp\n{result.Signature}\n```" + (string.IsNullOrWhiteSpace(result.Documentation) ? string.Empty : $"\n\n{result.Documentation}");
        return new InspectionOutcome(true, new Dictionary<string, string> { ["text/plain"] = plain, ["text/markdown"] = markdown });
    }

    /// <inheritdoc />
    public CompletenessOutcome IsComplete(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _session.IsComplete(code) switch
        {
            CompletenessStatus.Complete => new CompletenessOutcome(CodeCompleteness.Complete, string.Empty),
            CompletenessStatus.Incomplete => new CompletenessOutcome(CodeCompleteness.Incomplete, "    "),
            CompletenessStatus.Invalid => new CompletenessOutcome(CodeCompleteness.Invalid, string.Empty),
            _ => new CompletenessOutcome(CodeCompleteness.Unknown, string.Empty),
        };
    }

    /// <inheritdoc />
    public void Interrupt()
    {
        lock (_gate)
        {
            try
            {
                _running?.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The cell finished between the check and the cancel: nothing to interrupt.
            }
        }
    }

    /// <inheritdoc />
    public Task ShutdownAsync(bool restart)
    {
        Interrupt();
        return Task.CompletedTask;
    }

    /// <summary>Disposes the session.</summary>
    public void Dispose() => _session.Dispose();
}
