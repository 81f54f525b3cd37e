using System.Text.Json.Serialization;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>execute_reply</c> (shell).</summary>
/// <param name="Status"><c>ok</c>, <c>error</c> or <c>aborted</c>.</param>
/// <param name="ExecutionCount">The cell's execution count.</param>
/// <param name="UserExpressions">Always an empty object when <c>ok</c>; omitted otherwise.</param>
/// <param name="Payload">Always an empty list when <c>ok</c>; omitted otherwise.</param>
/// <param name="Ename">Exception or diagnostic name when <c>error</c>; omitted otherwise.</param>
/// <param name="Evalue">Error message when <c>error</c>; omitted otherwise.</param>
/// <param name="Traceback">Traceback lines when <c>error</c>; omitted otherwise.</param>
public sealed record ExecuteReply(
    string Status,
    int ExecutionCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, object>? UserExpressions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<object>? Payload = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Ename = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Evalue = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Traceback = null)
{
    /// <summary>Creates a successful reply.</summary>
    /// <param name="executionCount">The cell's execution count.</param>
    /// <returns>Status <c>ok</c> with empty user expressions and payload.</returns>
    public static ExecuteReply Ok(int executionCount)
        => new(ReplyStatus.Ok, executionCount, new Dictionary<string, object>(), []);

    /// <summary>Creates an error reply.</summary>
    /// <param name="executionCount">The cell's execution count.</param>
    /// <param name="ename">Error name.</param>
    /// <param name="evalue">Error message.</param>
    /// <param name="traceback">Traceback lines.</param>
    /// <returns>Status <c>error</c>.</returns>
    public static ExecuteReply Error(int executionCount, string ename, string evalue, IReadOnlyList<string> traceback)
        => new(ReplyStatus.Error, executionCount, Ename: ename, Evalue: evalue, Traceback: traceback);

    /// <summary>Creates the reply for a request that was not run because an earlier cell failed.</summary>
    /// <param name="executionCount">The current execution count.</param>
    /// <returns>Status <c>aborted</c>.</returns>
    public static ExecuteReply Aborted(int executionCount) => new(ReplyStatus.Aborted, executionCount);
}
