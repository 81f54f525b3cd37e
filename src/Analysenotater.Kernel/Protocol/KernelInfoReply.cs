namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>kernel_info_reply</c>.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
/// <param name="ProtocolVersion">Messaging protocol version, <c>5.3</c>.</param>
/// <param name="Implementation">Kernel implementation name.</param>
/// <param name="ImplementationVersion">Kernel implementation version.</param>
/// <param name="LanguageInfo">The language the kernel runs.</param>
/// <param name="Banner">Text shown by console frontends at start.</param>
/// <param name="HelpLinks">Links for the frontend's help menu.</param>
/// <param name="Debugger">Whether the kernel supports the debug protocol; false.</param>
public sealed record KernelInfoReply(
    string Status,
    string ProtocolVersion,
    string Implementation,
    string ImplementationVersion,
    LanguageInfo LanguageInfo,
    string Banner,
    IReadOnlyList<HelpLink> HelpLinks,
    bool Debugger);
