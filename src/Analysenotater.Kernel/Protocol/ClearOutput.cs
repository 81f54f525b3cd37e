namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>clear_output</c> (iopub): the frontend clears the cell's outputs.</summary>
/// <param name="Wait">True: clear when the next output arrives (no flicker when a loop redraws).</param>
public sealed record ClearOutput(bool Wait);
