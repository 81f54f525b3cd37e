using Analysenotater.Kernel.Interpreting;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Kernel.CSharp;

/// <summary>Forwards the engine's cell outputs to the kernel's publisher and remembers the last error for the reply.</summary>
internal sealed class PublisherSink(IOutputPublisher publisher, int executionCount) : ICellOutputSink
{
    public string? LastErrorName { get; private set; }

    public string? LastErrorValue { get; private set; }

    public IReadOnlyList<string> LastTraceback { get; private set; } = [];

    public void Stream(string name, string text) => publisher.Stream(name, text);

    public void Display(MimeBundle bundle, bool isExecuteResult)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (isExecuteResult)
        {
            publisher.ExecuteResult(executionCount, bundle.Data);
        }
        else
        {
            publisher.DisplayData(bundle.Data);
        }
    }

    public void Error(string name, string message, IReadOnlyList<string> traceback)
    {
        LastErrorName = name;
        LastErrorValue = message;
        LastTraceback = traceback;
        publisher.Error(name, message, traceback);
    }
}
