namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>execute_input</c> (iopub): the code being run, broadcast to all frontends.</summary>
/// <param name="Code">The cell's code.</param>
/// <param name="ExecutionCount">The count the cell will get.</param>
public sealed record ExecuteInput(string Code, int ExecutionCount);
