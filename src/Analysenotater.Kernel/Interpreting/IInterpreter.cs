using Analysenotater.Kernel.Protocol;

namespace Analysenotater.Kernel.Interpreting;

/// <summary>
/// The language engine behind the kernel (the xeus <c>xinterpreter</c> hooks). The kernel owns the protocol:
/// it parses requests, publishes busy/idle, <c>execute_input</c> and replies; the interpreter only runs code and
/// answers questions about it. Positions are UTF-16 indexes into the code string (the kernel converts from the
/// protocol's code points). Requests on the shell channel arrive one at a time; <see cref="Interrupt"/> may be called
/// from another thread while <see cref="ExecuteAsync"/> runs.
/// </summary>
public interface IInterpreter
{
    /// <summary>Gets what <c>kernel_info_reply</c> reports about the implementation and language.</summary>
    InterpreterInfo Info { get; }

    /// <summary>Gets the number of cells executed so far; the next cell is numbered <c>ExecutionCount + 1</c>.</summary>
    int ExecutionCount { get; }

    /// <summary>Runs one cell. Outputs go to <paramref name="publisher"/> in the order they happen.</summary>
    /// <param name="request">The execute request (code, silent, store_history…).</param>
    /// <param name="publisher">Where stream text, displays, the result and errors go.</param>
    /// <param name="cancellationToken">Cancelled when the kernel shuts down.</param>
    /// <returns>Success or the error, with the execution count the cell got. Errors in user code are outcomes, not exceptions.</returns>
    Task<ExecutionOutcome> ExecuteAsync(ExecuteRequest request, IOutputPublisher publisher, CancellationToken cancellationToken);

    /// <summary>Lists completions at a cursor position.</summary>
    /// <param name="code">The cell's code.</param>
    /// <param name="cursorPosition">UTF-16 index of the cursor in <paramref name="code"/>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Matches and the span they replace.</returns>
    Task<CompletionOutcome> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken);

    /// <summary>Describes the symbol at a cursor position.</summary>
    /// <param name="code">The cell's code.</param>
    /// <param name="cursorPosition">UTF-16 index of the cursor.</param>
    /// <param name="detailLevel">0 or 1 as requested.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The description, or <see cref="InspectionOutcome.NotFound"/>.</returns>
    Task<InspectionOutcome> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken);

    /// <summary>Tells whether the code is complete, needs more lines, or cannot become valid.</summary>
    /// <param name="code">The code typed so far.</param>
    /// <returns>The status and, when incomplete, the indentation for the next line.</returns>
    CompletenessOutcome IsComplete(string code);

    /// <summary>Asks the running cell, if any, to stop. Returns at once; never throws. The interpreter stays usable.</summary>
    void Interrupt();

    /// <summary>Releases what the interpreter holds before the process ends or restarts.</summary>
    /// <param name="restart">Whether a new kernel will be started after this one.</param>
    /// <returns>A task that completes when the interpreter has shut down.</returns>
    Task ShutdownAsync(bool restart);
}
