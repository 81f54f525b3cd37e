namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>status</c> (iopub).</summary>
/// <param name="ExecutionState"><c>starting</c>, <c>busy</c> or <c>idle</c>.</param>
public sealed record StatusContent(string ExecutionState);
