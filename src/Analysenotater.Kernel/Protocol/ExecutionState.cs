namespace Analysenotater.Kernel.Protocol;

/// <summary>The values of <c>execution_state</c> in a <c>status</c> message.</summary>
public static class ExecutionState
{
    /// <summary>The kernel process has started.</summary>
    public const string Starting = "starting";

    /// <summary>The kernel is handling a request.</summary>
    public const string Busy = "busy";

    /// <summary>The kernel has finished handling a request.</summary>
    public const string Idle = "idle";
}
