namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>complete_request</c> (shell).</summary>
/// <param name="Code">The cell's code.</param>
/// <param name="CursorPos">Cursor position in Unicode code points (not UTF-16 units).</param>
public sealed record CompleteRequest(string Code, int CursorPos);
