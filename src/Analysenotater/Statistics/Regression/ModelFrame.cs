using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// The listwise-complete data of a linear model: which input rows are complete cases, the dependent variable, the
/// predictor columns (constant first, then the predictors with categorical terms as 0/1 dummies), the coefficient
/// names and the terms. Immutable.
/// </summary>
/// <remarks>
/// The frame does not copy the data into an n × p design matrix: it keeps a bit mask of the complete rows and reads
/// the model's own columns (numeric predictors without a copy, a categorical predictor as one level index per row).
/// Fitting streams over the complete rows. <see cref="X"/>, <see cref="Y"/> and <see cref="Rows"/> are materialised
/// on first use for callers that want them as arrays.
/// </remarks>
public sealed class ModelFrame
{
    private readonly ulong[] _mask; // bit r set: input row r is a complete case
    private readonly double[] _dependent; // full length, read at complete rows
    private readonly int[] _numericIndex; // coefficient index of each numeric column
    private readonly double[][] _numericValues; // full-length values of each numeric column
    private readonly CategoricalColumn[] _categorical;
    private int[]? _rows;
    private double[]? _y;
    private double[]? _x;

    internal ModelFrame(ModelSpecification spec, ulong[] mask, int count, double[] dependent, int[] numericIndex, double[][] numericValues, CategoricalColumn[] categorical, IReadOnlyList<string> names, IReadOnlyList<ModelTerm> terms, int totalRows)
    {
        Specification = spec;
        _mask = mask;
        N = count;
        _dependent = dependent;
        _numericIndex = numericIndex;
        _numericValues = numericValues;
        _categorical = categorical;
        CoefficientNames = names;
        Terms = terms;
        TotalRows = totalRows;
    }

    internal ModelSpecification Specification { get; }

    /// <summary>The dependent variable's name.</summary>
    public string DependentName => Specification.DependentName;

    /// <summary>The labels results show for the model's variables and codes (<see cref="ModelSpecification.Labels"/>).</summary>
    public Reporting.VariableLabels Labels => Specification.Labels;

    /// <summary>Coefficient names: "(Konstant)", numeric predictors by name, dummies as "name=level".</summary>
    public IReadOnlyList<string> CoefficientNames { get; }

    /// <summary>The model's terms (for joint tests of categorical predictors).</summary>
    public IReadOnlyList<ModelTerm> Terms { get; }

    /// <summary>The number of coefficients p (constant included).</summary>
    public int P => CoefficientNames.Count;

    /// <summary>The number of complete cases used.</summary>
    public int N { get; }

    /// <summary>The number of rows in the input.</summary>
    public int TotalRows { get; }

    /// <summary>Rows deleted listwise because a model variable was missing.</summary>
    public int CasesDeleted => TotalRows - N;

    /// <summary>The 0-based input row of each complete case, ascending (an array built on first use).</summary>
    public IReadOnlyList<int> Rows => _rows ??= BuildRows();

    /// <summary>The dependent values of the complete cases (an array built on first use).</summary>
    /// <exception cref="InvalidOperationException">A coefficient is suppressed by the disclosure rule
    /// (<see cref="HasSuppression"/>): the answers of its small group would be shown.</exception>
    public ReadOnlySpan<double> Y => CheckReleasable(nameof(Y)) ? ResponseValues : default;

    /// <summary>The design matrix, row-major n × p (an array of n · p values built on first use; fitting does not
    /// need it).</summary>
    /// <exception cref="InvalidOperationException">A coefficient is suppressed by the disclosure rule
    /// (<see cref="HasSuppression"/>).</exception>
    public ReadOnlySpan<double> X => CheckReleasable(nameof(X)) ? DesignValues : default;

    /// <summary>The dependent values of the complete cases for the fits (not gated).</summary>
    internal ReadOnlySpan<double> ResponseValues => _y ??= BuildY();

    /// <summary>The design matrix for the fits (not gated).</summary>
    internal ReadOnlySpan<double> DesignValues => _x ??= BuildX();

