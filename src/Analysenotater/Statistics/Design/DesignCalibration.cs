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
    public string Description => string.Join(" + ", _steps.Select(s => s.Margins.Length == 1 && !s.Raking
        ? $"etterstratifisert på {s.Names[0]}" : $"raket på {string.Join(", ", s.Names)}"));

    /// <summary>Appends a post-stratification on <paramref name="cells"/> (dense index per row) to <paramref name="before"/>.</summary>
    public static DesignCalibration PostStratified(DesignCalibration? before, string name, int[] cells, double[] oldWeights, double[] newWeights) =>
        new([.. before?._steps ?? [], new Step(false, [name], [cells], [cells.Max() + 1], oldWeights, newWeights)]);

    /// <summary>Appends a raking on the margins (dense index per row and margin) to <paramref name="before"/>.</summary>
    public static DesignCalibration Raked(DesignCalibration? before, string[] names, int[][] margins, double[] weights) =>
        new([.. before?._steps ?? [], new Step(true, names, margins, [.. margins.Select(m => m.Max() + 1)], weights, weights)]);

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

    /// <summary>One calibration: dense category index per row for each margin, the number of categories of each, and the weights before and after.</summary>
    private sealed record Step(bool Raking, string[] Names, int[][] Margins, int[] Categories, double[] OldWeights, double[] NewWeights);
}
