using Analysenotater.Reporting;
using Analysenotater.Statistics.Results;

using Analysenotater.Statistics.Distributions;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// A fitted OLS model as SPSS REGRESSION reports it: model summary (R, R², adjusted R², standard error of the
/// estimate), ANOVA table with F, coefficients (B, SE, standardised Beta, t, p, CI), listwise n and cases deleted,
/// joint F tests of categorical terms. Robust and cluster-robust variants come from <see cref="Robust"/> and
/// <see cref="ClusterRobust(ClusterRobustType)"/>: the same type, with the same B and fit statistics and another
/// covariance, <see cref="Method"/>, df and notes. Immutable.
/// </summary>
public sealed class OlsResult : Result, IRegressionResult
{
    private readonly LeastSquares _ls;
    private readonly bool _classical;
    private readonly double[] _b; // B with nothing suppressed, for the tests
    private readonly double[] _v; // the covariance with nothing suppressed, for the tests

    internal OlsResult(ModelFrame frame, LeastSquares ls, double level)
    {
        Frame = frame;
        _ls = ls;
        ConfidenceLevel = level;
        int n = frame.N, p = frame.P;
        var sst = ls.SsTotal;
        var sse = ls.SsResidual;
        // R², F and SS_total/SS_regression contain a small group's mean; SS_residual, σ̂ and everything built from σ̂
        // (the classical standard errors are σ̂ times a factor the group sizes give) contain its within-group spread.
        var hide = frame.HasSuppression;
        SsTotal = hide ? double.NaN : sst;
        SsResidual = hide ? double.NaN : sse;
        SsRegression = hide ? double.NaN : sst - sse;
        DfRegression = p - 1;
        DfResidual = n - p;
        var sigma2 = sse / DfResidual;
        StandardErrorOfEstimate = hide ? double.NaN : Math.Sqrt(sigma2);
        RSquared = hide ? double.NaN : 1 - sse / sst;
        AdjustedRSquared = hide ? double.NaN : 1 - (1 - RSquared) * (n - 1) / DfResidual;
        F = hide ? double.NaN : SsRegression / DfRegression / sigma2;
        FP = hide ? double.NaN : Probability.FUpper(F, DfRegression, DfResidual);

        var vTheta = (double[])ls.Bread.Clone();
        RobustCovariance.Scale(vTheta, sigma2);
        _v = ls.ToOriginal(vTheta);
        Covariance = hide ? [.. _v.Select(_ => double.NaN)] : _v;
        var b = ls.Beta();
        _b = b;
        CoefficientVector = frame.SuppressVector(b);
        _classical = true;
        Method = "OLS (vanlige standardfeil)";
        var sdY = Math.Sqrt(sst / (n - 1));
        var list = new List<CoefficientEstimate>();
        for (var j = 0; j < p; j++)
        {
            var beta = double.NaN;
            if (j > 0)
            {
                var ss = ls.CrossProducts[j * p + j]; // Σ(x − x̄)² in row order, accumulated by the fit (unweighted)

                beta = b[j] * Math.Sqrt(ss / (n - 1)) / sdY;
            }

            list.Add(hide
                ? new CoefficientEstimate(frame.CoefficientNames[j], b[j], double.NaN, DfResidual, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
                : CoefficientEstimate.From(frame.CoefficientNames[j], b[j], Math.Sqrt(_v[j * p + j]), DfResidual, level, beta));
        }

        Coefficients = frame.Suppress(list);
        TermTests = [.. frame.Terms.Where(t => t.IsCategorical).Select(t => hide ? new TermTest(t.Name, double.NaN, t.CoefficientIndices.Count, DfResidual, double.NaN) : JointTest(t, DfResidual))];
        var notes = new List<string>
        {
            $"Listevis utelatelse: {frame.CasesDeleted} av {frame.TotalRows} rader mangler verdi på minst én variabel i modellen; n = {n}.",
            "Standardisert Beta = B · SD(x) / SD(y) på utvalget som inngår i modellen (som SPSS); dummyvariabler bruker sitt eget standardavvik.",
        };
        foreach (var t in frame.Terms.Where(t => t.IsCategorical))
        {
            notes.Add($"{frame.Labels.Variable(t.Name)} er dummykodet med referansekategori «{frame.Labels.Value(t.Name, t.Reference ?? string.Empty)}».");
        }

        notes.AddRange(frame.DisclosureNotes);
        if (hide)
        {
            notes.Add(Localization.Messages.Get("Model.ResidualSpreadHidden"));
        }

        Notes = notes;
    }

    /// <summary>The model frame (complete cases, names, terms).</summary>
    public ModelFrame Frame { get; }

    /// <summary>The number of complete cases.</summary>
    public int N => Frame.N;

    /// <summary>Rows deleted listwise.</summary>
    public int CasesDeleted => Frame.CasesDeleted;

    /// <summary>A robust or cluster-robust variant of <paramref name="fit"/>: the same B and fit statistics, the
    /// covariance <paramref name="v"/> (row-major p × p), t tests on <paramref name="df"/>(j) df, the joint tests as
    /// Wald F on <paramref name="termDf"/> denominator df, and the variance notes before the fit's first note.</summary>
    private OlsResult(OlsResult fit, string method, double[] v, Func<int, double> df, double termDf, IReadOnlyList<string> notes)
    {
        Frame = fit.Frame;
        _ls = fit._ls;
        _classical = false;
        Method = method;
        ConfidenceLevel = fit.ConfidenceLevel;
        (SsTotal, SsResidual, SsRegression) = (fit.SsTotal, fit.SsResidual, fit.SsRegression);
        (DfRegression, DfResidual, StandardErrorOfEstimate) = (fit.DfRegression, fit.DfResidual, fit.StandardErrorOfEstimate);
        (RSquared, AdjustedRSquared, F, FP) = (fit.RSquared, fit.AdjustedRSquared, fit.F, fit.FP);
        _b = fit._b;
        _v = v;
        CoefficientVector = fit.CoefficientVector;
        Covariance = Frame.SuppressCovariance(v);
        var p = Frame.P;
        var list = new List<CoefficientEstimate>(p);
        for (var j = 0; j < p; j++)
        {
            list.Add(CoefficientEstimate.From(Frame.CoefficientNames[j], _b[j], Math.Sqrt(v[j * p + j]), df(j), ConfidenceLevel, fit.Coefficients[j].StandardisedBeta));
        }

        Coefficients = Frame.Suppress(list);
        TermTests = [.. Frame.Terms.Where(t => t.IsCategorical).Select(t => JointTest(t, termDf))];
        Notes = Frame.HasSuppression
            ? [.. notes, fit.Notes[0], .. Frame.DisclosureNotes, Localization.Messages.Get("Model.ResidualSpreadHidden")]
            : [.. notes, fit.Notes[0], .. Frame.DisclosureNotes];
    }

    /// <summary>The method in words: "OLS (vanlige standardfeil)", or the robust variant's.</summary>
    public string Method { get; }

    /// <summary>The dependent variable.</summary>
    public string DependentName => Frame.DependentName;

    /// <summary>The labels <see cref="Summary"/> shows for the variables and codes (<see cref="ModelFrame.Labels"/>).</summary>
    public VariableLabels Labels => Frame.Labels;

    /// <inheritdoc />
    long IEstimationResult.N => N;

    /// <inheritdoc />
    public IReadOnlyList<IEstimate> Parameters => Coefficients;

    /// <summary>The coefficients with SEs under <see cref="Method"/> (classical: t with n − p df), and standardised Beta.</summary>
    public IReadOnlyList<CoefficientEstimate> Coefficients { get; }

    /// <summary>The coefficient vector B (constant first).</summary>
    public IReadOnlyList<double> CoefficientVector { get; }

    /// <summary>The covariance of B under <see cref="Method"/>: σ̂² (X'X)⁻¹ for the classical fit, row-major p × p.</summary>
    public IReadOnlyList<double> Covariance { get; }

    /// <summary>The coefficient with this name.</summary>
    /// <exception cref="KeyNotFoundException">No such coefficient.</exception>
    /// <exception cref="InvalidOperationException">The coefficient is suppressed by the disclosure rule (its
    /// category is below the threshold); the message names the rule.</exception>
    public CoefficientEstimate this[string name]
    {
        get
        {
            var j = Frame.IndexOf(name);
            Frame.ThrowIfSuppressed(j);
            return Coefficients[j];
        }
    }

    /// <summary>R².</summary>
    public double RSquared { get; }

    /// <summary>Adjusted R² = 1 − (1 − R²)(n − 1)/(n − p).</summary>
    public double AdjustedRSquared { get; }

    /// <summary>The overall F statistic.</summary>
    public double F { get; }

    /// <summary>P-value of the overall F.</summary>
    public double FP { get; }

    /// <summary>Regression df (p − 1).</summary>
    public int DfRegression { get; }

    /// <summary>Residual df (n − p).</summary>
    public int DfResidual { get; }

    /// <summary>Regression sum of squares.</summary>
    public double SsRegression { get; }

    /// <summary>Residual sum of squares.</summary>
    public double SsResidual { get; }

    /// <summary>Total (corrected) sum of squares.</summary>
    public double SsTotal { get; }

    /// <summary>Standard error of the estimate, √(SSE/(n − p)).</summary>
    public double StandardErrorOfEstimate { get; }

    /// <summary>Joint F tests of the categorical terms (for a robust variant: Wald F with its covariance).</summary>
    public IReadOnlyList<TermTest> TermTests { get; }

    /// <summary>The confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Notes: listwise deletion, Beta definition, reference categories.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>The same coefficients with heteroskedasticity-consistent SEs (as sandwich::vcovHC); t with n − p df
    /// (as lmtest::coeftest).</summary>
    public OlsResult Robust(RobustVarianceType type)
    {
        var v = _ls.ToOriginal(RobustCovariance.HeteroskedasticityConsistent(_ls, type));
        var notes = new List<string> { $"Heteroskedastisitetsrobuste standardfeil {type} (som R sandwich::vcovHC); t-fordeling med n − p = {DfResidual} df." };
        return new OlsResult(this, $"OLS, robuste standardfeil {type}", v, _ => DfResidual, DfResidual, notes);
    }

    /// <summary>Cluster-robust SEs with the clusters named in the specification (<see cref="ModelSpecification.Clusters(string)"/>).</summary>
    /// <exception cref="InvalidOperationException">The specification has no clusters.</exception>
    /// <exception cref="ArgumentException">Fewer than two clusters among the complete cases.</exception>
    public OlsResult ClusterRobust(ClusterRobustType type) => ClusterRobust(type, ClusterRobustTest.Default);

    /// <summary>Cluster-robust SEs with the clusters named in the specification and the chosen reference distribution
    /// (<see cref="ClusterRobustTest.Normal"/> gives clubSandwich's coef_test(test = "z")).</summary>
    /// <exception cref="InvalidOperationException">The specification has no clusters.</exception>
    /// <exception cref="ArgumentException">Fewer than two clusters among the complete cases.</exception>
    public OlsResult ClusterRobust(ClusterRobustType type, ClusterRobustTest test)
    {
        var ids = Frame.Specification.ClusterValues ?? throw new InvalidOperationException("The model specification names no cluster variable; call Clusters(...) or pass cluster ids.");
        return ClusterRobust(type, RobustCovariance.ClusterSums(_ls, ClusterSource.ByRow(ids)), Frame.Specification.ClusterName ?? "klynge", test);
    }

    /// <summary>
    /// Joint cluster-robust Wald test that the named coefficients are all 0, with the CR2 covariance and the
    /// Hotelling T² approximation with estimated df (HTZ, Pustejovsky and Tipton 2018), as
    /// <c>clubSandwich::Wald_test(fit, constrain_zero(...), vcov = "CR2", test = "HTZ")</c>. A term name (for
    /// example a categorical predictor) stands for all its coefficients.
    /// </summary>
    /// <exception cref="InvalidOperationException">The specification has no clusters.</exception>
    /// <exception cref="ArgumentException">No coefficients, an unknown name, or fewer than two clusters.</exception>
    public WaldTestResult ClusterWaldTest(params string[] coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        var ids = Frame.Specification.ClusterValues ?? throw new InvalidOperationException("The model specification names no cluster variable; call Clusters(...) first.");
        var sums = RobustCovariance.ClusterSums(_ls, ClusterSource.ByRow(ids));
        if (sums.Count < 2)
        {
            throw new ArgumentException($"A cluster-robust test needs at least two clusters; there are {sums.Count}.", nameof(coefficients));
        }

        var indices = new List<int>();
        foreach (var name in coefficients)
        {
            var term = Frame.Terms.FirstOrDefault(t => t.Name == name);
            if (term is not null)
            {
                indices.AddRange(term.CoefficientIndices);
            }
            else
            {
                var j = Frame.CoefficientNames.ToList().IndexOf(name);
                if (j < 0)
                {
                    throw new ArgumentException($"'{name}' is neither a coefficient nor a term of the model (coefficients: {string.Join(", ", Frame.CoefficientNames)}).", nameof(coefficients));
                }

                indices.Add(j);
            }
        }

        indices = [.. indices.Distinct()];
        foreach (var j in indices)
        {
            Frame.ThrowIfSuppressed(j);
        }

        if (indices.Count == 0)
        {
            throw new ArgumentException("Name at least one coefficient to test.", nameof(coefficients));
        }

        var v2 = _ls.ToOriginal(RobustCovariance.Cr2(_ls, sums, [], out _, out _));
        return ClusterWaldTests.Htz(_ls, sums, [.. indices], [.. _b], v2, [.. indices.Select(i => Frame.CoefficientNames[i])], Frame.Specification.ClusterName ?? "klynge");
    }

    /// <summary>Cluster-robust SEs; <paramref name="clusterOfCase"/> holds the cluster id of each complete case (in
    /// <see cref="ModelFrame.Rows"/> order).</summary>
    /// <exception cref="ArgumentException">Wrong length, or fewer than two clusters.</exception>
    public OlsResult ClusterRobust(ClusterRobustType type, IReadOnlyList<int> clusterOfCase, string clusterName = "klynge")
    {
        ArgumentNullException.ThrowIfNull(clusterOfCase);
        if (clusterOfCase.Count != N)
        {
            throw new ArgumentException($"{clusterOfCase.Count} cluster ids given for {N} complete cases.", nameof(clusterOfCase));
        }

        return ClusterRobust(type, RobustCovariance.ClusterSums(_ls, ClusterSource.ByCase([.. clusterOfCase])), clusterName, ClusterRobustTest.Default);
    }

    private OlsResult ClusterRobust(ClusterRobustType type, ClusterSums sums, string clusterName, ClusterRobustTest test)
    {
        var g = sums.Count;
        if (g < 2)
        {
            throw new ArgumentException($"Cluster-robust standard errors need at least two clusters; '{clusterName}' has {g} among the {N} complete cases.");
        }

        var normal = test == ClusterRobustTest.Normal;
        var distribution = normal ? "normalfordeling (z-test, som clubSandwich coef_test(test = \"z\"))" : $"t-fordeling med G − 1 = {g - 1} df";
        if (type != ClusterRobustType.CR2)
        {
            var v1 = _ls.ToOriginal(RobustCovariance.Cr1(_ls, sums, type));
            var factor = type switch
            {
                ClusterRobustType.CR1 => "G/(G − 1) som R clubSandwich::vcovCR(type = \"CR1\")",
                ClusterRobustType.CR1p => "G/(G − p) som R clubSandwich::vcovCR(type = \"CR1p\")",
                _ => "G/(G − 1) · (n − 1)/(n − p) som Stata, R sandwich::vcovCL(type = \"HC1\") og clubSandwich \"CR1S\"",
            };
            return new OlsResult(this, $"OLS, klyngerobust {type}" + (normal ? " (z)" : string.Empty), v1, _ => normal ? double.PositiveInfinity : g - 1, g - 1, [
                $"Klyngerobuste standardfeil {type} med {g} klynger ({clusterName}): faktor {factor}; {distribution}.",
            ]);
        }

        var transform = _ls.Transform();
        var p = Frame.P;
        var contrasts = new double[p][];
        for (var j = 0; j < p; j++)
        {
            contrasts[j] = new double[p];
            for (var k = 0; k < p; k++)
            {
                contrasts[j][k] = transform[j * p + k];
            }
        }

        var v = _ls.ToOriginal(RobustCovariance.Cr2(_ls, sums, contrasts, out var df, out var saturated));
        var notes = new List<string>
        {
            $"Klyngerobuste standardfeil CR2 (Bell–McCaffrey) med {g} klynger ({clusterName}) og Satterthwaite-frihetsgrader per koeffisient, som R clubSandwich::coef_test(vcov = \"CR2\", test = \"Satterthwaite\").",
            "Få klynger eller en variabel som bare varierer mellom klynger gir få frihetsgrader og bredere intervaller.",
        };
        if (saturated > 0)
        {
            notes.Add($"{saturated} retning(er) i klyngenes hattmatrise har egenverdi 1 (I − H singulær); pseudoinvers brukt.");
        }

        if (normal)
        {
            notes[0] = $"Klyngerobuste standardfeil CR2 (Bell–McCaffrey) med {g} klynger ({clusterName}); {distribution}.";
        }

        notes.Add($"Samlet test av kategoriske variabler: Wald-F med CR2-kovariansen og G − 1 = {g - 1} nevnerfrihetsgrader (ikke clubSandwich's HTZ-test; den gir ClusterWaldTest).");
        return new OlsResult(this, "OLS, klyngerobust CR2" + (normal ? " (z)" : string.Empty), v, j => normal ? double.PositiveInfinity : df[j], g - 1, notes);
    }

    /// <summary>Wald F = B_t' V_t⁻¹ B_t / q for the term's q dummies under <see cref="Covariance"/>; F(q, <paramref name="df2"/>).</summary>
    private TermTest JointTest(ModelTerm term, double df2)
    {
        var q = term.CoefficientIndices.Count;
        if (Frame.IsSuppressed(term))
        {
            return new TermTest(term.Name, double.NaN, q, df2, double.NaN); // with a small level, F gives |B| of it
        }

        var p = Frame.P;
        var sub = new double[q * q];
        var b = new double[q];
        for (var a = 0; a < q; a++)
        {
            b[a] = _b[term.CoefficientIndices[a]];
            for (var c = 0; c < q; c++)
            {
                sub[a * q + c] = _v[term.CoefficientIndices[a] * p + term.CoefficientIndices[c]];
            }
        }

        var l = SmallMatrix.Cholesky(sub, q, 0, out _);
        if (l is null)
        {
            return new TermTest(term.Name, double.NaN, q, df2, double.NaN);
        }

        var sol = SmallMatrix.CholeskySolve(l, q, b);
        var w = 0.0;
        for (var a = 0; a < q; a++)
        {
            w += b[a] * sol[a];
        }

        var f = w / q;
        return new TermTest(term.Name, f, q, df2, Probability.FUpper(f, q, df2));
    }

    /// <summary>The SPSS-like report: model summary, ANOVA, coefficients (a robust variant adds a df column), joint
    /// tests and notes.</summary>
    public override ReportDocument Summary()
    {
        ReportCell Num(double v, int decimals) => double.IsNaN(v) && Frame.HasSuppression ? ReportCell.Suppressed : ReportCell.FromNumber(v, decimals);
        ReportCell PValue(double v) => double.IsNaN(v) && Frame.HasSuppression ? ReportCell.Suppressed : ReportCell.FromPValue(v);
        var summary = new ReportTableBuilder("Modelloversikt", "R", "R²", "Justert R²", "Std.feil for estimatet", "n", "Utelatt")
            .Row(Num(Math.Sqrt(RSquared), 3), Num(RSquared, 3), Num(AdjustedRSquared, 3),
                Num(StandardErrorOfEstimate, 3), ReportCell.FromCount(N), ReportCell.FromCount(CasesDeleted))
            .Build();
        var anova = new ReportTableBuilder("ANOVA", "Kilde", "Kvadratsum", "df", "Gj.snitt kvadrat", "F", "p")
            .Row(ReportCell.FromText("Regresjon"), Num(SsRegression, 3), ReportCell.FromCount(DfRegression), Num(SsRegression / DfRegression, 3), Num(F, 3), PValue(FP))
            .Row(ReportCell.FromText("Residual"), Num(SsResidual, 3), ReportCell.FromCount(DfResidual), Num(SsResidual / DfResidual, 3), ReportCell.Empty, ReportCell.Empty)
            .Row(ReportCell.FromText("Totalt"), Num(SsTotal, 3), ReportCell.FromCount(N - 1), ReportCell.Empty, ReportCell.Empty, ReportCell.Empty)
            .Build();
        var pct = (ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers);
        var labels = Frame.Labels;
        var dependent = labels.Variable(Frame.DependentName);
        var coefTitle = _classical ? $"Koeffisienter (avhengig variabel: {dependent})" : $"Koeffisienter, {Method} (avhengig variabel: {dependent})";
        string[] columns = _classical
            ? ["Variabel", "B", "SE", "Beta", "t", "p", $"{pct} % KI nedre", $"{pct} % KI øvre"]
            : ["Variabel", "B", "SE", "Beta", "t", "df", "p", $"{pct} % KI nedre", $"{pct} % KI øvre"];
        var coef = new ReportTableBuilder(coefTitle, columns);
        for (var j = 0; j < Coefficients.Count; j++)
        {
            var c = Coefficients[j];
            if (Frame.IsSuppressed(j))
            {
                coef.Row([ReportCell.FromText(labels.Coefficient(c.Name)), .. Enumerable.Repeat(ReportCell.Suppressed, columns.Length - 1)]);
                continue;
            }

            List<ReportCell> cells = [ReportCell.FromText(labels.Coefficient(c.Name)), ReportCell.FromNumber(c.Estimate, 3), Num(c.StandardError, 3), j == 0 ? ReportCell.FromNumber(c.StandardisedBeta, 3) : Num(c.StandardisedBeta, 3), Num(c.T, 2)];
            if (!_classical)
            {
                cells.Add(ReportCell.FromNumber(c.Df, c.Df == Math.Round(c.Df) ? 0 : 1));
            }

            coef.Row([.. cells, PValue(c.P), Num(c.Lower, 3), Num(c.Upper, 3)]);
        }

        foreach (var n in Notes)
        {
            coef.Note(n);
        }

        var parts = new List<ReportPart> { summary, anova, coef.Build() };
        if (TermTests.Count > 0)
        {
            var tt = new ReportTableBuilder("Samlet test av kategoriske variabler", "Variabel", "F", "df1", "df2", "p");
            foreach (var t in TermTests)
            {
                tt.Row(ReportCell.FromText(labels.Variable(t.Term)), Num(t.F, 3), ReportCell.FromNumber(t.Df1, 0), ReportCell.FromNumber(t.Df2, 0), PValue(t.P));
            }

            parts.Add(tt.Note(_classical ? "F-test av at alle dummyvariablene for variabelen er null (som sammenligning av modellene med og uten variabelen)." : "Wald-F-test av at alle dummyvariablene for variabelen er null, med kovariansen til metoden over.").Build());
        }

        return new ReportDocument(_classical ? $"Lineær regresjon (OLS): {dependent}" : $"Lineær regresjon ({Method}): {dependent}", parts);
    }
}
