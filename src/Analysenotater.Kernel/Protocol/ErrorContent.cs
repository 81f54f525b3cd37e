namespace Analysenotater.Kernel.Protocol;

/// <summary>Content of <c>error</c> (iopub): a failed cell.</summary>
/// <param name="Ename">Error name, e.g. <c>CS0103</c> or an exception type name.</param>
/// <param name="Evalue">Error message.</param>
/// <param name="Traceback">Traceback lines.</param>
public sealed record ErrorContent(string Ename, string Evalue, IReadOnlyList<string> Traceback);
