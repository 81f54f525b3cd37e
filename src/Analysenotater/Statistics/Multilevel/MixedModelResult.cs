using Analysenotater.Reporting;
using Analysenotater.Statistics.Regression;
using Analysenotater.Statistics.Results;

namespace Analysenotater.Statistics.Multilevel;

/// <summary>
/// A fitted random-intercept model: fixed effects with SEs, the variance components τ² (between clusters) and σ²
/// (residual), the intra-class correlation τ²/(τ² + σ²) and the REML log-likelihood. Immutable.
/// </summary>
public sealed class MixedModelResult : Result, IEstimationResult
{
    internal MixedModelResult(string dependent, int n, int groups, string clusterName, IReadOnlyList<CoefficientEstimate> coefficients, IReadOnlyList<CoefficientEstimate> waldCoefficients, double[] covariance, double level,
        double residualVariance, double interceptVariance, double relativeSd, double logLikelihood, int evaluations, IReadOnlyList<string> notes, VariableLabels? labels = null, ModelFrame? frame = null)
    {
        N = n;
        Groups = groups;
        ClusterName = clusterName;
        ResidualVariance = residualVariance;
        InterceptVariance = interceptVariance;
        RelativeSd = relativeSd;
        RemlLogLikelihood = logLikelihood;
        Evaluations = evaluations;
        Notes = notes;
        FixedEffects = new CoefficientTable("Blandet modell (REML), tilfeldig konstantledd", dependent, n, coefficients, level, notes, covariance) { Labels = labels ?? VariableLabels.None, Source = frame };
        WaldFixedEffects = new CoefficientTable("Blandet modell (REML), Wald z", dependent, n, waldCoefficients, level, notes, covariance) { Labels = labels ?? VariableLabels.None, Source = frame };
    }

    /// <summary>The number of cases.</summary>
    public int N { get; }

    /// <summary>Each cluster's predicted random intercept (BLUP), by cluster id; clusters with fewer complete cases than
    /// the disclosure rule's threshold for means are suppressed (NaN, N = 0, <see cref="GroupEffect.Suppressed"/>),
    /// with a note.</summary>
    public IReadOnlyList<GroupEffect> GroupEffects { get; internal init; } = [];

    /// <inheritdoc />
    long IEstimationResult.N => N;

    /// <summary>The method: REML with a random intercept per cluster.</summary>
    public string Method => FixedEffects.Method;

    /// <summary>The confidence level of the fixed effects' intervals.</summary>
    public double ConfidenceLevel => FixedEffects.ConfidenceLevel;

    /// <summary>The fixed effects.</summary>
    public IReadOnlyList<IEstimate> Parameters => FixedEffects.Coefficients;

    /// <summary>The labels shown for the variables and codes (the model's dataset's).</summary>
    public VariableLabels Labels => FixedEffects.Labels;

    /// <summary>The number of clusters.</summary>
    public int Groups { get; }

    /// <summary>The cluster variable's name.</summary>
    public string ClusterName { get; }

    /// <summary>Fixed effects with SEs, t tests with Satterthwaite df per coefficient (as lmerTest); Wald z when τ² = 0.</summary>
    public CoefficientTable FixedEffects { get; }

    /// <summary>The same fixed effects with Wald z tests and normal intervals (lme4's t values, referred to the normal).</summary>
    public CoefficientTable WaldFixedEffects { get; }

    /// <summary>σ², the residual variance (units of y squared).</summary>
    public double ResidualVariance { get; }

    /// <summary>τ², the variance of the random intercepts.</summary>
    public double InterceptVariance { get; }

    /// <summary>θ = τ/σ, lme4's optimisation parameter.</summary>
    public double RelativeSd { get; }

    /// <summary>Intra-class correlation τ²/(τ² + σ²).</summary>
    public double Icc => InterceptVariance / (InterceptVariance + ResidualVariance);

    /// <summary>The REML log-likelihood (as logLik() of an lmer fit with REML = TRUE).</summary>
    public double RemlLogLikelihood { get; }

    /// <summary>Criterion evaluations used by the grid and Brent search.</summary>
    public int Evaluations { get; }

    /// <summary>Method notes.</summary>
    public override IReadOnlyList<string> Notes { get; }

    /// <summary>Report: variance components and fixed effects.</summary>
    public override ReportDocument Summary()
    {
        var vc = new ReportTableBuilder($"Variansekomponenter (n = {NorwegianFormat.Count(N)}, {Groups} klynger)", "Komponent", "Varians", "SD")
            .Row(ReportCell.FromText($"{FixedEffects.Labels.Variable(ClusterName)} (konstantledd)"), ReportCell.FromNumber(InterceptVariance, 3), ReportCell.FromNumber(Math.Sqrt(InterceptVariance), 3))
            .Row(ReportCell.FromText("Residual"), ReportCell.FromNumber(ResidualVariance, 3), ReportCell.FromNumber(Math.Sqrt(ResidualVariance), 3))
            .Row(ReportCell.FromText("ICC"), ReportCell.FromNumber(Icc, 3), ReportCell.Empty)
            .Row(ReportCell.FromText("Log-likelihood (REML)"), ReportCell.FromNumber(RemlLogLikelihood, 2), ReportCell.Empty)
            .Build();
        return new ReportDocument("Lineær blandet modell (REML)", [vc, FixedEffects.Summary()]);
    }
}
