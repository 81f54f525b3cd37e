using Analysenotater.Kernel.Interpreting;
using Analysenotater.Kernel.Messaging;
using Analysenotater.Kernel.Protocol;

namespace Analysenotater.Kernel;

/// <summary>
/// Publishes a cell's outputs on iopub with the execute request as parent (nothing when silent), and asks the frontend
/// for input on stdin when the request allows it.
/// </summary>
internal sealed class IopubOutputPublisher(JupyterKernel kernel, JupyterMessage request, bool silent, bool allowStdin) : IOutputPublisher, IInputRequester
{
    public string RequestInput(string prompt, bool password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (!allowStdin)
        {
            throw new InvalidOperationException("The frontend does not allow input (allow_stdin = false).");
        }

        return kernel.RequestInput(request, prompt, password, cancellationToken);
    }

    public void Stream(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (!silent && text.Length > 0)
        {
            kernel.Broadcast(request, MessageTypes.Stream, new StreamText(name, text));
        }
    }

    public void DisplayData(IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!silent)
        {
            kernel.Broadcast(request, MessageTypes.DisplayData, new DisplayData(MimeBundleJson.From(data), MimeBundleJson.Empty, MimeBundleJson.Empty));
        }
    }

    public void DisplayData(IReadOnlyDictionary<string, string> data, string displayId)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(displayId);
        if (!silent)
        {
            kernel.Broadcast(request, MessageTypes.DisplayData, new DisplayData(MimeBundleJson.From(data), MimeBundleJson.Empty, Transient(displayId)));
        }
    }

    public void UpdateDisplayData(IReadOnlyDictionary<string, string> data, string displayId)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(displayId);
        if (!silent)
        {
            kernel.Broadcast(request, MessageTypes.UpdateDisplayData, new DisplayData(MimeBundleJson.From(data), MimeBundleJson.Empty, Transient(displayId)));
        }
    }

    public void ClearOutput(bool wait)
    {
        if (!silent)
        {
            kernel.Broadcast(request, MessageTypes.ClearOutput, new ClearOutput(wait));
        }
    }

    private static Dictionary<string, System.Text.Json.JsonElement> Transient(string displayId) =>
        new(StringComparer.Ordinal) { ["display_id"] = System.Text.Json.JsonSerializer.SerializeToElement(displayId) };

    public void ExecuteResult(int executionCount, IReadOnlyDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!silent)
        {
            kernel.Broadcast(request, MessageTypes.ExecuteResult, new ExecuteResult(executionCount, MimeBundleJson.From(data), MimeBundleJson.Empty));
        }
    }

    public void Error(string name, string value, IReadOnlyList<string> traceback)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(traceback);
        if (!silent)
        {
            kernel.Broadcast(request, MessageTypes.Error, new ErrorContent(name, value, traceback));
        }
    }
}
