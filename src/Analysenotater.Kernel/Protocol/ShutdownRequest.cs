namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>shutdown_request</c> (control).</summary>
/// <param name="Restart">Whether the frontend will start a new kernel after this one stops.</param>
public sealed record ShutdownRequest(bool Restart = false);
