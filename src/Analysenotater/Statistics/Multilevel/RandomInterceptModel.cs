using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Multilevel;

/// <summary>
/// Linear mixed model with a random intercept per cluster, y = Xβ + u_g + ε, u_g ~ N(0, τ²), ε ~ N(0, σ²), fitted by
/// REML as R's <c>lme4::lmer(y ~ x + (1 | kommune), REML = TRUE)</c>.
/// </summary>
/// <remarks>
/// The REML criterion is profiled over θ = τ/σ (lme4's parameter): with γ = θ², V_g ∝ I + γ11' has the closed-form
/// inverse I − γ/(1 + n_gγ) 11' and log-determinant log(1 + n_gγ), so X'V⁻¹X, X'V⁻¹y and y'V⁻¹y are assembled from
/// per-cluster sums (n_g, column sums of X_g, Σy_g) in O(G p²) per evaluation; σ̂² = RSS/(n − p) and
/// −2 ℓ_REML = Σ log(1 + n_gγ) + log det X'V⁻¹X + (n − p)(1 + log(2π σ̂²)). θ is minimised by a grid on the log
/// scale followed by Brent's method (tolerance 1e-10). Var(β̂) = σ̂² (X'V⁻¹X)⁻¹; the fixed-effect tests use t with
/// Satterthwaite df per coefficient as lmerTest (see the internal SatterthwaiteRandomIntercept class); the Wald z
/// tests are kept in <see cref="MixedModelResult.WaldFixedEffects"/>. A model without predictors (intercept only,
/// <c>ModelSpecification.For(...).Clusters(...)</c> with no terms) gives the null-model ICC.
/// </remarks>
public static class RandomInterceptModel
{
    /// <summary>Fits with the clusters named in the specification (<see cref="ModelSpecification.Clusters(string)"/>).</summary>
    /// <exception cref="InvalidOperationException">The specification has no clusters.</exception>
    public static MixedModelResult Fit(ModelFrame frame, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var ids = frame.Specification.ClusterIds ?? throw new InvalidOperationException("The model specification names no cluster variable; call Clusters(...) or pass cluster ids.");
        return Fit(frame, frame.Complete(ids), frame.Specification.ClusterName ?? "klynge", confidenceLevel);
    }

    /// <summary>Fits with the cluster id of each complete case (in <see cref="ModelFrame.Rows"/> order).</summary>
    /// <exception cref="ArgumentException">Wrong length or fewer than two clusters.</exception>
    /// <exception cref="ModelSpecificationException">The fixed-effects model cannot be estimated (constant or collinear predictor, n ≤ p).</exception>
    public static MixedModelResult Fit(ModelFrame frame, IReadOnlyList<int> clusterOfCase, string clusterName = "klynge", double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(clusterOfCase);
        if (clusterOfCase.Count != frame.N)
        {
            throw new ArgumentException($"{clusterOfCase.Count} cluster ids given for {frame.N} complete cases.", nameof(clusterOfCase));
        }

        var ls = LeastSquares.Fit(frame, null); // centring, checks, Z
        int n = frame.N, p = frame.P;
        var z = ls.Z;
        var y = frame.ResponseValues;
        var ybar = 0.0;
        foreach (var yi in y)
        {
            ybar += yi;
        }

        ybar /= n;

        var index = new Dictionary<int, int>();
        var sizes = new List<int>();
        var colSums = new List<double[]>();
        var ySums = new List<double>();
        var ztz = new double[p * p];
        var zty = new double[p];
        var yty = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (!index.TryGetValue(clusterOfCase[i], out var g))
            {
                g = sizes.Count;
                index[clusterOfCase[i]] = g;
                sizes.Add(0);
                colSums.Add(new double[p]);
                ySums.Add(0);
            }

            var yc = y[i] - ybar;
            sizes[g]++;
            ySums[g] += yc;
            yty += yc * yc;
            var cs = colSums[g];
            for (var a = 0; a < p; a++)
            {
                var za = z[i * p + a];
                cs[a] += za;
                zty[a] += za * yc;
                for (var b = 0; b < p; b++)
                {
                    ztz[a * p + b] += za * z[i * p + b];
                }
            }
        }

