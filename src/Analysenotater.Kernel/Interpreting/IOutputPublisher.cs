namespace Analysenotater.Kernel.Interpreting;

/// <summary>
/// Where an executing cell's outputs go (the xeus publish helpers). The kernel turns each call into one iopub
/// message whose parent is the execute request. Safe to call from any thread; calls are published in call order.
/// </summary>
public interface IOutputPublisher
{
    /// <summary>Publishes text written to standard output or standard error.</summary>
    /// <param name="name"><c>stdout</c> or <c>stderr</c>.</param>
    /// <param name="text">The text as written.</param>
    void Stream(string name, string text);

    /// <summary>Publishes a rich display (<c>display_data</c>).</summary>
    /// <param name="data">MIME type → representation. Types ending in <c>json</c> are sent as JSON objects when they parse.</param>
    void DisplayData(IReadOnlyDictionary<string, string> data);

    /// <summary>Publishes the value of the cell's last expression (<c>execute_result</c>).</summary>
    /// <param name="executionCount">The cell's execution count.</param>
    /// <param name="data">MIME type → representation.</param>
    void ExecuteResult(int executionCount, IReadOnlyDictionary<string, string> data);

    /// <summary>Publishes an error (<c>error</c>).</summary>
    /// <param name="name">Error name.</param>
    /// <param name="value">Error message.</param>
    /// <param name="traceback">Traceback lines.</param>
    void Error(string name, string value, IReadOnlyList<string> traceback);

    /// <summary>Publishes a rich display that can be replaced later (<c>display_data</c> with <c>transient.display_id</c>).</summary>
    /// <param name="data">MIME type → representation.</param>
    /// <param name="displayId">The id later updates name.</param>
    void DisplayData(IReadOnlyDictionary<string, string> data, string displayId) => DisplayData(data);

    /// <summary>Replaces every output shown with <paramref name="displayId"/> (<c>update_display_data</c>). The default does nothing.</summary>
    /// <param name="data">MIME type → representation.</param>
    /// <param name="displayId">The id of the display to replace.</param>
    void UpdateDisplayData(IReadOnlyDictionary<string, string> data, string displayId)
    {
    }

    /// <summary>Clears the cell's outputs (<c>clear_output</c>); with <paramref name="wait"/>, when the next output arrives. The default does nothing.</summary>
    /// <param name="wait">Whether to wait for the next output.</param>
    void ClearOutput(bool wait)
    {
    }
}
