using Analysenotater.Instruments;

namespace Analysenotater.Studies;

/// <summary>Thrown when a study file is not valid; <see cref="Problems"/> lists every problem with its JSON path.</summary>
public sealed class StudyLoadException : Exception
{
    /// <summary>Creates the exception for a source and its problems.</summary>
    public StudyLoadException(string sourceName, IReadOnlyList<InstrumentProblem> problems)
        : base($"Study '{sourceName}' is not valid ({problems.Count} problem(s)):" + Environment.NewLine +
               string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        SourceName = sourceName;
        Problems = problems;
    }

    /// <summary>The file or resource name.</summary>
    public string SourceName { get; }

    /// <summary>Every problem found, in document order (path + message).</summary>
    public IReadOnlyList<InstrumentProblem> Problems { get; }
}
