using System.Text;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Tests;

/// <summary>A sink that records every call, in order.</summary>
internal sealed class RecordingSink : ICellOutputSink
{
    private readonly Lock _lock = new();

    public List<(string Kind, string Name, string Text, MimeBundle? Bundle, IReadOnlyList<string>? Traceback)> Events { get; } = [];

    public string Stdout
    {
        get
        {
            lock (_lock)
            {
                var sb = new StringBuilder();
                foreach (var e in Events.Where(e => e.Kind == "stream" && e.Name == "stdout"))
                {
                    sb.Append(e.Text);
                }

                return sb.ToString();
            }
        }
    }

    public MimeBundle? Result => Events.LastOrDefault(e => e.Kind == "result").Bundle;

    public IReadOnlyList<MimeBundle> Displays => [.. Events.Where(e => e.Kind == "display").Select(e => e.Bundle!)];

    public (string Name, string Message, IReadOnlyList<string> Traceback)? LastError =>
        Events.LastOrDefault(e => e.Kind == "error") is { Kind: "error" } e ? (e.Name, e.Text, e.Traceback!) : null;

    public void Stream(string name, string text)
    {
        lock (_lock)
        {
            Events.Add(("stream", name, text, null, null));
        }
    }

    public void Display(MimeBundle bundle, bool isExecuteResult)
    {
        lock (_lock)
        {
            Events.Add((isExecuteResult ? "result" : "display", "", "", bundle, null));
        }
    }

    public void Error(string name, string message, IReadOnlyList<string> traceback)
    {
        lock (_lock)
        {
            Events.Add(("error", name, message, null, traceback));
        }
    }
}
