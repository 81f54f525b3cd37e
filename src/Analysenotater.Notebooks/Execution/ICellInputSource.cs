namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// Standard input for a running cell: a cell output sink that can also ask the user for a line (the Jupyter kernel
/// sends <c>input_request</c> when the frontend allows stdin). <c>Console.ReadLine()</c> and the globals
/// <c>input(…)</c> / <c>password(…)</c> read through it. Sinks without it (the headless runner) give end of input.
/// </summary>
public interface ICellInputSource
{
    /// <summary>Asks for one line of input and blocks until it arrives.</summary>
    /// <param name="prompt">Text shown next to the input box (empty when the cell wrote its own prompt).</param>
    /// <param name="password">True to hide what is typed.</param>
    /// <returns>The line without its line break, or null when no input can be had (end of input).</returns>
    /// <exception cref="OperationCanceledException">The cell was interrupted while waiting.</exception>
    string? ReadLine(string prompt, bool password);
}
