namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>shutdown_reply</c>.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
/// <param name="Restart">Echo of the request's <c>restart</c>.</param>
public sealed record ShutdownReply(string Status, bool Restart);
