using System.Collections.Concurrent;
using Analysenotater.Kernel.Interpreting;
using Analysenotater.Kernel.Protocol;

namespace Analysenotater.Kernel.Tests.Toy;

/// <summary>
/// A line-command interpreter used only in tests, so the kernel's protocol can be tested without the C# engine.
/// Commands (one per line): <c>print T</c>, <c>eprint T</c>, <c>html T</c>, <c>set N V</c>, <c>get N</c> (result),
/// <c>fail M</c>, <c>loop</c> (runs until interrupted), <c>touch PATH</c>, <c>count</c> (result: execution count).
/// A line ending in a backslash is incomplete; a line containing <c>!!</c> is invalid.
/// </summary>
internal sealed class ToyInterpreter : IInterpreter
{
    private readonly ConcurrentDictionary<string, string> _variables = new(StringComparer.Ordinal);
    private CancellationTokenSource _interrupt = new();
    private int _executionCount;

    public InterpreterInfo Info { get; } = new(
        "toy",
        "0.1",
        new LanguageInfo("toy", "1.0", "text/x-toy", ".toy", "text", "text"),
        "Toy interpreter for kernel tests",
        [new HelpLink("Toy", "https://example.invalid/toy")]);

    public int ExecutionCount => _executionCount;

    public int InterruptCount { get; private set; }

    public bool ShutDown { get; private set; }

    public async Task<ExecutionOutcome> ExecuteAsync(ExecuteRequest request, IOutputPublisher publisher, CancellationToken cancellationToken)
    {
        var count = request.Silent ? _executionCount : Interlocked.Increment(ref _executionCount);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _interrupt.Token);
        var lines = request.Code.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var (command, argument) = Split(lines[i]);
            switch (command)
            {
                case "print":
                    publisher.Stream("stdout", argument + "\n");
                    break;
                case "eprint":
                    publisher.Stream("stderr", argument + "\n");
                    break;
                case "html":
                    publisher.DisplayData(new Dictionary<string, string> { ["text/plain"] = argument, ["text/html"] = $"<b>{argument}</b>" });
                    break;
                case "set":
                    var (name, value) = Split(argument);
                    _variables[name] = value;
                    break;
                case "get" when _variables.TryGetValue(argument, out var found):
                    publisher.ExecuteResult(count, new Dictionary<string, string> { ["text/plain"] = found });
                    break;
                case "get":
                    return Fail(publisher, count, "NameError", $"(cell {count}, line {i + 1}): '{argument}' is not set");
                case "count":
                    publisher.ExecuteResult(count, new Dictionary<string, string> { ["text/plain"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                    break;
                case "touch":
                    await File.WriteAllTextAsync(argument, "touched", CancellationToken.None);
                    break;
                case "json":
                    publisher.DisplayData(new Dictionary<string, string> { ["application/json"] = argument, ["text/plain"] = argument });
                    break;
                case "fail":
                    return Fail(publisher, count, "ToyError", argument);
                case "loop":
                    try
                    {
                        await Task.Delay(Timeout.Infinite, linked.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        ResetInterrupt();
                        return Fail(publisher, count, "OperationCanceledException", $"(cell {count}, line {i + 1}): interrupted");
                    }

                    break;
                default:
                    return Fail(publisher, count, "SyntaxError", $"(cell {count}, line {i + 1}): unknown command '{command}'");
            }
        }

        return ExecutionOutcome.Succeeded(count);
    }

    public Task<CompletionOutcome> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        var start = cursorPosition;
        while (start > 0 && char.IsLetterOrDigit(code[start - 1]))
        {
            start--;
        }

        var prefix = code[start..cursorPosition];
        var matches = _variables.Keys.Concat(["print", "eprint", "html", "set", "get", "fail", "loop", "touch", "count"])
            .Where(word => word.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(word => new CompletionMatch(word, _variables.ContainsKey(word) ? "variable" : "keyword", null))
            .ToList();
        return Task.FromResult(new CompletionOutcome(matches, start, cursorPosition));
    }

    public Task<InspectionOutcome> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken)
    {
        var start = cursorPosition;
        while (start > 0 && char.IsLetterOrDigit(code[start - 1]))
        {
            start--;
        }

        var end = cursorPosition;
        while (end < code.Length && char.IsLetterOrDigit(code[end]))
        {
            end++;
        }

        var word = code[start..end];
        return Task.FromResult(_variables.TryGetValue(word, out var value)
            ? new InspectionOutcome(true, new Dictionary<string, string> { ["text/plain"] = $"{word} = {value}" })
            : InspectionOutcome.NotFound);
    }

    public CompletenessOutcome IsComplete(string code)
    {
        if (code.Contains("!!", StringComparison.Ordinal))
        {
            return new CompletenessOutcome(CodeCompleteness.Invalid, string.Empty);
        }

        return code.TrimEnd().EndsWith('\\') ? new CompletenessOutcome(CodeCompleteness.Incomplete, "  ") : new CompletenessOutcome(CodeCompleteness.Complete, string.Empty);
    }

    public void Interrupt()
    {
        InterruptCount++;
        _interrupt.Cancel();
    }

    public Task ShutdownAsync(bool restart)
    {
        ShutDown = true;
        return Task.CompletedTask;
    }

    private void ResetInterrupt()
    {
        var old = Interlocked.Exchange(ref _interrupt, new CancellationTokenSource());
        old.Dispose();
    }

    private static ExecutionOutcome Fail(IOutputPublisher publisher, int count, string name, string message)
    {
        string[] traceback = [$"{name}: {message}"];
        publisher.Error(name, message, traceback);
        return ExecutionOutcome.Failed(count, name, message, traceback);
    }

    private static (string Head, string Tail) Split(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (line, string.Empty) : (line[..space], line[(space + 1)..]);
    }
}
