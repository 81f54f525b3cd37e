namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>interrupt_reply</c> (control).</summary>
/// <param name="Status">Always <c>ok</c>: the running cell, if any, has been asked to stop.</param>
public sealed record InterruptReply(string Status);