        var groups = sizes.Count;
        if (groups < 2)
        {
            throw new ArgumentException($"A random intercept needs at least two clusters; '{clusterName}' has {groups}.", nameof(clusterOfCase));
        }

        var nArr = sizes.ToArray();
        var s = colSums.ToArray();
        var sy = ySums.ToArray();

        (double Deviance, double[] Theta, double[] Chol, double Rss) Evaluate(double relSd)
        {
            var gamma = relSd * relSd;
            var xv = (double[])ztz.Clone();
            var xy = (double[])zty.Clone();
            var yvy = yty;
            var ld = 0.0;
            for (var g = 0; g < groups; g++)
            {
                var c = gamma / (1 + nArr[g] * gamma);
                ld += Math.Log(1 + nArr[g] * gamma);
                var sg = s[g];
                for (var a = 0; a < p; a++)
                {
                    xy[a] -= c * sy[g] * sg[a];
                    for (var b = 0; b < p; b++)
                    {
                        xv[a * p + b] -= c * sg[a] * sg[b];
                    }
                }

                yvy -= c * sy[g] * sy[g];
            }

            var l = LeastSquares.CheckedCholesky(frame, xv, p);
            var theta = SmallMatrix.CholeskySolve(l, p, xy);
            var rss = yvy;
            for (var a = 0; a < p; a++)
            {
                rss -= theta[a] * xy[a];
            }

            var dev = ld + SmallMatrix.CholeskyLogDet(l, p) + (n - p) * (1 + Math.Log(2 * Math.PI * rss / (n - p)));
            return (dev, theta, l, rss);
        }

        // Grid on log θ, then Brent in the bracket around the best grid point.
        var grid = new List<double> { 0 };
        for (var k = -16; k <= 12; k++)
        {
            grid.Add(Math.Pow(10, k / 4.0));
        }

        var devs = grid.Select(t => Evaluate(t).Deviance).ToArray();
        var best = Array.IndexOf(devs, devs.Min());
        double lo = grid[Math.Max(best - 1, 0)], hi = grid[Math.Min(best + 1, grid.Count - 1)];
        var (thetaHat, _, evals) = BrentMinimiser.Minimise(t => Evaluate(t).Deviance, lo, hi, 1e-11);
        var atZero = Evaluate(0).Deviance;
        var final = Evaluate(thetaHat);
        var boundary = false;
        if (atZero <= final.Deviance)
        {
            thetaHat = 0;
            final = Evaluate(0);
            boundary = true;
        }

        var sigma2 = final.Rss / (n - p);
        var tau2 = thetaHat * thetaHat * sigma2;
        var vTheta = SmallMatrix.CholeskyInverse(final.Chol, p);
        RobustCovariance_Scale(vTheta, sigma2);
        var v = ls.ToOriginal(vTheta);

        // β from θ (y was centred: add ȳ to the constant).
        var beta = (double[])final.Theta.Clone();
        beta[0] += ybar;
        for (var j = 1; j < p; j++)
        {
            beta[0] -= ls.Means[j] * final.Theta[j];
        }

        // GLS residuals (centred y) per cluster for the Satterthwaite df.
        var zte = new double[p];
        var ete = 0.0;
        var eSums = new double[groups];
        for (var i = 0; i < n; i++)
        {
            var e = y[i] - ybar;
            for (var a = 0; a < p; a++)
            {
                e -= z[i * p + a] * final.Theta[a];
            }

            for (var a = 0; a < p; a++)
            {
                zte[a] += z[i * p + a] * e;
            }

            ete += e * e;
            eSums[index[clusterOfCase[i]]] += e;
        }

        var satterthwaite = SatterthwaiteRandomIntercept.Df(ztz, zte, ete, nArr, s, eSums, vTheta, tau2, sigma2, ls.Transform(), p);
        var coefs = new List<CoefficientEstimate>();
        var waldCoefs = new List<CoefficientEstimate>();
        for (var j = 0; j < p; j++)
        {
            var df = double.IsNaN(satterthwaite[j]) ? double.PositiveInfinity : satterthwaite[j];
            coefs.Add(CoefficientEstimate.From(frame.CoefficientNames[j], beta[j], Math.Sqrt(v[j * p + j]), df, confidenceLevel));
            waldCoefs.Add(CoefficientEstimate.From(frame.CoefficientNames[j], beta[j], Math.Sqrt(v[j * p + j]), double.PositiveInfinity, confidenceLevel));
        }

