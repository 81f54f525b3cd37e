namespace Analysenotater.Kernel.Protocol;

/// <summary>One entry of <c>help_links</c> in <c>kernel_info_reply</c>.</summary>
/// <param name="Text">Link text.</param>
/// <param name="Url">Link address.</param>
public sealed record HelpLink(string Text, string Url);
