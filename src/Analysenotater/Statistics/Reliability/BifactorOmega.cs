using Analysenotater.Data;
using MathNet.Numerics.LinearAlgebra;

namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// McDonald's hierarchical omega (ω_h) as psych's default <c>omega(x)</c> computes it: minres factoring of the item
/// correlations with m group factors (default 3), varimax then direct oblimin rotation (GPArotation's algorithm), a
/// general factor from the factor correlations, the Schmid–Leiman transformation, and ω_h, ω total, ω_h asymptotic
/// (omega.lim), alpha, G6, the explained common variance and ω per group factor (ω_s). Usage:
/// <c>BifactorOmega.Analyse(data, items)</c> or with <c>new BifactorOmegaOptions { GroupFactors = 4 }</c>.
/// </summary>
/// <remarks>
/// <para>Missing values: pairwise — each correlation uses the rows with valid answers to both items, as psych::omega
/// on raw data (<c>cor(x, use = "pairwise")</c>). Items are used as coded; items whose general-factor loading is
/// negative are reversed (psych's flip) and marked in <see cref="BifactorOmegaResult.Reversed"/>.</para>
/// <para>General factor: with three or more group factors, one-factor minres loadings of the factor correlation
/// matrix with psych's bound on the uniquenesses (≥ 0.005; a note says when the bound is reached); with two, both set to √|φ₁₂| (psych's option = "equal"; the general factor is then not identified, and a
/// note says so); with one, the single factor is the general factor (ω_h = ω total from one factor).</para>
/// <para>Indeterminacy: oblimin has local optima, and its factors come out in any order and sign. ω_h, ω total,
/// communalities, the absolute g loadings and the group omegas (as a set) do not depend on order or sign; the factor
/// numbers do. The rotation starts where psych's does (varimax of the unrotated minres loadings, columns ordered by
/// explained variance), so it reaches the same optimum unless psych's looser factoring lands in another basin.</para>
/// </remarks>
public static class BifactorOmega
{
    /// <summary>Analyses dataset columns (valid values; every missing kind counts as missing).</summary>
    /// <exception cref="ArgumentException">Fewer than three items, too many group factors, or an item with fewer than three valid answers or zero variance (named).</exception>
    public static BifactorOmegaResult Analyse(SurveyDataset data, IReadOnlyList<string> items, BifactorOmegaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(items);
        return Analyse(items, [.. items.Select(data.ValidValues)], options);
    }

    /// <summary>Analyses item arrays of equal length (NaN = missing).</summary>
    /// <exception cref="ArgumentException">As <see cref="Analyse(SurveyDataset, IReadOnlyList{string}, BifactorOmegaOptions?)"/>, or arrays of unequal length.</exception>
    public static BifactorOmegaResult Analyse(IReadOnlyList<string> names, IReadOnlyList<double[]> items, BifactorOmegaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(items);
        if (names.Count != items.Count)
        {
            throw new ArgumentException($"{names.Count} navn, men {items.Count} spørsmål.", nameof(names));
        }

        var (r, minPairN, rows) = PairwiseCorrelations(names, items);
        return FromCorrelations(names, r, rows, minPairN, options);
    }

