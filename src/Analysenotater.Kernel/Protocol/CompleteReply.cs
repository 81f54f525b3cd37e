using System.Text.Json;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>complete_reply</c>.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
/// <param name="Matches">Completion texts, best first.</param>
/// <param name="CursorStart">Start of the replaced text, in code points.</param>
/// <param name="CursorEnd">End of the replaced text, in code points.</param>
/// <param name="Metadata">Holds <c>_jupyter_types_experimental</c>: text, type and signature of each match.</param>
public sealed record CompleteReply(string Status, IReadOnlyList<string> Matches, int CursorStart, int CursorEnd, IReadOnlyDictionary<string, JsonElement> Metadata);
