namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>is_complete_request</c> (shell): would this code run as it is, or does it need more lines?</summary>
/// <param name="Code">The code typed so far.</param>
public sealed record IsCompleteRequest(string Code);
