using System.Globalization;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// The listwise-complete data of a linear model: y, the design matrix X (constant first, then the predictors with
/// categorical terms as 0/1 dummies), the coefficient names and the original row of every case. Immutable.
/// </summary>
public sealed class ModelFrame
{
    private readonly double[] _x;
    private readonly int[] _rows;
    private readonly double[] _y;

    internal ModelFrame(ModelSpecification spec, int[] rows, double[] y, double[] x, IReadOnlyList<string> names, IReadOnlyList<ModelTerm> terms, int totalRows)
    {
        Specification = spec;
        Rows = rows;
        _rows = rows;
        _y = y;
        _x = x;
        CoefficientNames = names;
        Terms = terms;
        TotalRows = totalRows;
    }

    internal ModelSpecification Specification { get; }

    /// <summary>The dependent variable's name.</summary>
    public string DependentName => Specification.DependentName;

    /// <summary>Coefficient names: "(Konstant)", numeric predictors by name, dummies as "name=level".</summary>
    public IReadOnlyList<string> CoefficientNames { get; }

    /// <summary>The model's terms (for joint tests of categorical predictors).</summary>
    public IReadOnlyList<ModelTerm> Terms { get; }

    /// <summary>The number of coefficients p (constant included).</summary>
    public int P => CoefficientNames.Count;

    /// <summary>The number of complete cases used.</summary>
    public int N => Rows.Count;

    /// <summary>The number of rows in the input.</summary>
    public int TotalRows { get; }

    /// <summary>Rows deleted listwise because a model variable was missing.</summary>
    public int CasesDeleted => TotalRows - N;

    /// <summary>The 0-based input row of each complete case.</summary>
    public IReadOnlyList<int> Rows { get; }

    /// <summary>The dependent values of the complete cases.</summary>
    public ReadOnlySpan<double> Y => _y;

    /// <summary>The design matrix, row-major n × p.</summary>
    public ReadOnlySpan<double> X => _x;

    /// <summary>The index of a coefficient by name.</summary>
    /// <exception cref="KeyNotFoundException">No such coefficient; the message lists the names.</exception>
    public int IndexOf(string coefficient)
    {
        for (var i = 0; i < CoefficientNames.Count; i++)
        {
            if (CoefficientNames[i] == coefficient)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The model has no coefficient '{coefficient}'. Coefficients: {string.Join(", ", CoefficientNames)}.");
    }

    /// <summary>Checks that the model can be estimated: n &gt; p, no constant predictor.</summary>
    internal void CheckEstimable()
    {
        if (N <= P)
        {
            throw new ModelSpecificationException($"The model for '{DependentName}' has {P} coefficients but only {N} complete cases ({CasesDeleted} of {TotalRows} deleted listwise); it needs more cases than coefficients.");
        }

        for (var j = 1; j < P; j++)
        {
            var first = _x[j];
            var constant = true;
            for (var i = 1; i < N && constant; i++)
            {
                constant = _x[i * P + j] == first;
            }

            if (constant)
            {
                throw new ModelSpecificationException($"Predictor '{CoefficientNames[j]}' is constant (value {first.ToString("R", CultureInfo.InvariantCulture)} in all {N} complete cases); it cannot be estimated beside the constant. Remove it from the model.");
            }
        }
    }

    /// <summary>The ids of the given full-length id column for the complete cases.</summary>
    internal int[] Complete(int?[] ids)
    {
        var result = new int[_rows.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = ids[_rows[i]]!.Value;
        }

        return result;
    }

    /// <summary>The values of the given full-length array for the complete cases.</summary>
    internal double[] Complete(double[] v)
    {
        var result = new double[_rows.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = v[_rows[i]];
        }

        return result;
    }
}
