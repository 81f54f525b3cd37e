namespace Analysenotater.Notebooks.Execution;

/// <summary>Receives a cell's outputs in the order they happen. Called from the thread running the cell.</summary>
public interface ICellOutputSink
{
    /// <summary>Text written to the console while the cell runs; <paramref name="name"/> is "stdout" or "stderr".</summary>
    void Stream(string name, string text);

    /// <summary>A formatted value: from <c>display(...)</c> (<paramref name="isExecuteResult"/> false) or the cell's last expression (true).</summary>
    void Display(MimeBundle bundle, bool isExecuteResult);

    /// <summary>A compile or runtime error. <paramref name="message"/> names the cell and line: "(cell 3, line 2): CS0103: …".</summary>
    void Error(string name, string message, IReadOnlyList<string> traceback);

    /// <summary>
    /// A display that can be replaced later with <see cref="UpdateDisplay"/> (Jupyter's display_data with a
    /// <c>transient.display_id</c>). The default forgets the id.
    /// </summary>
    void Display(MimeBundle bundle, string displayId) => Display(bundle, isExecuteResult: false);

    /// <summary>Replaces every earlier output shown with <paramref name="displayId"/> (update_display_data). The default does nothing.</summary>
    void UpdateDisplay(MimeBundle bundle, string displayId)
    {
    }

    /// <summary>Clears the outputs shown so far (clear_output); with <paramref name="wait"/>, when the next output arrives. The default does nothing.</summary>
    void ClearOutput(bool wait)
    {
    }
}