    /// <summary>Analyses a correlation matrix (p × p, symmetric, unit diagonal); <paramref name="n"/> is only reported.</summary>
    /// <exception cref="ArgumentException">The matrix is not square, not symmetric or not p × p.</exception>
    public static BifactorOmegaResult FromCorrelations(IReadOnlyList<string> names, double[,] correlations, long n, BifactorOmegaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(correlations);
        var p = names.Count;
        if (correlations.GetLength(0) != p || correlations.GetLength(1) != p)
        {
            throw new ArgumentException($"Korrelasjonsmatrisen er {correlations.GetLength(0)} × {correlations.GetLength(1)}; {p} × {p} var ventet.", nameof(correlations));
        }

        var r = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                r[i * p + j] = correlations[i, j];
                if (!double.IsFinite(r[i * p + j]) || Math.Abs(correlations[i, j] - correlations[j, i]) > 1e-10)
                {
                    throw new ArgumentException($"Korrelasjonsmatrisen er ikke symmetrisk og endelig i ({names[i]}, {names[j]}).", nameof(correlations));
                }
            }
        }

        return FromCorrelations(names, r, n, n, options);
    }

    private static BifactorOmegaResult FromCorrelations(IReadOnlyList<string> names, double[] r, long rows, long minPairN, BifactorOmegaOptions? options)
    {
        options ??= new BifactorOmegaOptions();
        var p = names.Count;
        var m = options.GroupFactors;
        if (p < 3)
        {
            throw new ArgumentException($"Omega trenger minst tre spørsmål; {p} er gitt.", nameof(names));
        }

        if (m < 1 || m >= p)
        {
            throw new ArgumentException($"Antall gruppefaktorer må være mellom 1 og {p - 1} for {p} spørsmål; {m} er gitt.", nameof(options));
        }

        var notes = new List<string>();
        var fit = MinresFactoring.Fit(r, p, m);
        if (!fit.Converged)
        {
            notes.Add($"Minres-faktoriseringen konvergerte ikke på {fit.Iterations} iterasjoner.");
        }

        var unrotated = Matrix<double>.Build.Dense(p, m, (i, j) => fit.Loadings[i, j]);
        Matrix<double> pattern;
        Matrix<double> phi;
        var rotationIterations = 0;
        var rotationConverged = true;
        if (m == 1)
        {
            pattern = unrotated;
            phi = Matrix<double>.Build.DenseIdentity(1);
        }
        else
        {
            var varimax = OrderByVariance(FactorRotation.Varimax(unrotated));
            var oblique = FactorRotation.Oblimin(varimax, options.RotationTolerance, options.MaxRotationIterations);
            pattern = oblique.Loadings;
            phi = oblique.Phi;
            rotationIterations = oblique.Iterations;
            rotationConverged = oblique.Converged;
            if (!rotationConverged)
            {
                notes.Add($"Oblimin-rotasjonen konvergerte ikke på {options.MaxRotationIterations} iterasjoner.");
            }
        }

        var gFactor = GeneralLoadingsOfFactors(phi, m, notes);

        // Schmid–Leiman: g = F γ; group loadings sign(F) √(F²(1 − γ²)) (psych's uniq2, floored at 0).
        var g = new double[p];
        var group = new double[p, m];
        for (var i = 0; i < p; i++)
        {
            for (var f = 0; f < m; f++)
            {
                g[i] += pattern[i, f] * gFactor[f];
                var u2 = pattern[i, f] * pattern[i, f] * (1 - gFactor[f] * gFactor[f]);
                group[i, f] = Math.Sign(pattern[i, f]) * Math.Sqrt(Math.Max(u2, 0));
            }
        }

        var h2 = fit.Communalities;
        var u = h2.Select(x => 1 - x).ToArray();
        if (h2.Any(x => x >= 1))
        {
            notes.Add("Heywood-tilfelle: minst én kommunalitet er 1 eller mer; omega er usikker.");
        }

        // psych's flip: reverse items whose g loading is negative; Vt is the sum of the keyed correlation matrix.
        var key = g.Select(x => x < 0 ? -1 : 1).ToArray();
        var keyed = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            g[i] *= key[i];
            for (var f = 0; f < m; f++)
            {
                group[i, f] *= key[i];
            }

            for (var j = 0; j < p; j++)
            {
                keyed[i * p + j] = key[i] * key[j] * r[i * p + j];
            }
        }

        var vt = keyed.Sum();
        var gsq = g.Sum() * g.Sum();
        var uniq = u.Sum();
        var omegaTotal = (vt - uniq) / vt;
        var alpha = (vt - p) / vt * p / (p - 1);
        var g6 = GuttmanLambda6(keyed, p, vt);
        var evG = g.Sum(x => x * x);
        var evAll = evG;
        for (var i = 0; i < p; i++)
        {
            for (var f = 0; f < m; f++)
            {
                evAll += group[i, f] * group[i, f];
            }
        }

        var (groups, groupsSum) = GroupOmegas(names, keyed, g, group, p, m, vt);
        var reversed = names.Where((_, i) => key[i] < 0).ToList();
        if (reversed.Count > 0)
        {
            notes.Add($"Snudd fordi g-ladningen er negativ (som psych): {string.Join(", ", reversed)}.");
        }

        return new BifactorOmegaResult
        {
            Items = names,
            Rows = rows,
            MinimumPairN = minPairN,
            GroupFactorCount = m,
            OmegaHierarchical = gsq / vt,
            OmegaTotal = omegaTotal,
            OmegaLimit = gsq / (vt - uniq),
            Alpha = alpha,
            G6 = g6,
            ExplainedCommonVariance = evG / evAll,
            GeneralLoadings = g,
            GroupLoadings = group,
            Communalities = h2,
            Uniquenesses = u,
            Reversed = [.. key.Select(k => k < 0)],
            PatternLoadings = pattern.ToArray(),
            FactorCorrelations = phi.ToArray(),
            FactorGeneralLoadings = gFactor,
            Groups = groups,
            OmegaGroupsTotal = groupsSum,
            FactoringIterations = fit.Iterations,
            RotationIterations = rotationIterations,
            NoteList = notes,
        };
    }

    /// <summary>psych's schmid: the general factor's loadings on the group factors.</summary>
    private static double[] GeneralLoadingsOfFactors(Matrix<double> phi, int m, List<string> notes)
    {
        switch (m)
        {
            case 1:
                return [1.0];
            case 2:
                notes.Add("To gruppefaktorer: g-ladningene settes like (√|φ₁₂|, som psych option = \"equal\"); tre faktorer trengs for å identifisere g.");
                var a = Math.Sqrt(Math.Abs(phi[0, 1]));
                return [a, Math.Sign(phi[0, 1]) * a];
            default:
                var (loadings, atBound) = BoundedOneFactorMinres.Loadings(phi.ToRowMajorArray(), m);
                if (atBound)
                {
                    notes.Add("Heywood-tilfelle i g-faktoren: en unikhet på gruppefaktorene er satt til psychs nedre grense 0,005 (uten grensen ville en g-ladning blitt 1 eller mer); ω_h er usikker.");
                }

                return loadings;
        }
    }

    /// <summary>psych's omega.group: items assigned to their largest |group loading| (first on ties).</summary>
    private static (IReadOnlyList<OmegaGroupFactor> Groups, double Sum) GroupOmegas(IReadOnlyList<string> names, double[] keyed, double[] g, double[,] group, int p, int m, double vt)
    {
        var sub = new int[p];
        for (var i = 0; i < p; i++)
        {
            for (var f = 1; f < m; f++)
            {
                if (Math.Abs(group[i, f]) > Math.Abs(group[i, sub[i]]))
                {
                    sub[i] = f;
                }
            }
        }

        var list = new List<OmegaGroupFactor>();
        var grs = 0.0;
        for (var f = 0; f < m; f++)
        {
            var idx = Enumerable.Range(0, p).Where(i => sub[i] == f).ToArray();
            if (idx.Length == 0)
            {
                list.Add(new OmegaGroupFactor(f + 1, [], double.NaN, double.NaN, double.NaN));
                continue;
            }

            var vgr = 0.0;
            foreach (var i in idx)
            {
                foreach (var j in idx)
                {
                    vgr += keyed[i * p + j];
                }
            }

            var gr = idx.Sum(i => group[i, f]);
            var gg = idx.Sum(i => g[i]);
            grs += gr * gr;
            list.Add(new OmegaGroupFactor(f + 1, [.. idx.Select(i => names[i])], (gr * gr + gg * gg) / vgr, gg * gg / vgr, gr * gr / vgr));
        }

        return (list, grs / vt);
    }

    /// <summary>psych's lambda.6 in omega: (Vt + Σ smc − p)/Vt with smc_j = 1 − 1/(R⁻¹)_jj.</summary>
    private static double GuttmanLambda6(double[] r, int p, double vt)
    {
        var inv = Matrix<double>.Build.Dense(p, p, (i, j) => r[i * p + j]).Inverse();
        var smc = 0.0;
        for (var j = 0; j < p; j++)
        {
            smc += 1 - 1 / inv[j, j];
        }

        return (vt + smc - p) / vt;
    }

    /// <summary>psych's fa: the rotated columns in decreasing order of their sums of squared loadings.</summary>
    private static Matrix<double> OrderByVariance(Matrix<double> l)
    {
        var order = Enumerable.Range(0, l.ColumnCount).OrderByDescending(j => l.Column(j).Sum(v => v * v)).ToArray();
        return Matrix<double>.Build.Dense(l.RowCount, l.ColumnCount, (i, j) => l[i, order[j]]);
    }

    /// <summary>Pearson correlations over pairwise-complete rows; the fewest pairs; the row count.</summary>
    private static (double[] R, long MinPairN, long Rows) PairwiseCorrelations(IReadOnlyList<string> names, IReadOnlyList<double[]> items)
    {
        var p = items.Count;
        var n = p == 0 ? 0 : items[0].Length;
        if (items.Any(x => x.Length != n))
        {
            throw new ArgumentException("Spørsmålene har ulik lengde.", nameof(items));
        }

        for (var j = 0; j < p; j++)
        {
            if (items[j].Count(double.IsFinite) < 3)
            {
                throw new ArgumentException($"Spørsmålet «{names[j]}» har færre enn tre gyldige svar.", nameof(items));
            }
        }

        var r = new double[p * p];
        long minPair = long.MaxValue;
        for (var i = 0; i < p; i++)
        {
            r[i * p + i] = 1;
            for (var j = i + 1; j < p; j++)
            {
                var (x, y) = (items[i], items[j]);
                double sx = 0, sy = 0;
                var c = 0;
                for (var k = 0; k < n; k++)
                {
                    if (double.IsFinite(x[k]) && double.IsFinite(y[k]))
                    {
                        sx += x[k];
                        sy += y[k];
                        c++;
                    }
                }

                if (c < 3)
                {
                    throw new ArgumentException($"«{names[i]}» og «{names[j]}» har færre enn tre felles gyldige svar.", nameof(items));
                }

                double mx = sx / c, my = sy / c, sxx = 0, syy = 0, sxy = 0;
                for (var k = 0; k < n; k++)
                {
                    if (double.IsFinite(x[k]) && double.IsFinite(y[k]))
                    {
                        var dx = x[k] - mx;
                        var dy = y[k] - my;
                        sxx += dx * dx;
                        syy += dy * dy;
                        sxy += dx * dy;
                    }
                }

                if (sxx == 0 || syy == 0)
                {
                    throw new ArgumentException($"«{(sxx == 0 ? names[i] : names[j])}» har ingen variasjon blant svarene felles med «{(sxx == 0 ? names[j] : names[i])}».", nameof(items));
                }

                r[i * p + j] = r[j * p + i] = sxy / Math.Sqrt(sxx * syy);
                minPair = Math.Min(minPair, c);
            }
        }

        return (r, minPair, n);
    }
}
