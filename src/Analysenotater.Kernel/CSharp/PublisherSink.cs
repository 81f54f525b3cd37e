using Analysenotater.Kernel.Interpreting;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Kernel.CSharp;

/// <summary>
/// Forwards the engine's cell outputs to the kernel's publisher, remembers the last error for the reply, and reads
/// standard input through the kernel's input requests (end of input, with a note on stderr, when the frontend does not
/// allow stdin).
/// </summary>
internal sealed class PublisherSink(IOutputPublisher publisher, int executionCount, IInputRequester? input, CancellationToken cancellationToken) : ICellOutputSink, ICellInputSource
{
    private bool _toldNoInput;

    public string? ReadLine(string prompt, bool password)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (input is null)
        {
            if (!_toldNoInput)
            {
                _toldNoInput = true;
                publisher.Stream("stderr", "Ingen inndata: klienten tillater ikke input (allow_stdin = false); lesingen gir null.\n");
            }

            return null;
        }

        return input.RequestInput(prompt, password, cancellationToken);
    }

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

    public void Display(MimeBundle bundle, string displayId)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        publisher.DisplayData(bundle.Data, displayId);
    }

    public void UpdateDisplay(MimeBundle bundle, string displayId)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        publisher.UpdateDisplayData(bundle.Data, displayId);
    }

    public void ClearOutput(bool wait) => publisher.ClearOutput(wait);

    public void Error(string name, string message, IReadOnlyList<string> traceback)
    {
        LastErrorName = name;
        LastErrorValue = message;
        LastTraceback = traceback;
        publisher.Error(name, message, traceback);
    }
}
