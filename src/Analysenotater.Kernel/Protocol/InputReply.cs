namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>input_reply</c> (stdin, frontend → kernel): the line the user typed.</summary>
/// <param name="Value">The text, without a line break.</param>
public sealed record InputReply(string Value);