        var notes = new List<string>
        {
            $"Lineær blandet modell med tilfeldig konstantledd for {clusterName} ({groups} klynger), estimert med REML som R lme4::lmer(REML = TRUE).",
            boundary
                ? "Testene av faste effekter bruker normalfordelingen (Wald z): på randen τ² = 0 finnes ingen Satterthwaite-frihetsgrader."
                : "Testene av faste effekter bruker t med Satterthwaite-frihetsgrader per koeffisient, som R lmerTest (summary av lmer); Wald z-versjonen finnes i WaldFixedEffects.",
            $"Listevis utelatelse: {frame.CasesDeleted} av {frame.TotalRows} rader; n = {n}.",
        };
        if (boundary)
        {
            notes.Add("Variansen mellom klynger er estimert til 0 (på randen); modellen er da lik OLS.");
        }

        // Group-level results: each cluster's BLUP; a cluster below the means threshold would show its members' mean.
        var policy = frame.Specification.Disclosure;
        var gamma = thetaHat * thetaHat;
        var ids = new int[groups];
        foreach (var (id, g) in index)
        {
            ids[g] = id;
        }

        var effects = new List<GroupEffect>(groups);
        var hidden = 0;
        for (var g = 0; g < groups; g++)
        {
            var small = !policy.IsDisabled && nArr[g] < policy.MinimumForMeans;
            hidden += small ? 1 : 0;
            effects.Add(small ? new GroupEffect(ids[g], 0, double.NaN, true) : new GroupEffect(ids[g], nArr[g], gamma / (1 + nArr[g] * gamma) * eSums[g], false));
        }

        if (hidden > 0)
        {
            notes.Add($"{hidden} av {groups} klynger ({clusterName}) har færre enn {policy.MinimumForMeans} svar ({policy.Name}); deres tilfeldige effekter (BLUP) og antall er skjult (*) i GroupEffects.");
        }

        // Across releases: a cluster's BLUP, with the fixed effects, gives its members' mean residual, so the clusters
        // shown are groups of the dataset's release ledger (with the fit's rows and every earlier release).
        if (frame.Specification.Data is { } data && data.RowCount == frame.TotalRows)
        {
            var keys = new int[frame.TotalRows];
            Array.Fill(keys, -1);
            var k = 0;
            foreach (var row in frame.CompleteRows)
            {
                keys[row] = index[clusterOfCase[k++]];
            }

            var own = effects.Select(e => e.Suppressed ? Disclosure.DisclosureLevel.Nothing : Disclosure.DisclosureLevel.MeansOnly).ToArray();
            var decision = Disclosure.ReleaseLedger.Of(data).Settle(
                new Disclosure.ReleaseProposal(data, frame.DependentName, frame.Specification.DependentCounted(), [keys], [.. Enumerable.Range(0, groups).Select(g => new Disclosure.ReleaseGroup(0, g))], policy),
                caps => [.. own.Select((l, i) => l < caps[i] ? l : caps[i])]);
            var lowered = 0;
            for (var g = 0; g < groups; g++)
            {
                if (decision.LoweredByLedger[g] && decision.Levels[g] < Disclosure.DisclosureLevel.MeansOnly && !effects[g].Suppressed)
                {
                    effects[g] = new GroupEffect(ids[g], 0, double.NaN, true);
                    lowered++;
                }
            }

            if (lowered > 0)
            {
                notes.Add(Localization.Messages.Format("Model.ClusterEffectsHiddenByEarlierReleases", lowered, groups, clusterName));
            }
        }

        notes.AddRange(frame.DisclosureNotes);
        return new MixedModelResult(frame.DependentName, n, groups, clusterName, frame.Suppress(coefs), frame.Suppress(waldCoefs), frame.SuppressCovariance(v), confidenceLevel, sigma2, tau2, thetaHat, -final.Deviance / 2, evals + grid.Count, notes, frame.Labels, frame) { GroupEffects = [.. effects.OrderBy(e => e.Cluster)] };
    }

    private static void RobustCovariance_Scale(double[] v, double f)
    {
        for (var i = 0; i < v.Length; i++)
        {
            v[i] *= f;
        }
    }
}
