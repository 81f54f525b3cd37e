using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// The cancellation check the engine inserts at the top of every loop body and method or lambda body of a cell, so an
/// interrupt stops even <c>while (true) {}</c>. Cells never call it themselves.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScriptInterrupt
{
    private static readonly AsyncLocal<StrongBox<CancellationToken>?> Current = new();

    /// <summary>Throws <see cref="OperationCanceledException"/> when the cell running on this logical flow was interrupted.</summary>
    /// <exception cref="OperationCanceledException">The session's token for the running cell is cancelled.</exception>
    public static void ThrowIfRequested()
    {
        var box = Current.Value;
        if (box is not null && box.Value.IsCancellationRequested)
        {
            throw new OperationCanceledException("The cell was interrupted.", box.Value);
        }
    }

    /// <summary>Binds <paramref name="token"/> to the current logical flow (the cell about to run and everything it starts).</summary>
    internal static void Bind(CancellationToken token) => Current.Value = new StrongBox<CancellationToken>(token);
}