    /// <summary>Indices of the coefficients hidden by the disclosure rule: dummies of categorical levels with fewer
    /// complete cases than <see cref="Disclosure.DisclosurePolicy.MinimumForMeans"/> (empty when none, or when the
    /// specification chose <see cref="Disclosure.DisclosurePolicy.None"/>).</summary>
    public IReadOnlyList<int> SuppressedCoefficients { get; internal init; } = [];

    /// <summary>The suppressed coefficients hidden because, together with numbers released earlier from the same data
    /// (the dataset's release ledger), they would give a hidden group's mean; a subset of
    /// <see cref="SuppressedCoefficients"/>.</summary>
    public IReadOnlyList<int> LedgerSuppressedCoefficients { get; internal init; } = [];

    /// <summary>Whether any coefficient is suppressed; then the fit statistics that contain the small groups' means
    /// (R², F, sums of squares, the joint tests of their variables) and the frame's <see cref="Y"/> and <see cref="X"/>
    /// are withheld too.</summary>
    public bool HasSuppression => SuppressedCoefficients.Count > 0;

    /// <summary>Notes (Norwegian) naming each suppressed level, the rule, and a reference level replaced because it
    /// was small.</summary>
    public IReadOnlyList<string> DisclosureNotes { get; internal init; } = [];

    /// <summary>Whether coefficient <paramref name="index"/> is suppressed.</summary>
    public bool IsSuppressed(int index) => SuppressedCoefficients.Contains(index);

    /// <summary>Whether the term has a suppressed coefficient.</summary>
    internal bool IsSuppressed(ModelTerm term) => term.CoefficientIndices.Any(IsSuppressed);

    /// <summary>Throws the disclosure message for the suppressed coefficient <paramref name="index"/>.</summary>
    /// <exception cref="InvalidOperationException">Always when the coefficient is suppressed.</exception>
    internal void ThrowIfSuppressed(int index)
    {
        if (LedgerSuppressedCoefficients.Contains(index))
        {
            throw new InvalidOperationException($"The coefficient '{CoefficientNames[index]}' is suppressed: together with numbers released earlier from the same data it would give a hidden group's mean ({Specification.Disclosure.Name}: {Specification.Disclosure.Description}).");
        }

        if (IsSuppressed(index))
        {
            throw new InvalidOperationException($"The coefficient '{CoefficientNames[index]}' is suppressed: its category has fewer than {Specification.Disclosure.MinimumForMeans} complete cases ({Specification.Disclosure.Name}: {Specification.Disclosure.Description}). Merge the category, or choose DisclosurePolicy.None by name for internal microdata work.");
        }
    }

    /// <summary>The estimates with every suppressed coefficient's numbers set to NaN (the name kept).</summary>
    internal IReadOnlyList<CoefficientEstimate> Suppress(IReadOnlyList<CoefficientEstimate> estimates) => !HasSuppression
        ? estimates
        : [.. estimates.Select((c, j) => IsSuppressed(j) ? c with { Estimate = double.NaN, StandardError = double.NaN, T = double.NaN, P = double.NaN, Lower = double.NaN, Upper = double.NaN, StandardisedBeta = double.NaN } : c)];

    /// <summary>A copy of the coefficient vector with the suppressed entries NaN.</summary>
    internal double[] SuppressVector(IReadOnlyList<double> b)
    {
        var copy = b.ToArray();
        foreach (var j in SuppressedCoefficients)
        {
            copy[j] = double.NaN;
        }

        return copy;
    }

    /// <summary>A copy of the p × p covariance with the rows and columns of the suppressed coefficients NaN.</summary>
    internal double[] SuppressCovariance(IReadOnlyList<double> v)
    {
        var copy = v.ToArray();
        var p = P;
        foreach (var j in SuppressedCoefficients)
        {
            for (var k = 0; k < p; k++)
            {
                copy[j * p + k] = double.NaN;
                copy[k * p + j] = double.NaN;
            }
        }

        return copy;
    }

    private bool CheckReleasable(string what) => !HasSuppression
        ? true
        : throw new InvalidOperationException($"The model frame's {what} is withheld: coefficient(s) {string.Join(", ", SuppressedCoefficients.Select(j => CoefficientNames[j]))} are suppressed by the disclosure rule ({Specification.Disclosure.Name}), and the complete cases' rows would show those respondents' answers.");

