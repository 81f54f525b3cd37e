using System.Globalization;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// Maximum likelihood for the binary logit model by Newton–Raphson (identical to IRLS / Fisher scoring for the
/// canonical link) with step halving, on a dense row-major design. Checks the outcome, constant and collinear predictors
/// and separation before fitting, and diagnoses separation when the iterations do not converge.
/// </summary>
internal sealed class LogisticEngine
{
    private LogisticEngine(double[] beta, double[] mu, double[] covariance, double deviance, double nullDeviance, LogisticConvergence convergence)
    {
        Beta = beta;
        Mu = mu;
        Covariance = covariance;
        Deviance = deviance;
        NullDeviance = nullDeviance;
        Convergence = convergence;
    }

    public double[] Beta { get; }

    public double[] Mu { get; }

    /// <summary>(X'WX)⁻¹ at the estimate, W = prior weight · μ(1 − μ); row-major p × p.</summary>
    public double[] Covariance { get; }

    /// <summary>−2 Σ w [y log μ + (1 − y) log(1 − μ)].</summary>
    public double Deviance { get; }

    public double NullDeviance { get; }

    public LogisticConvergence Convergence { get; }

    public const double Tolerance = 1e-10;

    public const int MaxIterations = 50;

    /// <summary>Checks y ∈ {0, 1} with both values present; the message names the column, input row and value.</summary>
    public static void CheckOutcome(ModelFrame frame, double[] y)
    {
        int ones = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if (y[i] != 0 && y[i] != 1)
            {
                throw new ModelSpecificationException($"Logistic regression needs a 0/1 dependent variable: '{frame.DependentName}' has the value {y[i].ToString("R", CultureInfo.InvariantCulture)} in input row {frame.Rows[i] + 1}. Recode it first (e.g. 1 for «svært/ganske fornøyd» (4–5), 0 for 1–3, missing for «ikke aktuelt»).");
            }

            ones += y[i] == 1 ? 1 : 0;
        }

