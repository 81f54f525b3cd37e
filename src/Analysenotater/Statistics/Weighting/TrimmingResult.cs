using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Weighting;

/// <summary>Trimmed weights: how many were cut or raised, the amount redistributed and the passes used. Immutable.</summary>
public sealed class TrimmingResult : Result
{
    private readonly double[] _weights;

    internal TrimmingResult(double[] weights, double lower, double upper, int trimmed, double redistributed, int passes, bool strict)
    {
        _weights = weights;
        Lower = lower;
        Upper = upper;
        Trimmed = trimmed;
        Redistributed = redistributed;
        Passes = passes;
        Strict = strict;
        WeightSummary = WeightSummary.Of(weights);
    }

    /// <summary>The trimmed weights, one per row; the sum of the weights is unchanged.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The lower bound.</summary>
    public double Lower { get; }

    /// <summary>The upper bound.</summary>
    public double Upper { get; }

    /// <summary>Weights that lay outside the bounds in the first pass.</summary>
    public int Trimmed { get; }

    /// <summary>Net weight moved from trimmed to untrimmed rows in the first pass (positive when large weights were cut).</summary>
    public double Redistributed { get; }

    /// <summary>Passes made (more than 1 only when <see cref="Strict"/>).</summary>
    public int Passes { get; }

    /// <summary>Whether trimming was repeated until no weight lies outside the bounds.</summary>
    public bool Strict { get; }

    /// <summary>Summary of the trimmed weights.</summary>
    public WeightSummary WeightSummary { get; }

    /// <summary>A copy of the weights as an array.</summary>
    public double[] ToArray() => (double[])_weights.Clone();

    /// <summary>The weight summary with the trimming in the notes.</summary>
    public override ReportTable Summary() => WeightSummary.Summary().WithNotes(
    [
        $"Trimmet til [{NorwegianFormat.Number(Lower, 3)}; {NorwegianFormat.Number(Upper, 3)}]: {Trimmed} vekter endret, {NorwegianFormat.Number(Redistributed, 3)} omfordelt likt på de øvrige (som survey::trimWeights){(Strict ? $", {Passes} runder" : "")}.",
    ]);
}
