using System.Text.Json.Serialization;

namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>is_complete_reply</c>.</summary>
/// <param name="Status"><c>complete</c>, <c>incomplete</c>, <c>invalid</c> or <c>unknown</c>.</param>
/// <param name="Indent">Indentation for the next line when <c>incomplete</c>; omitted otherwise.</param>
public sealed record IsCompleteReply(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Indent = null);