        if (ones == 0 || ones == y.Length)
        {
            throw new ModelSpecificationException($"'{frame.DependentName}' is {(ones == 0 ? 0 : 1)} in all {y.Length} complete cases ({frame.CasesDeleted} of {frame.TotalRows} rows deleted listwise); a logistic model needs cases with both 0 and 1.");
        }
    }

    /// <summary>Constant and collinear predictors (unweighted correlation scale); the message names the column.</summary>
    public static void CheckPredictors(ModelFrame frame, double[] x, int n, int p)
    {
        if (n <= p)
        {
            throw new ModelSpecificationException($"The model for '{frame.DependentName}' has {p} coefficients but only {n} complete cases ({frame.CasesDeleted} of {frame.TotalRows} deleted listwise); it needs more cases than coefficients.");
        }

        var mean = new double[p];
        for (var i = 0; i < n; i++)
        {
            for (var j = 1; j < p; j++)
            {
                mean[j] += x[i * p + j];
            }
        }

        for (var j = 1; j < p; j++)
        {
            mean[j] /= n;
        }

        var c = new double[p * p];
        var row = new double[p];
        for (var i = 0; i < n; i++)
        {
            for (var j = 1; j < p; j++)
            {
                row[j] = x[i * p + j] - mean[j];
            }

            for (var a = 1; a < p; a++)
            {
                for (var b = 1; b <= a; b++)
                {
                    c[a * p + b] += row[a] * row[b];
                }
            }
        }

        for (var j = 1; j < p; j++)
        {
            if (!(c[j * p + j] > 0))
            {
                throw new ModelSpecificationException($"Predictor '{frame.CoefficientNames[j]}' is constant (value {x[j].ToString("R", CultureInfo.InvariantCulture)} in all {n} complete cases); it cannot be estimated beside the constant. Remove it from the model.");
            }
        }

        var q = p - 1;
        var r = new double[q * q];
        for (var a = 0; a < q; a++)
        {
            for (var b = 0; b <= a; b++)
            {
                var v = c[(a + 1) * p + b + 1] / Math.Sqrt(c[(a + 1) * p + a + 1] * c[(b + 1) * p + b + 1]);
                r[a * q + b] = v;
                r[b * q + a] = v;
            }
        }

        if (SmallMatrix.Cholesky(r, q, 1e-10, out var failed) is null)
        {
            var involved = new List<string>();
            if (failed > 0 && SmallMatrix.Cholesky(Sub(r, q, failed), failed, 1e-12, out _) is { } l)
            {
                var rhs = new double[failed];
                for (var a = 0; a < failed; a++)
                {
                    rhs[a] = r[a * q + failed];
                }

                var coef = SmallMatrix.CholeskySolve(l, failed, rhs);
                for (var a = 0; a < failed; a++)
                {
                    if (Math.Abs(coef[a]) > 1e-6)
                    {
                        involved.Add("'" + frame.CoefficientNames[a + 1] + "'");
                    }
                }
            }

            var with = involved.Count > 0 ? " of " + string.Join(", ", involved) : " of earlier predictors";
            throw new ModelSpecificationException($"Perfect collinearity: predictor '{frame.CoefficientNames[failed + 1]}' is a linear combination{with} (and the constant) in the {n} complete cases. Remove one of them from the model. (Detected when R² of the predictor on the earlier ones exceeds 1 − 1e-10.)");
        }
    }

    private static double[] Sub(double[] r, int q, int k)
    {
        var s = new double[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                s[a * k + b] = r[a * q + b];
            }
        }

        return s;
    }

    /// <summary>Separation by a single predictor, found before fitting: a 0/1 predictor with one value whose cases all
    /// have the same outcome (quasi-complete), or a predictor whose ranges for y = 0 and y = 1 do not overlap (complete)
    /// or only touch (quasi-complete).</summary>
    public static void CheckSingleColumnSeparation(ModelFrame frame, double[] x, double[] y, int n, int p)
    {
        for (var j = 1; j < p; j++)
        {
            var name = frame.CoefficientNames[j];
            var binary = true;
            double min0 = double.PositiveInfinity, max0 = double.NegativeInfinity, min1 = double.PositiveInfinity, max1 = double.NegativeInfinity;
            int n0 = 0, n1 = 0, ones0 = 0, ones1 = 0;
            for (var i = 0; i < n; i++)
            {
                var v = x[i * p + j];
                binary &= v is 0 or 1;
                if (y[i] == 1)
                {
                    min1 = Math.Min(min1, v);
                    max1 = Math.Max(max1, v);
                }
                else
                {
                    min0 = Math.Min(min0, v);
                    max0 = Math.Max(max0, v);
                }

                if (v == 1)
                {
                    n1++;
                    ones1 += y[i] == 1 ? 1 : 0;
                }
                else if (v == 0)
                {
                    n0++;
                    ones0 += y[i] == 1 ? 1 : 0;
                }
            }

            if (binary)
            {
                foreach (var (value, count, ones) in new[] { (1, n1, ones1), (0, n0, ones0) })
                {
                    if (ones == 0 || ones == count)
                    {
                        var complete = n0 > 0 && n1 > 0 && (ones0 == 0 || ones0 == n0) && (ones1 == 0 || ones1 == n1);
                        throw Separation(frame, name, complete, frame.IsSuppressed(j)
                            ? $"'{name}' is a category below the disclosure threshold ({frame.Specification.Disclosure.Name}), and it separates the outcome (its answers are not shown)"
                            : $"all {count} complete cases with '{name}' = {value} have {frame.DependentName} = {(ones == 0 ? 0 : 1)}");
                    }
                }

                continue;
            }

            if (max0 < min1 || max1 < min0)
            {
                throw Separation(frame, name, true, max0 < min1
                    ? $"'{name}' ≤ {Invariant(max0)} in every case with {frame.DependentName} = 0 and ≥ {Invariant(min1)} in every case with {frame.DependentName} = 1"
                    : $"'{name}' ≤ {Invariant(max1)} in every case with {frame.DependentName} = 1 and ≥ {Invariant(min0)} in every case with {frame.DependentName} = 0");
            }

            if (max0 == min1 || max1 == min0)
            {
                throw Separation(frame, name, false, $"the values of '{name}' for {frame.DependentName} = 0 and = 1 only meet at {Invariant(max0 == min1 ? max0 : max1)}");
            }
        }
    }

    private static string Invariant(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static LogisticFitException Separation(ModelFrame frame, string? predictor, bool complete, string detail) =>
        new($"{(complete ? "Complete" : "Quasi-complete")} separation in the logistic model for '{frame.DependentName}': {detail}. " +
            $"The maximum-likelihood estimate{(predictor is null ? "" : $" of '{predictor}'")} does not exist (its odds ratio runs off to {(complete ? "0 or ∞" : "0 or ∞ for those cases")}); " +
            "merge sparse categories, drop or recode the predictor, or use penalised (Firth) estimation.", predictor, true);

    /// <summary>Fits by Newton–Raphson with step halving. <paramref name="w"/> are prior (sampling) weights or null.</summary>
    public static LogisticEngine Fit(ModelFrame frame, double[] x, double[] y, double[]? w, int n, int p)
    {
        double sw = 0, swy = 0;
        for (var i = 0; i < n; i++)
        {
            var wi = w?[i] ?? 1;
            sw += wi;
            swy += wi * y[i];
        }

        var ybar = swy / sw;
        var nullDeviance = 0.0;
        for (var i = 0; i < n; i++)
        {
            var wi = w?[i] ?? 1;
            nullDeviance -= 2 * wi * (y[i] == 1 ? Math.Log(ybar) : Math.Log(1 - ybar));
        }

        var beta = new double[p];
        beta[0] = Math.Log(ybar / (1 - ybar));
        var eta = new double[n];
        var deviance = DevianceAt(x, y, w, n, p, beta, eta);
        var halvings = 0;
        var maxChange = double.NaN;
        var converged = false;
        var iterations = 0;
        var info = new double[p * p];
        var score = new double[p];
        var trial = new double[p];
        var trialEta = new double[n];
        while (iterations < MaxIterations)
        {
            Accumulate(x, y, w, n, p, eta, info, score);
            var l = NewtonDirection(info, score, p);
            if (l is null)
            {
                throw Diagnose(frame, x, y, n, p, beta, eta, iterations, maxChange, "the information matrix became singular");
            }

            var delta = l;
            var step = 1.0;
            var halved = 0;
            double newDeviance;
            while (true)
            {
                for (var j = 0; j < p; j++)
                {
                    trial[j] = beta[j] + step * delta[j];
                }

                newDeviance = DevianceAt(x, y, w, n, p, trial, trialEta);
                if (double.IsFinite(newDeviance) && newDeviance <= deviance + 1e-12 * (1 + Math.Abs(deviance)))
                {
                    break;
                }

                if (++halved > 30)
                {
                    break;
                }

                halvings++;
                step /= 2;
            }

            iterations++;
            if (halved > 30)
            {
                // No step along the Newton direction lowers −2LL: at the optimum up to rounding when the direction is
                // negligible, otherwise the fit has broken down.
                var negligible = true;
                for (var j = 0; j < p; j++)
                {
                    negligible &= Math.Abs(delta[j]) <= 1e3 * Tolerance * Math.Max(1, Math.Abs(beta[j]));
                }

                if (!negligible)
                {
                    throw Diagnose(frame, x, y, n, p, beta, eta, iterations, maxChange, "30 step halvings did not lower −2 log likelihood");
                }

                maxChange = 0;
                converged = true;
                break;
            }

            maxChange = 0;
            var small = true;
            for (var j = 0; j < p; j++)
            {
                var change = Math.Abs(trial[j] - beta[j]);
                maxChange = Math.Max(maxChange, change);
                small &= change <= Tolerance * Math.Max(1, Math.Abs(trial[j]));
            }

            Array.Copy(trial, beta, p);
            Array.Copy(trialEta, eta, n);
            deviance = newDeviance;
            if (small)
            {
                converged = true;
                break;
            }
        }

        if (!converged)
        {
            throw Diagnose(frame, x, y, n, p, beta, eta, iterations, maxChange, null);
        }

        Accumulate(x, y, w, n, p, eta, info, score);
        var chol = SmallMatrix.Cholesky(info, p, 0, out _) ?? throw Diagnose(frame, x, y, n, p, beta, eta, iterations, maxChange, "the information matrix is singular at the estimate");
        var cov = SmallMatrix.CholeskyInverse(chol, p);
        var mu = new double[n];
        for (var i = 0; i < n; i++)
        {
            mu[i] = Logistic(eta[i]);
        }

        return new LogisticEngine(beta, mu, cov, deviance, nullDeviance, new LogisticConvergence(iterations, maxChange, halvings, Tolerance));
    }

    /// <summary>The Newton direction I⁻¹U, solved on the diagonally scaled information; null when singular.</summary>
    private static double[]? NewtonDirection(double[] info, double[] score, int p)
    {
        var d = new double[p];
        for (var j = 0; j < p; j++)
        {
            d[j] = info[j * p + j] > 0 ? 1 / Math.Sqrt(info[j * p + j]) : double.NaN;
            if (double.IsNaN(d[j]))
            {
                return null;
            }
        }

        var s = new double[p * p];
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                s[a * p + b] = info[a * p + b] * d[a] * d[b];
            }
        }

        var l = SmallMatrix.Cholesky(s, p, 1e-13, out _);
        if (l is null)
        {
            return null;
        }

        var rhs = new double[p];
        for (var j = 0; j < p; j++)
        {
            rhs[j] = score[j] * d[j];
        }

        var z = SmallMatrix.CholeskySolve(l, p, rhs);
        for (var j = 0; j < p; j++)
        {
            z[j] *= d[j];
        }

        return z;
    }

    private static void Accumulate(double[] x, double[] y, double[]? w, int n, int p, double[] eta, double[] info, double[] score)
    {
        Array.Clear(info);
        Array.Clear(score);
        for (var i = 0; i < n; i++)
        {
            var mu = Logistic(eta[i]);
            var wi = w?[i] ?? 1;
            var v = wi * mu * (1 - mu);
            var r = wi * (y[i] - mu);
            var row = new ReadOnlySpan<double>(x, i * p, p);
            for (var a = 0; a < p; a++)
            {
                score[a] += r * row[a];
                var va = v * row[a];
                for (var b = 0; b <= a; b++)
                {
                    info[a * p + b] += va * row[b];
                }
            }
        }

        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < a; b++)
            {
                info[b * p + a] = info[a * p + b];
            }
        }
    }

    private static double DevianceAt(double[] x, double[] y, double[]? w, int n, int p, double[] beta, double[] eta)
    {
        var dev = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = 0.0;
            for (var j = 0; j < p; j++)
            {
                e += x[i * p + j] * beta[j];
            }

            eta[i] = e;
            var wi = w?[i] ?? 1;
            // −log μ = softplus(−η), −log(1 − μ) = softplus(η)
            dev += 2 * wi * (y[i] == 1 ? Softplus(-e) : Softplus(e));
        }

        return dev;
    }

    /// <summary>
    /// −2 log likelihood maximised over all coefficients but <paramref name="fixedIndex"/>, which is held at
    /// <paramref name="value"/> (an offset); Newton–Raphson from <paramref name="start"/> (length p, updated in place;
    /// the fixed entry is ignored). NaN when the constrained fit does not converge.
    /// </summary>
    public static double ProfileDeviance(double[] x, double[] y, int n, int p, int fixedIndex, double value, double[] start)
    {
        var q = p - 1;
        var beta = (double[])start.Clone();
        beta[fixedIndex] = value;
        var eta = new double[n];
        var deviance = DevianceAt(x, y, null, n, p, beta, eta);
        var info = new double[q * q];
        var score = new double[q];
        var trial = new double[p];
        var trialEta = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            Array.Clear(info);
            Array.Clear(score);
            for (var i = 0; i < n; i++)
            {
                var mu = Logistic(eta[i]);
                var v = mu * (1 - mu);
                var r = y[i] - mu;
                for (int a = 0, ra = 0; a < p; a++)
                {
                    if (a == fixedIndex)
                    {
                        continue;
                    }

                    var xa = x[i * p + a];
                    score[ra] += r * xa;
                    for (int b = 0, rb = 0; b <= a; b++)
                    {
                        if (b == fixedIndex)
                        {
                            continue;
                        }

                        info[ra * q + rb] += v * xa * x[i * p + b];
                        rb++;
                    }

                    ra++;
                }
            }

            for (var a = 0; a < q; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    info[b * q + a] = info[a * q + b];
                }
            }

            var delta = NewtonDirection(info, score, q);
            if (delta is null)
            {
                return double.NaN;
            }

            var step = 1.0;
            double newDeviance;
            var halvings = 0;
            while (true)
            {
                for (int a = 0, ra = 0; a < p; a++)
                {
                    trial[a] = a == fixedIndex ? value : beta[a] + step * delta[ra++];
                }

                newDeviance = DevianceAt(x, y, null, n, p, trial, trialEta);
                if ((double.IsFinite(newDeviance) && newDeviance <= deviance + 1e-12 * (1 + Math.Abs(deviance))) || ++halvings > 30)
                {
                    break;
                }

                step /= 2;
            }

            var small = true;
            for (var a = 0; a < p; a++)
            {
                small &= Math.Abs(trial[a] - beta[a]) <= Tolerance * Math.Max(1, Math.Abs(trial[a]));
            }

            Array.Copy(trial, beta, p);
            Array.Copy(trialEta, eta, n);
            deviance = newDeviance;
            if (small)
            {
                Array.Copy(beta, start, p);
                return deviance;
            }
        }

        return double.NaN;
    }

    private static double Softplus(double t) => t > 0 ? t + Math.Log(1 + Math.Exp(-t)) : Math.Log(1 + Math.Exp(t));

    internal static double Logistic(double eta) => eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));

    private static LogisticFitException Diagnose(ModelFrame frame, double[] x, double[] y, int n, int p, double[] beta, double[] eta, int iterations, double maxChange, string? reason)
    {
        var perfect = 0;
        for (var i = 0; i < n; i++)
        {
            var mu = Logistic(eta[i]);
            var fitted = mu < 1e-8 || mu > 1 - 1e-8;
            perfect += fitted && Math.Abs(y[i] - mu) < 1e-8 ? 1 : 0;
        }

        // The predictor whose coefficient has run furthest: largest |β_j| · SD(x_j).
        string? name = null;
        var largest = 0.0;
        for (var j = 1; j < p; j++)
        {
            double s = 0, s2 = 0;
            for (var i = 0; i < n; i++)
            {
                s += x[i * p + j];
                s2 += x[i * p + j] * x[i * p + j];
            }

            var sd = Math.Sqrt(Math.Max(s2 / n - s / n * (s / n), 0));
            if (Math.Abs(beta[j]) * sd > largest)
            {
                largest = Math.Abs(beta[j]) * sd;
                name = frame.CoefficientNames[j];
            }
        }

        var change = double.IsNaN(maxChange) ? "" : $", last max |Δβ| = {maxChange.ToString("G3", CultureInfo.InvariantCulture)}";
        var why = reason is null ? $"no convergence after {iterations} Newton iterations{change}" : $"{reason} after {iterations} Newton iterations{change}";
        if (perfect > 0)
        {
            var complete = perfect == n;
            return Separation(frame, name, complete,
                $"{why}; {perfect} of {n} cases are fitted with probability 0 or 1 and match their outcome exactly; the coefficient running off fastest is '{name}' (B = {beta[name is null ? 0 : frame.IndexOf(name)].ToString("G4", CultureInfo.InvariantCulture)})");
        }

        return new LogisticFitException($"The logistic model for '{frame.DependentName}' did not converge: {why}{(name is null ? "" : $"; the coefficient changing most on the standardised scale is '{name}'")}. Check for sparse categories and extreme predictor values.", name, false);
    }
}