    /// <summary>The complete rows in ascending order, without allocation: <c>foreach (var row in frame.CompleteRows)</c>.</summary>
    internal CompleteRowEnumerator CompleteRows => new(_mask);

    /// <summary>The dependent value of input row <paramref name="row"/>.</summary>
    internal double DependentAt(int row) => _dependent[row];

    /// <summary>Writes the design row of input row <paramref name="row"/> (length p: 1, then the predictors).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void FillRow(int row, Span<double> x)
    {
        x[0] = 1;
        var index = _numericIndex;
        var values = _numericValues;
        for (var k = 0; k < index.Length; k++)
        {
            x[index[k]] = values[k][row];
        }

        foreach (var c in _categorical)
        {
            var dummies = c.CoefficientIndices;
            for (var k = 0; k < dummies.Length; k++)
            {
                x[dummies[k]] = 0;
            }

            var level = c.DummyOfRow[row];
            if (level >= 0)
            {
                x[dummies[level]] = 1;
            }
        }
    }

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

    /// <summary>Checks that the model can be estimated: n &gt; p.</summary>
    internal void CheckCaseCount()
    {
        if (N <= P)
        {
            throw new ModelSpecificationException($"The model for '{DependentName}' has {P} coefficients but only {N} complete cases ({CasesDeleted} of {TotalRows} deleted listwise); it needs more cases than coefficients.");
        }
    }

    /// <summary>Checks that no predictor is constant, given each column's smallest and largest value over the complete cases.</summary>
    internal void CheckNotConstant(ReadOnlySpan<double> min, ReadOnlySpan<double> max)
    {
        for (var j = 1; j < P; j++)
        {
            if (min[j] == max[j])
            {
                throw new ModelSpecificationException($"Predictor '{CoefficientNames[j]}' is constant (value {min[j].ToString("R", CultureInfo.InvariantCulture)} in all {N} complete cases); it cannot be estimated beside the constant. Remove it from the model.");
            }
        }
    }

    /// <summary>The ids of the given full-length id column for the complete cases.</summary>
    internal int[] Complete(int?[] ids)
    {
        var result = new int[N];
        var i = 0;
        foreach (var row in CompleteRows)
        {
            result[i++] = ids[row]!.Value;
        }

        return result;
    }

    /// <summary>The values of the given full-length array for the complete cases.</summary>
    internal double[] Complete(double[] v)
    {
        var result = new double[N];
        var i = 0;
        foreach (var row in CompleteRows)
        {
            result[i++] = v[row];
        }

        return result;
    }

    private int[] BuildRows()
    {
        var rows = new int[N];
        var i = 0;
        foreach (var row in CompleteRows)
        {
            rows[i++] = row;
        }

        return rows;
    }

    private double[] BuildY() => Complete(_dependent);

    private double[] BuildX()
    {
        var p = P;
        var x = new double[N * p];
        var i = 0;
        foreach (var row in CompleteRows)
        {
            FillRow(row, x.AsSpan(i * p, p));
            i++;
        }

        return x;
    }

    /// <summary>A categorical predictor: the coefficient index of each dummy and, per input row, the dummy that is 1
    /// (−1 for the reference level or a missing value).</summary>
    internal sealed record CategoricalColumn(int[] CoefficientIndices, int[] DummyOfRow);

    /// <summary>Enumerates the set bits of a row mask in ascending order.</summary>
    internal struct CompleteRowEnumerator
    {
        private readonly ulong[] _mask;
        private int _word;
        private ulong _bits;

        internal CompleteRowEnumerator(ulong[] mask)
        {
            _mask = mask;
            _word = -1;
            _bits = 0;
            Current = -1;
        }

        /// <summary>The current input row.</summary>
        public int Current { get; private set; }

        /// <summary>This enumerator (for foreach).</summary>
        public readonly CompleteRowEnumerator GetEnumerator() => this;

        /// <summary>Advances to the next complete row.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext()
        {
            while (_bits == 0)
            {
                if (++_word >= _mask.Length)
                {
                    return false;
                }

                _bits = _mask[_word];
            }

            Current = (_word << 6) + BitOperations.TrailingZeroCount(_bits);
            _bits &= _bits - 1;
            return true;
        }
    }
}
