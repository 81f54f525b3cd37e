namespace Analysenotater.Statistics.Regression;

/// <summary>
/// One term of a linear model: a numeric predictor (one coefficient) or a categorical predictor dummy-coded
/// against a named reference level (one coefficient per other level).
/// </summary>
public sealed class ModelTerm
{
    internal ModelTerm(string name, IReadOnlyList<int> coefficientIndices, string? reference, IReadOnlyList<string> levels)
    {
        Name = name;
        CoefficientIndices = coefficientIndices;
        Reference = reference;
        Levels = levels;
    }

    /// <summary>The variable name.</summary>
    public string Name { get; }

    /// <summary>Positions of the term's coefficients in the model's coefficient list (0 is the constant).</summary>
    public IReadOnlyList<int> CoefficientIndices { get; }

    /// <summary>The reference level of a categorical term; null for a numeric term.</summary>
    public string? Reference { get; }

    /// <summary>The non-reference levels of a categorical term in coefficient order (empty for a numeric term).</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>True for a dummy-coded categorical term.</summary>
    public bool IsCategorical => Reference is not null;
}
