namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>execute_request</c> (shell): run code.</summary>
/// <param name="Code">The source code of the cell.</param>
/// <param name="Silent">When true: no broadcast on iopub, no execution count increment, no history.</param>
/// <param name="StoreHistory">When true (default) the cell is numbered and remembered.</param>
/// <param name="UserExpressions">Expressions to evaluate after the cell; this kernel evaluates none and answers <c>{}</c>.</param>
/// <param name="AllowStdin">Whether the frontend can answer <c>input_request</c>; when false, reading standard input in the cell gives null.</param>
/// <param name="StopOnError">When true (default), requests already queued are aborted after this cell fails.</param>
public sealed record ExecuteRequest(
    string Code,
    bool Silent = false,
    bool StoreHistory = true,
    IReadOnlyDictionary<string, string>? UserExpressions = null,
    bool AllowStdin = true,
    bool StopOnError = true);
