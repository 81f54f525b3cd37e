namespace Analysenotater.Kernel.Protocol;

/// <summary>The <c>language_info</c> object of <c>kernel_info_reply</c>; also written into notebook metadata by frontends.</summary>
/// <param name="Name">Language name, <c>C#</c> (as Polyglot Notebooks writes it).</param>
/// <param name="Version">Language version.</param>
/// <param name="Mimetype">MIME type of a script file.</param>
/// <param name="FileExtension">Script file extension including the dot.</param>
/// <param name="PygmentsLexer">Pygments lexer name for highlighting.</param>
/// <param name="CodemirrorMode">CodeMirror mode for editing.</param>
public sealed record LanguageInfo(string Name, string Version, string Mimetype, string FileExtension, string PygmentsLexer, string CodemirrorMode);
