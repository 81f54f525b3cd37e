using Analysenotater.Reporting;
using Analysenotater.Statistics.Regression;
using Analysenotater.Statistics.Results;
using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Logistic;

/// <summary>
/// A fitted binary logistic model as SPSS LOGISTIC REGRESSION reports it: case processing (n, cases deleted
/// listwise), omnibus likelihood-ratio test, model summary (−2 log likelihood, Cox &amp; Snell and Nagelkerke R²),
/// Hosmer–Lemeshow test, classification table and «Variables in the Equation» (B, S.E., Wald, df, Sig., Exp(B) with a
/// Wald interval), plus joint Wald tests of categorical predictors and the convergence report. Robust (HC0) and
/// cluster-robust (CR1, CR1S, CR1p) variants come from <see cref="Robust"/> and <see cref="ClusterRobust(ClusterRobustType)"/>: the same type with
/// the same B and fit statistics and another covariance, <see cref="Method"/> and notes. Immutable.
/// </summary>
public sealed class LogisticResult : Result, IEstimationResult
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _mu;
    private readonly double[] _information; // the model-based covariance (X'WX)⁻¹: the bread of every sandwich
    private readonly (string Title, string ShortName, string Note) _variance;
    private readonly double[] _b; // B with nothing suppressed, for the tests and profiles
    private readonly double[] _v; // the covariance with nothing suppressed
    private readonly HosmerLemeshowTest _hosmerLemeshow;
    private readonly LogisticClassificationTable _classification;

    internal LogisticResult(ModelFrame frame, double[] x, double[] y, LogisticEngine engine, double level, double cut)
    {
        Frame = frame;
        _x = x;
        _y = y;
        _mu = engine.Mu;
        ConfidenceLevel = level;
        Convergence = engine.Convergence;
        int n = frame.N, p = frame.P;
        _b = engine.Beta;
        _v = engine.Covariance;
        CoefficientVector = frame.SuppressVector(_b);
        Covariance = frame.SuppressCovariance(_v);
        _information = [.. engine.Covariance];
        Method = "Logistisk regresjon (ML, modellbaserte standardfeil)";
        _variance = (Method, "Modellbasert", "Modellbaserte standardfeil (invers informasjonsmatrise); z-test og Wald-intervall.");
        Coefficients = Suppress(frame, CoefficientsOf(frame.CoefficientNames, engine.Beta, engine.Covariance, level));
        var hide = frame.HasSuppression; // the model's likelihood contains the small groups' shares
        MinusTwoLogLikelihood = hide ? double.NaN : engine.Deviance;
        NullMinusTwoLogLikelihood = engine.NullDeviance;
        OmnibusChiSquare = hide ? double.NaN : engine.NullDeviance - engine.Deviance;
        OmnibusDf = p - 1;
        OmnibusP = hide ? double.NaN : Probability.ChiSquareUpper(OmnibusChiSquare, OmnibusDf);
        CoxSnellRSquared = hide ? double.NaN : 1 - Math.Exp((engine.Deviance - engine.NullDeviance) / n);
        NagelkerkeRSquared = hide ? double.NaN : CoxSnellRSquared / (1 - Math.Exp(-engine.NullDeviance / n));
        _hosmerLemeshow = HosmerLemeshowOf(_mu, y);
        var c = new int[4];
        for (var i = 0; i < n; i++)
        {
            c[(int)y[i] * 2 + (_mu[i] > cut ? 1 : 0)]++;
        }

        _classification = new LogisticClassificationTable(cut, c[0], c[1], c[2], c[3]);
        TermTests = [.. frame.Terms.Where(t => t.IsCategorical).Select(t => JointWald(t.Name, t.CoefficientIndices))];
        var notes = new List<string>
        {
            $"Listevis utelatelse: {frame.CasesDeleted} av {frame.TotalRows} rader mangler verdi på minst én variabel i modellen; n = {n}.",
            $"Sannsynlighetsmaksimering med Newton–Raphson (IRLS): konvergerte etter {Convergence.Iterations} iterasjoner (siste maks |ΔB| = {Convergence.MaxAbsoluteChange.ToString("G2", NorwegianFormat.Numbers)}{(Convergence.StepHalvings > 0 ? $", {Convergence.StepHalvings} steghalveringer" : "")}).",
            $"Konfidensintervallet for Exp(B) er Wald-intervallet exp(B ∓ z·SE), som SPSS; profil-likelihood-intervaller (som R confint() for glm) gir {nameof(ProfileIntervals)}().",
            "Hosmer–Lemeshow: tilfellene sorteres etter predikert sannsynlighet og deles i om lag ti like store grupper; like predikerte sannsynligheter deles aldri (kan gi færre grupper); df = grupper − 2.",
        };
        foreach (var t in frame.Terms.Where(t => t.IsCategorical))
        {
            notes.Add($"{frame.Labels.Variable(t.Name)} er dummykodet med referansekategori «{frame.Labels.Value(t.Name, t.Reference ?? string.Empty)}».");
        }

        if (frame.Specification.WeightName is { } weightName)
        {
            notes.Add($"Vektene ({weightName}) er ikke brukt i denne uvektede tilpasningen (som SPSS uten WEIGHT); vektet, designbasert tilpasning: SurveyLogisticRegression.Fit.");
        }

        notes.AddRange(frame.DisclosureNotes);
        if (hide)
        {
            notes.Add("Med en skjult kategori er −2LL, omnibustesten, R², Hosmer–Lemeshow, klassifikasjonstabellen og de predikerte sannsynlighetene også skjult: de kan gi den lille gruppens andel.");
        }

        Notes = notes;
    }

    /// <summary>A robust variant of <paramref name="fit"/>: same B and fit statistics, covariance <paramref name="v"/>,
    /// Wald tests and intervals under it, the variance note appended to the notes.</summary>
    private LogisticResult(LogisticResult fit, string title, string shortName, string note, double[] v)
    {
        Frame = fit.Frame;
        (_x, _y, _mu, _information) = (fit._x, fit._y, fit._mu, fit._information);
        _variance = (title, shortName, note);
        Method = $"Logistisk regresjon (ML), {char.ToLowerInvariant(title[0])}{title[1..]}";
        ConfidenceLevel = fit.ConfidenceLevel;
        Convergence = fit.Convergence;
        _b = fit._b;
        _v = v;
        CoefficientVector = fit.CoefficientVector;
        Covariance = Frame.SuppressCovariance(v);
        Coefficients = Suppress(Frame, CoefficientsOf(Frame.CoefficientNames, _b, v, ConfidenceLevel));
        (MinusTwoLogLikelihood, NullMinusTwoLogLikelihood) = (fit.MinusTwoLogLikelihood, fit.NullMinusTwoLogLikelihood);
        (OmnibusChiSquare, OmnibusDf, OmnibusP) = (fit.OmnibusChiSquare, fit.OmnibusDf, fit.OmnibusP);
        (CoxSnellRSquared, NagelkerkeRSquared) = (fit.CoxSnellRSquared, fit.NagelkerkeRSquared);
        (_hosmerLemeshow, _classification) = (fit._hosmerLemeshow, fit._classification);
        TermTests = [.. Frame.Terms.Where(t => t.IsCategorical).Select(t => JointWald(t.Name, t.CoefficientIndices))];
        Notes = [.. fit.Notes, note];
    }

    /// <summary>The model frame (complete cases, names, terms).</summary>
    public ModelFrame Frame { get; }

    /// <summary>The labels <see cref="Summary"/> shows for the variables and codes (<see cref="ModelFrame.Labels"/>).</summary>
    public VariableLabels Labels => Frame.Labels;

    /// <summary>The number of complete cases.</summary>
    public int N => Frame.N;

    /// <summary>Rows deleted listwise.</summary>
    public int CasesDeleted => Frame.CasesDeleted;

    /// <summary>The method in words: model-based standard errors, or the robust variant's.</summary>
    public string Method { get; }

    /// <inheritdoc />
    long IEstimationResult.N => N;

    /// <inheritdoc />
    public IReadOnlyList<IEstimate> Parameters => Coefficients;

    /// <summary>«Variables in the Equation» under <see cref="Method"/>, constant first.</summary>
    public IReadOnlyList<LogisticCoefficient> Coefficients { get; }

    /// <summary>The coefficient vector B (log odds, constant first).</summary>
    public IReadOnlyList<double> CoefficientVector { get; }

    /// <summary>The covariance of B under <see cref="Method"/>: the inverse information matrix (X'WX)⁻¹ for the
    /// model-based fit, row-major p × p.</summary>
    public IReadOnlyList<double> Covariance { get; }

    /// <summary>The coefficient with this name.</summary>
    /// <exception cref="KeyNotFoundException">No such coefficient.</exception>
    /// <exception cref="InvalidOperationException">The coefficient is suppressed by the disclosure rule.</exception>
    public LogisticCoefficient this[string name]
    {
        get
        {
            var j = Frame.IndexOf(name);
            Frame.ThrowIfSuppressed(j);
            return Coefficients[j];
        }
    }

    /// <summary>−2 log likelihood of the model.</summary>
    public double MinusTwoLogLikelihood { get; }

    /// <summary>−2 log likelihood of the constant-only model.</summary>
    public double NullMinusTwoLogLikelihood { get; }

    /// <summary>Omnibus (likelihood-ratio) χ² of all coefficients but the constant.</summary>
    public double OmnibusChiSquare { get; }

    /// <summary>Its df (p − 1).</summary>
    public int OmnibusDf { get; }

    /// <summary>Its p-value.</summary>
    public double OmnibusP { get; }

    /// <summary>Cox &amp; Snell R² = 1 − exp((−2LL_model − (−2LL_null)) / n).</summary>
    public double CoxSnellRSquared { get; }

    /// <summary>Nagelkerke R² = Cox &amp; Snell R² / (1 − exp(−(−2LL_null) / n)).</summary>
    public double NagelkerkeRSquared { get; }

    /// <summary>The Hosmer–Lemeshow test.</summary>
    /// <exception cref="InvalidOperationException">A coefficient is suppressed (<see cref="ModelFrame.HasSuppression"/>).</exception>
    public HosmerLemeshowTest HosmerLemeshow => Releasable(nameof(HosmerLemeshow)) ? _hosmerLemeshow : null!;

    /// <summary>The classification table.</summary>
    /// <exception cref="InvalidOperationException">A coefficient is suppressed (<see cref="ModelFrame.HasSuppression"/>).</exception>
    public LogisticClassificationTable Classification => Releasable(nameof(Classification)) ? _classification : null!;

    /// <summary>Joint Wald tests of the categorical predictors.</summary>
    public IReadOnlyList<TermWaldTest> TermTests { get; }

    /// <summary>How the iterations ended.</summary>
    public LogisticConvergence Convergence { get; }

    /// <summary>The fitted probabilities of the complete cases (in <see cref="ModelFrame.Rows"/> order).</summary>
    /// <exception cref="InvalidOperationException">A coefficient is suppressed (<see cref="ModelFrame.HasSuppression"/>):
    /// the small group's fitted probability is its members' share.</exception>
    public IReadOnlyList<double> FittedProbabilities => Releasable(nameof(FittedProbabilities)) ? _mu : null!;

    /// <summary>The confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Notes: listwise deletion, convergence, interval type, reference categories.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The coefficients as odds ratios under <see cref="Method"/> (z tests, Wald intervals).</summary>
    public OddsRatioTable OddsRatios() =>
        new(_variance.Title, Frame.DependentName, N, OddsRatioTable.Suppress(Frame, OddsRatioTable.Build(Frame.CoefficientNames, _b, _v, double.PositiveInfinity, ConfidenceLevel)),
            ConfidenceLevel, [_variance.Note, Notes[0], .. Frame.DisclosureNotes], [.. Covariance], _variance.ShortName) { Labels = Frame.Labels, Source = Frame };

    private bool Releasable(string what) => !Frame.HasSuppression
        ? true
        : throw new InvalidOperationException($"{what} is withheld: coefficient(s) {string.Join(", ", Frame.SuppressedCoefficients.Select(j => Frame.CoefficientNames[j]))} are suppressed by the disclosure rule ({Frame.Specification.Disclosure.Name}), and {what} would show the small group's share.");

    private static IReadOnlyList<LogisticCoefficient> Suppress(ModelFrame frame, List<LogisticCoefficient> list) => !frame.HasSuppression
        ? list
        : [.. list.Select((c, j) => frame.IsSuppressed(j) ? c with { B = double.NaN, StandardError = double.NaN, Wald = double.NaN, P = double.NaN, ExpB = double.NaN, Lower = double.NaN, Upper = double.NaN } : c)];

    private static List<LogisticCoefficient> CoefficientsOf(IReadOnlyList<string> names, IReadOnlyList<double> beta, IReadOnlyList<double> covariance, double level)
    {
        var p = names.Count;
        var z = Probability.NormalQuantile(0.5 + level / 2);
        var list = new List<LogisticCoefficient>(p);
        for (var j = 0; j < p; j++)
        {
            var b = beta[j];
            var se = Math.Sqrt(covariance[j * p + j]);
            var wald = b / se * (b / se);
            list.Add(new LogisticCoefficient(names[j], b, se, wald, 1, Probability.TwoSidedNormal(b / se), Math.Exp(b), Math.Exp(b - z * se), Math.Exp(b + z * se)));
        }

        return list;
    }

    /// <summary>Heteroskedasticity-consistent (HC0) sandwich SEs, as R's <c>sandwich::vcovHC(glm, type = "HC0")</c>;
    /// z tests and normal intervals, as <c>lmtest::coeftest</c> does for a glm.</summary>
    public LogisticResult Robust()
    {
        int n = N, p = Frame.P;
        var meat = new double[p * p];
        for (var i = 0; i < n; i++)
        {
            var r = _y[i] - _mu[i];
            for (var a = 0; a < p; a++)
            {
                var ra = r * r * _x[i * p + a];
                for (var b = 0; b < p; b++)
                {
                    meat[a * p + b] += ra * _x[i * p + b];
                }
            }
        }

        var v = SmallMatrix.Sandwich(_information, meat, p);
        return new LogisticResult(this, "Robuste standardfeil (HC0)", "HC0", "Robuste (sandwich) standardfeil HC0 som R sandwich::vcovHC(type = \"HC0\"); z-test og normalfordelingsintervall.", v);
    }

    /// <summary>Cluster-robust SEs with Stata's small-sample factor (<see cref="ClusterRobustType.CR1S"/>, Stata's
    /// <c>logit …, vce(cluster)</c> and R's <c>sandwich::vcovCL(type = "HC1")</c>) and the clusters named in the
    /// specification (<see cref="ModelSpecification.Clusters(string)"/>). Other variants: <see cref="ClusterRobust(ClusterRobustType)"/>.</summary>
    /// <exception cref="InvalidOperationException">The specification has no clusters.</exception>
    public LogisticResult ClusterRobust() => ClusterRobust(ClusterRobustType.CR1S);

    /// <summary>Cluster-robust SEs of the chosen variant (CR1, CR1S or CR1p) with the clusters named in the specification.</summary>
    /// <exception cref="InvalidOperationException">The specification has no clusters.</exception>
    /// <exception cref="NotSupportedException"><see cref="ClusterRobustType.CR2"/> (not implemented for logistic models).</exception>
    public LogisticResult ClusterRobust(ClusterRobustType type)
    {
        var ids = Frame.Specification.ClusterIds ?? throw new InvalidOperationException("The model specification names no cluster variable; call Clusters(...) or pass cluster ids.");
        return ClusterRobust(type, Frame.Complete(ids), Frame.Specification.ClusterName ?? "klynge");
    }

    /// <summary>As <see cref="ClusterRobust(ClusterRobustType, IReadOnlyList{int}, string)"/> with <see cref="ClusterRobustType.CR1S"/>.</summary>
    /// <exception cref="ArgumentException">Wrong length, or fewer than two clusters.</exception>
    public LogisticResult ClusterRobust(IReadOnlyList<int> clusterOfCase, string clusterName = "klynge") => ClusterRobust(ClusterRobustType.CR1S, clusterOfCase, clusterName);

    /// <summary>
    /// Cluster-robust SEs: Σ_g s_g s_g' between the inverse information, s_g the cluster's score Σ (y − p̂) x, times
    /// the variant's factor — <see cref="ClusterRobustType.CR1"/> G/(G − 1) (clubSandwich <c>vcovCR(type = "CR1")</c>,
    /// sandwich <c>vcovCL(type = "HC0", cadjust = TRUE)</c>), <see cref="ClusterRobustType.CR1S"/> G/(G − 1) · (n − 1)/(n − p)
    /// (Stata, <c>vcovCL(type = "HC1")</c>, <c>vcovCR(type = "CR1S")</c>) or <see cref="ClusterRobustType.CR1p"/> G/(G − p)
    /// (<c>vcovCR(type = "CR1p")</c>). Tests are z tests with normal intervals (clubSandwich <c>coef_test(test = "z")</c>).
    /// </summary>
    /// <param name="type">The variant; CR2 is not implemented for logistic models.</param>
    /// <param name="clusterOfCase">The cluster id of each complete case, in <see cref="ModelFrame.Rows"/> order.</param>
    /// <param name="clusterName">The cluster variable's name for the notes.</param>
    /// <exception cref="ArgumentException">Wrong length, or fewer than two clusters.</exception>
    /// <exception cref="NotSupportedException"><see cref="ClusterRobustType.CR2"/>.</exception>
    public LogisticResult ClusterRobust(ClusterRobustType type, IReadOnlyList<int> clusterOfCase, string clusterName = "klynge")
    {
        ArgumentNullException.ThrowIfNull(clusterOfCase);
        if (type is not (ClusterRobustType.CR1 or ClusterRobustType.CR1S or ClusterRobustType.CR1p))
        {
            throw new NotSupportedException($"Klyngerobuste standardfeil {type} er ikke implementert for logistisk regresjon; bruk CR1, CR1S eller CR1p.");
        }

        int n = N, p = Frame.P;
        if (clusterOfCase.Count != n)
        {
            throw new ArgumentException($"{clusterOfCase.Count} cluster ids given for {n} complete cases.", nameof(clusterOfCase));
        }

        var index = new Dictionary<int, int>();
        var scores = new List<double[]>();
        for (var i = 0; i < n; i++)
        {
            if (!index.TryGetValue(clusterOfCase[i], out var g))
            {
                g = scores.Count;
                index[clusterOfCase[i]] = g;
                scores.Add(new double[p]);
            }

            var r = _y[i] - _mu[i];
            for (var a = 0; a < p; a++)
            {
                scores[g][a] += r * _x[i * p + a];
            }
        }

        var count = scores.Count;
        if (count < 2)
        {
            throw new ArgumentException($"Cluster-robust standard errors need at least two clusters; '{clusterName}' has {count} among the {n} complete cases.", nameof(clusterOfCase));
        }

        var meat = new double[p * p];
        foreach (var s in scores)
        {
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < p; b++)
                {
                    meat[a * p + b] += s[a] * s[b];
                }
            }
        }

        var v = SmallMatrix.Sandwich(_information, meat, p);
        var (factor, formula, counterpart) = type switch
        {
            ClusterRobustType.CR1 => (count / (count - 1.0), "G/(G − 1)", "clubSandwich vcovCR(type = \"CR1\"), sandwich::vcovCL(type = \"HC0\", cadjust = TRUE)"),
            ClusterRobustType.CR1S => (count / (count - 1.0) * (n - 1.0) / (n - p), "G/(G − 1) · (n − 1)/(n − p)", "Stata vce(cluster), sandwich::vcovCL(type = \"HC1\"), clubSandwich vcovCR(type = \"CR1S\")"),
            _ => (count / (double)(count - p), "G/(G − p)", "clubSandwich vcovCR(type = \"CR1p\")"),
        };
        if (type == ClusterRobustType.CR1p && count <= p)
        {
            throw new ArgumentException($"CR1p needs more clusters than coefficients; '{clusterName}' has {count} clusters and the model {p} coefficients.", nameof(clusterOfCase));
        }

        for (var k = 0; k < v.Length; k++)
        {
            v[k] *= factor;
        }

        return new LogisticResult(this, $"Klyngerobuste standardfeil ({type})", $"{type} ({clusterName})",
            $"Klyngerobuste standardfeil {type} med {count} klynger ({clusterName}): faktor {formula} som {counterpart}; z-test og normalfordelingsintervall. Med få klynger er t med G − 1 = {count - 1} df et forsiktigere valg.", v);
    }

    /// <summary>
    /// Profile-likelihood confidence intervals for the odds ratios, as R's <c>confint(glm)</c> (MASS) computes them but
    /// solved exactly: the limits of coefficient j are the values c where −2 log likelihood maximised with B_j fixed at
    /// c exceeds the minimum by the χ²₁ quantile at the confidence level. B, SE, z and p in the table are the
    /// model-based ones. A limit that does not exist (the profile never rises far enough, as under separation) is NaN.
    /// </summary>
    public OddsRatioTable ProfileIntervals()
    {
        int n = N, p = Frame.P;
        var z = Probability.NormalQuantile(0.5 + ConfidenceLevel / 2);
        var target = z * z;
        var minimum = MinusTwoLogLikelihood;
        var baseTable = OddsRatioTable.Build(Frame.CoefficientNames, _b, _v, double.PositiveInfinity, ConfidenceLevel);
        var list = new List<OddsRatioEstimate>(p);
        for (var j = 0; j < p; j++)
        {
            var b = _b[j];
            var se = baseTable[j].StandardError;
            var lower = Limit(j, b, -se, target, minimum, n, p);
            var upper = Limit(j, b, se, target, minimum, n, p);
            list.Add(baseTable[j] with { Lower = Math.Exp(lower), Upper = Math.Exp(upper) });
        }

        var pct = (ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers);
        return new OddsRatioTable("Profil-likelihood-intervaller", Frame.DependentName, n, OddsRatioTable.Suppress(Frame, list), ConfidenceLevel,
            [$"{pct} % profil-likelihood-intervall for OR (som R confint() for glm, løst eksakt): grensene der −2LL med koeffisienten holdt fast stiger med χ²₁-kvantilen {target.ToString("0.###", NorwegianFormat.Numbers)}. B, SE, z og p er modellbaserte.", Notes[0], .. Frame.DisclosureNotes], [.. Covariance], "Profil-likelihood") { Labels = Frame.Labels, Source = Frame };
    }

    /// <summary>The profile limit on one side (direction = ∓SE): bracket, then Illinois regula falsi on
    /// g(c) = −2LL_profile(c) − minimum − target.</summary>
    private double Limit(int j, double b, double direction, double target, double minimum, int n, int p)
    {
        var start = (double[])_b.Clone();
        double G(double c) => LogisticEngine.ProfileDeviance(_x, _y, n, p, j, c, start) - minimum - target;
        double lo = b, glo = -target;
        var hi = b + 2 * direction;
        var ghi = G(hi);
        for (var k = 0; k < 60 && ghi < 0; k++)
        {
            lo = hi;
            glo = ghi;
            hi = b + (hi - b) * 2;
            ghi = G(hi);
        }

        if (!(ghi >= 0))
        {
            return double.NaN;
        }

        var side = 0;
        for (var k = 0; k < 200; k++)
        {
            var c = (lo * ghi - hi * glo) / (ghi - glo);
            var gc = G(c);
            if (double.IsNaN(gc))
            {
                return double.NaN;
            }

            if (Math.Abs(gc) < 1e-11 || Math.Abs(hi - lo) < 1e-13 * (1 + Math.Abs(c)))
            {
                return c;
            }

            if (gc < 0)
            {
                lo = c;
                glo = gc;
                if (side == -1)
                {
                    ghi /= 2;
                }

                side = -1;
            }
            else
            {
                hi = c;
                ghi = gc;
                if (side == 1)
                {
                    glo /= 2;
                }

                side = 1;
            }
        }

        return (lo + hi) / 2;
    }

    private TermWaldTest JointWald(string name, IReadOnlyList<int> idx)
    {
        var q = idx.Count;
        if (idx.Any(Frame.IsSuppressed))
        {
            return new TermWaldTest(name, double.NaN, q, double.NaN); // with a small level, Wald gives |B| of it
        }

        var p = Frame.P;
        var sub = new double[q * q];
        var b = new double[q];
        for (var a = 0; a < q; a++)
        {
            b[a] = _b[idx[a]];
            for (var c = 0; c < q; c++)
            {
                sub[a * q + c] = _v[idx[a] * p + idx[c]];
            }
        }

        var l = SmallMatrix.Cholesky(sub, q, 0, out _);
        if (l is null)
        {
            return new TermWaldTest(name, double.NaN, q, double.NaN);
        }

        var sol = SmallMatrix.CholeskySolve(l, q, b);
        var w = 0.0;
        for (var a = 0; a < q; a++)
        {
            w += b[a] * sol[a];
        }

        return new TermWaldTest(name, w, q, Probability.ChiSquareUpper(w, q));
    }

    private static HosmerLemeshowTest HosmerLemeshowOf(double[] mu, double[] y)
    {
        var n = mu.Length;
        var order = Enumerable.Range(0, n).OrderBy(i => mu[i]).ToArray();
        var groups = new List<HosmerLemeshowGroup>();
        var chi = 0.0;
        var last = 0; // number of sorted cases already grouped
        for (var k = 1; k <= 10; k++)
        {
            var end = (int)(((long)k * n + 9) / 10); // ⌈k n / 10⌉, 1-based position
            if (end <= last)
            {
                continue;
            }

            while (end < n && mu[order[end]] == mu[order[end - 1]])
            {
                end++;
            }

            int size = end - last, o1 = 0;
            var e1 = 0.0;
            for (var s = last; s < end; s++)
            {
                o1 += y[order[s]] == 1 ? 1 : 0;
                e1 += mu[order[s]];
            }

            groups.Add(new HosmerLemeshowGroup(size, o1, e1, size - o1, size - e1));
            chi += (o1 - e1) * (o1 - e1) / (e1 * (1 - e1 / size));
            last = end;
        }

        var df = groups.Count - 2;
        return new HosmerLemeshowTest(groups, chi, df, df >= 1 ? Probability.ChiSquareUpper(chi, df) : double.NaN);
    }

    /// <summary>The SPSS-like report: case processing, omnibus test, model summary, Hosmer–Lemeshow (test and
    /// contingency table), classification table, Variables in the Equation (constant last, as SPSS) and notes.</summary>
    public override ReportDocument Summary()
    {
        var hide = Frame.HasSuppression;
        ReportCell Num(double v, int decimals) => double.IsNaN(v) && hide ? ReportCell.Suppressed : ReportCell.FromNumber(v, decimals);
        ReportCell PValue(double v) => double.IsNaN(v) && hide ? ReportCell.Suppressed : ReportCell.FromPValue(v);
        var labels = Frame.Labels;
        var dep = labels.Variable(Frame.DependentName);
        var cases = new ReportTableBuilder("Oversikt over tilfeller", "Tilfeller", "N", "Prosent")
            .Row(ReportCell.FromText("Inkludert i analysen"), ReportCell.FromCount(N), ReportCell.FromPercent(100.0 * N / Frame.TotalRows, 1))
            .Row(ReportCell.FromText("Manglende (listevis utelatt)"), ReportCell.FromCount(CasesDeleted), ReportCell.FromPercent(100.0 * CasesDeleted / Frame.TotalRows, 1))
            .Row(ReportCell.FromText("Totalt"), ReportCell.FromCount(Frame.TotalRows), ReportCell.FromPercent(100, 1))
            .Build();
        var omnibus = new ReportTableBuilder("Omnibustest av modellkoeffisientene", "", "Kjikvadrat", "df", "Sig.")
            .Row(ReportCell.FromText("Modell"), Num(OmnibusChiSquare, 3), ReportCell.FromCount(OmnibusDf), PValue(OmnibusP))
            .Note("Likelihood-ratio-test: −2LL for modellen med bare konstant minus −2LL for modellen.")
            .Build();
        var summary = new ReportTableBuilder("Modelloversikt", "−2 log likelihood", "Cox & Snell R²", "Nagelkerke R²")
            .Row(Num(MinusTwoLogLikelihood, 3), Num(CoxSnellRSquared, 3), Num(NagelkerkeRSquared, 3))
            .Build();
        var hl = _hosmerLemeshow;
        var hlTest = new ReportTableBuilder("Hosmer og Lemeshows test", "Kjikvadrat", "df", "Sig.")
            .Row(ReportCell.FromNumber(hl.ChiSquare, 3), ReportCell.FromCount(hl.Df), ReportCell.FromPValue(hl.P))
            .Note(Notes[3])
            .Build();
        var hlTable = new ReportTableBuilder("Kontingenstabell for Hosmer og Lemeshows test", "Gruppe", $"{dep} = 0 observert", $"{dep} = 0 forventet", $"{dep} = 1 observert", $"{dep} = 1 forventet", "Totalt");
        for (var g = 0; g < hl.Groups.Count; g++)
        {
            var gr = hl.Groups[g];
            hlTable.Row(ReportCell.FromCount(g + 1), ReportCell.FromCount(gr.Observed0), ReportCell.FromNumber(gr.Expected0, 3), ReportCell.FromCount(gr.Observed1), ReportCell.FromNumber(gr.Expected1, 3), ReportCell.FromCount(gr.Size));
        }

        var cl = _classification;
        var cutText = cl.Cut.ToString("0.###", NorwegianFormat.Numbers);
        var classification = new ReportTableBuilder($"Klassifikasjonstabell (skjæringspunkt {cutText})", "Observert", "Predikert 0", "Predikert 1", "Prosent riktig")
            .Row(ReportCell.FromText($"{dep} = 0"), ReportCell.FromCount(cl.Observed0Predicted0), ReportCell.FromCount(cl.Observed0Predicted1), ReportCell.FromPercent(cl.PercentCorrect0, 1))
            .Row(ReportCell.FromText($"{dep} = 1"), ReportCell.FromCount(cl.Observed1Predicted0), ReportCell.FromCount(cl.Observed1Predicted1), ReportCell.FromPercent(cl.PercentCorrect1, 1))
            .Row(ReportCell.FromText("Samlet prosent"), ReportCell.Empty, ReportCell.Empty, ReportCell.FromPercent(cl.OverallPercentCorrect, 1))
            .Note($"Predikert 1 når predikert sannsynlighet er større enn {cutText}.")
            .Build();
        var pct = (ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers);
        var vars = new ReportTableBuilder($"Variabler i likningen (avhengig variabel: {dep})", "Variabel", "B", "S.E.", "Wald", "df", "Sig.", "Exp(B)", $"{pct} % KI for Exp(B) nedre", $"{pct} % KI for Exp(B) øvre");
        var termOfFirst = Frame.Terms.Where(t => t.IsCategorical).ToDictionary(t => t.CoefficientIndices[0]);
        for (var j = 1; j <= Coefficients.Count; j++)
        {
            var c = Coefficients[j % Coefficients.Count]; // constant last
            if (termOfFirst.TryGetValue(j % Coefficients.Count, out var term) && TermTests.FirstOrDefault(t => t.Term == term.Name) is { } tt)
            {
                vars.Row(ReportCell.FromText(labels.Variable(term.Name)), ReportCell.Empty, ReportCell.Empty, Num(tt.Wald, 3), ReportCell.FromCount(tt.Df), PValue(tt.P), ReportCell.Empty, ReportCell.Empty, ReportCell.Empty);
            }

            if (Frame.IsSuppressed(j % Coefficients.Count))
            {
                vars.Row([ReportCell.FromText(labels.Coefficient(c.Name)), .. Enumerable.Repeat(ReportCell.Suppressed, 8)]);
                continue;
            }

            var constant = j == Coefficients.Count;
            vars.Row(ReportCell.FromText(labels.Coefficient(c.Name)), ReportCell.FromNumber(c.B, 3), ReportCell.FromNumber(c.StandardError, 3), ReportCell.FromNumber(c.Wald, 3), ReportCell.FromCount(c.Df),
                ReportCell.FromPValue(c.P), ReportCell.FromNumber(c.ExpB, 3), constant ? ReportCell.Empty : ReportCell.FromNumber(c.Lower, 3), constant ? ReportCell.Empty : ReportCell.FromNumber(c.Upper, 3));
        }

        foreach (var note in Notes.Where((_, i) => i != 3))
        {
            vars.Note(note);
        }

        return hide
            ? new ReportDocument($"Logistisk regresjon: {dep}", [cases, omnibus, summary, vars.Build()])
            : new ReportDocument($"Logistisk regresjon: {dep}", [cases, omnibus, summary, hlTest, hlTable.Build(), classification, vars.Build()]);
    }
}
