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
}
