namespace Analysenotater.Kernel.Interpreting;

/// <summary>What is known about the symbol at a cursor. Immutable.</summary>
/// <param name="Found">Whether a symbol was found.</param>
/// <param name="Data">MIME bundle (at least <c>text/plain</c>) when found; empty otherwise.</param>
public sealed record InspectionOutcome(bool Found, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>Gets the outcome for a cursor on no known symbol.</summary>
    public static InspectionOutcome NotFound { get; } = new(false, new Dictionary<string, string>());
}
