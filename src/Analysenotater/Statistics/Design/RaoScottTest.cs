using System.Globalization;
using Analysenotater.Statistics.Distributions;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Design;

/// <summary>
/// Rao–Scott tests of independence in a two-way table over a survey design, as R <c>svychisq(~row + col, design)</c>
/// (statistic "F", the default, and "Chisq"). Usage: <c>RaoScottTest.Independence(design, kjonn, svar, "kjonn", "svar")</c>.
/// </summary>
/// <remarks>
/// With p̂ the vector of weighted cell proportions (cells ordered row-fastest) and V its linearised design covariance
/// (the design's variance engine; calibration residuals included), C the interaction contrasts of the saturated
/// model residualised on the main effects and D = diag(p̂): Δ = (C' D⁻¹ C / n)⁻¹ (C' D⁻¹ V D⁻¹ C). Pearson's X² is
/// computed on the weighted table scaled to n; F = X²/tr(Δ) on (d, d·(PSUs − strata)) df with
/// d = tr(Δ)²/tr(Δ²); the first-order χ² is X²/δ̄ on (r − 1)(c − 1) df. Missing values: rows with NaN in either
/// variable are left out (they stay in the design, as svychisq's na.rm); n counts the rows with both present (R counts
/// every row of the design; F, d and both p-values do not depend on n).
/// </remarks>
public static class RaoScottTest
{
    /// <summary>Tests independence of two categorical variables (codes as numbers, NaN = missing), one value per design row.</summary>
    /// <exception cref="ArgumentException">Lengths differ from the design, the design is a domain, fewer than two categories in a variable, or no design df.</exception>
    public static RaoScottResult Independence(SurveyDesign design, double[] rowVariable, double[] columnVariable, string rowName = "rad", string columnName = "kolonne")
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(rowVariable);
        ArgumentNullException.ThrowIfNull(columnVariable);
        var n = design.RowCount;
        if (rowVariable.Length != n || columnVariable.Length != n)
        {
            throw new ArgumentException($"The design has {n} rows; '{rowName}' has {rowVariable.Length} and '{columnName}' {columnVariable.Length}.", nameof(rowVariable));
        }

        if (design.DomainLabel.Length > 0)
        {
            throw new ArgumentException($"The design is the domain '{design.DomainLabel}'; test on the whole design (set the other rows' values to NaN).", nameof(design));
        }

        var used = new bool[n];
        long count = 0;
        for (var i = 0; i < n; i++)
        {
            used[i] = !double.IsNaN(rowVariable[i]) && !double.IsNaN(columnVariable[i]);
            count += used[i] ? 1 : 0;
        }

        var rowLevels = rowVariable.Where((v, i) => used[i]).Distinct().Order().ToArray();
        var colLevels = columnVariable.Where((v, i) => used[i]).Distinct().Order().ToArray();
        int nr = rowLevels.Length, nc = colLevels.Length;
        if (nr < 2 || nc < 2)
        {
            throw new ArgumentException($"A test of independence needs at least two categories in each variable; '{rowName}' has {nr} and '{columnName}' {nc} among the {count} rows with both.", nameof(rowVariable));
        }

        var k = nr * nc;
        var cell = new int[n];
        var w = design.Weights;
        var sw = 0.0;
        var p = new double[k];
        for (var i = 0; i < n; i++)
        {
            if (!used[i])
            {
                cell[i] = -1;
                continue;
            }

            cell[i] = Array.BinarySearch(rowLevels, rowVariable[i]) + (nr * Array.BinarySearch(colLevels, columnVariable[i]));
            sw += w[i];
            p[cell[i]] += w[i];
        }

        for (var c = 0; c < k; c++)
        {
            p[c] /= sw;
        }

        // Linearised scores of the cell proportions (ratio estimators), one column per cell.
        var scores = new double[k][];
        for (var c = 0; c < k; c++)
        {
            scores[c] = new double[n];
            for (var i = 0; i < n; i++)
            {
                if (used[i])
                {
                    scores[c][i] = w[i] * ((cell[i] == c ? 1 : 0) - p[c]) / sw;
                }
            }
        }

        var (v, psus, strata) = design.Engine.Covariance(scores);
        var designDf = psus - strata;
        if (designDf < 1)
        {
            throw new ArgumentException($"The design has {designDf} degrees of freedom (PSUs − strata); the Rao–Scott F needs at least 1.", nameof(design));
        }

        // C: interaction columns of the saturated model residualised on the main effects (cells row-fastest).
        var q = (nr - 1) * (nc - 1);
        var main = nr + nc - 1;
        var x1 = new double[k * main];
        var x12 = new double[k * q];
        for (var c = 0; c < k; c++)
        {
            int r = c % nr, col = c / nr;
            x1[c * main] = 1;
            if (r > 0)
            {
                x1[c * main + r] = 1;
            }

            if (col > 0)
            {
                x1[c * main + nr - 1 + col] = 1;
            }

            if (r > 0 && col > 0)
            {
                x12[c * q + ((col - 1) * (nr - 1)) + (r - 1)] = 1;
            }
        }

