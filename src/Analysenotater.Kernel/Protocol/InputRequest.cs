namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>input_request</c> (stdin, kernel → frontend): ask the user for one line.</summary>
/// <param name="Prompt">Text shown next to the input box.</param>
/// <param name="Password">True when the frontend should hide what is typed.</param>
public sealed record InputRequest(string Prompt, bool Password);
