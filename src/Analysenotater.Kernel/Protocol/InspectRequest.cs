namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>inspect_request</c> (shell).</summary>
/// <param name="Code">The cell's code.</param>
/// <param name="CursorPos">Cursor position in Unicode code points.</param>
/// <param name="DetailLevel">0 or 1; this kernel answers both with signature and summary.</param>
public sealed record InspectRequest(string Code, int CursorPos, int DetailLevel = 0);