        var cmat = Residualise(x1, x12, k, main, q);
        var inv = p.Select(x => x == 0 ? 0 : 1 / x).ToArray();
        var denom = new double[q * q];
        var numr = new double[q * q];
        var dc = new double[k * q]; // D⁻¹ C
        for (var c = 0; c < k; c++)
        {
            for (var a = 0; a < q; a++)
            {
                dc[c * q + a] = inv[c] * cmat[c * q + a];
            }
        }

        for (var a = 0; a < q; a++)
        {
            for (var b = 0; b < q; b++)
            {
                var s = 0.0;
                for (var c = 0; c < k; c++)
                {
                    s += cmat[c * q + a] * dc[c * q + b] / count;
                }

                denom[a * q + b] = s;
                var t = 0.0;
                for (var c = 0; c < k; c++)
                {
                    for (var e = 0; e < k; e++)
                    {
                        t += dc[c * q + a] * v[c * k + e] * dc[e * q + b];
                    }
                }

                numr[a * q + b] = t;
            }
        }

        SmallMatrix.Symmetrise(denom, q);
        var l = SmallMatrix.Cholesky(denom, q, 1e-12, out _) ?? throw new ArgumentException($"An empty row or column in the table of '{rowName}' × '{columnName}': the test is undefined.", nameof(rowVariable));
        var delta = new double[q * q];
        for (var b = 0; b < q; b++)
        {
            var column = new double[q];
            for (var a = 0; a < q; a++)
            {
                column[a] = numr[a * q + b];
            }

            var solved = SmallMatrix.CholeskySolve(l, q, column);
            for (var a = 0; a < q; a++)
            {
                delta[a * q + b] = solved[a];
            }
        }

        double tr = 0, tr2 = 0;
        for (var a = 0; a < q; a++)
        {
            tr += delta[a * q + a];
            for (var b = 0; b < q; b++)
            {
                tr2 += delta[a * q + b] * delta[b * q + a];
            }
        }

        // Pearson's X² on the weighted table scaled to n.
        var rowSums = new double[nr];
        var colSums = new double[nc];
        for (var c = 0; c < k; c++)
        {
            rowSums[c % nr] += p[c];
            colSums[c / nr] += p[c];
        }

        var x2 = 0.0;
        for (var c = 0; c < k; c++)
        {
            var expected = count * rowSums[c % nr] * colSums[c / nr];
            if (expected > 0)
            {
                var d = (count * p[c]) - expected;
                x2 += d * d / expected;
            }
        }

        var d0 = tr * tr / tr2;
        var f = x2 / tr;
        var ddf = d0 * designDf;
        var chi = x2 / (tr / q);
        var notes = new List<string>
        {
            $"Rao–Scott-korrigert Pearson-test av uavhengighet som R survey::svychisq; designbasert kovarians fra {psus} PSU-er i {strata} strata (df = {designDf.ToString(CultureInfo.InvariantCulture)}).",
            $"Gjennomsnittlig generalisert designeffekt δ̄ = {NorwegianFormatNumber(tr / q)}.",
        };
        return new RaoScottResult(rowName, columnName, nr, nc, count, x2, tr, tr2, designDf, f, d0, ddf, Probability.FUpper(f, d0, ddf), chi, q, Probability.ChiSquareUpper(chi, q), notes);
    }

    private static string NorwegianFormatNumber(double x) => Reporting.NorwegianFormat.Number(x, 3);

    /// <summary>The columns of <paramref name="y"/> (k × q) minus their least-squares fit on <paramref name="x"/> (k × m).</summary>
    private static double[] Residualise(double[] x, double[] y, int k, int m, int q)
    {
        var xtx = new double[m * m];
        for (var c = 0; c < k; c++)
        {
            for (var a = 0; a < m; a++)
            {
                for (var b = 0; b < m; b++)
                {
                    xtx[a * m + b] += x[c * m + a] * x[c * m + b];
                }
            }
        }

        var l = SmallMatrix.Cholesky(xtx, m, 1e-12, out _)!;
        var r = (double[])y.Clone();
        for (var j = 0; j < q; j++)
        {
            var xty = new double[m];
            for (var c = 0; c < k; c++)
            {
                for (var a = 0; a < m; a++)
                {
                    xty[a] += x[c * m + a] * y[c * q + j];
                }
            }

            var beta = SmallMatrix.CholeskySolve(l, m, xty);
            for (var c = 0; c < k; c++)
            {
                var fit = 0.0;
                for (var a = 0; a < m; a++)
                {
                    fit += x[c * m + a] * beta[a];
                }

                r[c * q + j] -= fit;
            }
        }

        return r;
    }
}
