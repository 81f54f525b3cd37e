namespace Analysenotater.Instruments;

/// <summary>One problem found while loading an instrument, located by its JSON path (for example <c>$.items[12].scale</c>).</summary>
/// <param name="Path">The JSON path of the offending value.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record InstrumentProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
