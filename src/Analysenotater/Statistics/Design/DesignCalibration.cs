namespace Analysenotater.Statistics.Design;

/// <summary>
/// The calibration steps of a design (post-stratification, raking), kept so that the linearised scores can be
/// replaced by their residuals from the calibration groups before the PSU totals are formed: the calibration gain
/// of R's <c>postStratify</c> / <c>rake</c> designs (<c>svyrecvar</c>), reproduced step for step.
/// </summary>
internal sealed class DesignCalibration
{
    private readonly List<Step> _steps;

    private DesignCalibration(List<Step> steps) => _steps = steps;

    /// <summary>Short Norwegian description of the steps, for method notes.</summary>
    public string Description => string.Join(" + ", _steps.Select(s => s.Auxiliaries is not null ? $"kalibrert (GREG) på {string.Join(", ", s.Names)}"
        : s.Margins.Length == 1 && !s.Raking ? $"etterstratifisert på {s.Names[0]}" : $"raket på {string.Join(", ", s.Names)}"));

    /// <summary>Appends a post-stratification on <paramref name="cells"/> (dense index per row) to <paramref name="before"/>.</summary>
    public static DesignCalibration PostStratified(DesignCalibration? before, string name, int[] cells, double[] oldWeights, double[] newWeights) =>
        new([.. before?._steps ?? [], new Step(false, [name], [cells], [cells.Max() + 1], oldWeights, newWeights)]);

    /// <summary>Appends a raking on the margins (dense index per row and margin) to <paramref name="before"/>.</summary>
    public static DesignCalibration Raked(DesignCalibration? before, string[] names, int[][] margins, double[] weights) =>
        new([.. before?._steps ?? [], new Step(true, names, margins, [.. margins.Select(m => m.Max() + 1)], weights, weights)]);

    /// <summary>Appends a calibration (R <c>calibrate</c>) on the auxiliary columns to <paramref name="before"/>.</summary>
    public static DesignCalibration Regression(DesignCalibration? before, string[] names, double[][] auxiliaries, double[] oldWeights, double[] newWeights) =>
        new([.. before?._steps ?? [], new Step(false, names, [], [], oldWeights, newWeights) { Auxiliaries = auxiliaries }]);

    /// <summary>
    /// Replaces the weighted scores <paramref name="x"/> (one per row, 0 for rows outside the estimate) by their
    /// calibration residuals, in place. Post-stratification (R): x ← x − w·m_g with m_g = Σ_g x·w₀/w ÷ Σ_g w₀ (w₀ the
    /// weights before, w after). Raking (R): ten sweeps over the margins of x ← x − w·mean_g(x/w), the mean unweighted
    /// over the rows of category g with a non-zero weight (a zero-weight row is not in the sample).
    /// </summary>
    public void Residualize(double[] x)
    {
        foreach (var step in _steps)
        {
            if (step.Auxiliaries is { } aux)
            {
                ResidualizeOnAuxiliaries(x, aux, step.OldWeights, step.NewWeights);
                continue;
            }

            if (!step.Raking)
            {
                var cells = step.Margins[0];
                var k = step.Categories[0];
                var num = new double[k];
                var den = new double[k];
                for (var i = 0; i < x.Length; i++)
                {
                    var w = step.NewWeights[i];
                    if (w != 0)
                    {
                        num[cells[i]] += x[i] * step.OldWeights[i] / w;
                    }

                    den[cells[i]] += step.OldWeights[i];
                }

                for (var i = 0; i < x.Length; i++)
                {
                    var g = cells[i];
                    if (den[g] > 0)
                    {
                        x[i] -= num[g] / den[g] * step.NewWeights[i];
                    }
                }

                continue;
            }

            for (var sweep = 0; sweep < 10; sweep++)
            {
                for (var m = 0; m < step.Margins.Length; m++)
                {
                    var margin = step.Margins[m];
                    var k = step.Categories[m];
                    var sum = new double[k];
                    var count = new int[k];
                    for (var i = 0; i < x.Length; i++)
                    {
                        var w = step.NewWeights[i];
                        if (w != 0)
                        {
                            sum[margin[i]] += x[i] / w;
                            count[margin[i]]++;
                        }
                    }

                    for (var i = 0; i < x.Length; i++)
                    {
                        var g = margin[i];
                        if (count[g] > 0)
                        {
                            x[i] -= step.NewWeights[i] * sum[g] / count[g];
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Calibration residuals as R's <c>svyrecvar</c> for a <c>calibrate()</c>d design: x ← qr.resid(qr(X·√w₀), x/(g√w₀))·g√w₀
    /// with w₀ the weights before and g = w/w₀, which is x − w·X'β with β = (Σ w₀ X X')⁻¹ Σ (w₀/w) X x over the rows
    /// with non-zero weight (rows of weight 0 have score 0 and stay 0).
    /// </summary>
    private static void ResidualizeOnAuxiliaries(double[] x, double[][] aux, double[] oldWeights, double[] newWeights)
    {
        var p = aux.Length;
        var xtx = new double[p * p];
        var xty = new double[p];
        for (var i = 0; i < x.Length; i++)
        {
            if (oldWeights[i] == 0 || newWeights[i] == 0)
            {
                continue;
            }

            for (var a = 0; a < p; a++)
            {
                var va = aux[a][i];
                xty[a] += oldWeights[i] / newWeights[i] * va * x[i];
                for (var b = 0; b < p; b++)
                {
                    xtx[a * p + b] += oldWeights[i] * va * aux[b][i];
                }
            }
        }

        var (values, vectors) = Analysenotater.Statistics.Regression.SmallMatrix.SymmetricEigen(xtx, p);
        var max = values.Max(Math.Abs);
        var beta = new double[p];
        for (var k = 0; k < p; k++)
        {
            if (Math.Abs(values[k]) <= 1e-12 * max)
            {
                continue; // a redundant auxiliary (qr drops it the same way)
            }

            var proj = 0.0;
            for (var a = 0; a < p; a++)
            {
                proj += vectors[a * p + k] * xty[a];
            }

            for (var a = 0; a < p; a++)
            {
                beta[a] += vectors[a * p + k] * proj / values[k];
            }
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (oldWeights[i] == 0 || newWeights[i] == 0)
            {
                continue;
            }

            var fit = 0.0;
            for (var a = 0; a < p; a++)
            {
                fit += aux[a][i] * beta[a];
            }

            x[i] -= newWeights[i] * fit;
        }
    }

    /// <summary>One calibration: dense category index per row for each margin, the number of categories of each, and the weights before and after.</summary>
    private sealed record Step(bool Raking, string[] Names, int[][] Margins, int[] Categories, double[] OldWeights, double[] NewWeights)
    {
        /// <summary>The auxiliary columns of a calibrate() step (null for post-stratification and raking).</summary>
        public double[][]? Auxiliaries { get; init; }
    }
}
