using Analysenotater.Kernel.Protocol;

namespace Analysenotater.Kernel.Interpreting;

/// <summary>What <c>kernel_info_reply</c> says about the interpreter. Immutable.</summary>
/// <param name="Implementation">Implementation name.</param>
/// <param name="ImplementationVersion">Implementation version.</param>
/// <param name="Language">Language information.</param>
/// <param name="Banner">Banner text.</param>
/// <param name="HelpLinks">Help links; may be empty.</param>
public sealed record InterpreterInfo(string Implementation, string ImplementationVersion, LanguageInfo Language, string Banner, IReadOnlyList<HelpLink> HelpLinks);
