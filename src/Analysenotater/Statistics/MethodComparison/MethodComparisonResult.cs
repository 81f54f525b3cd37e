using Analysenotater.Reporting;
using Analysenotater.Statistics.Multilevel;
using Analysenotater.Statistics.Proportions;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Statistics.MethodComparison;

/// <summary>
/// The report's OLS beside CR2, design-based and mixed-model versions of the same regression, and Wald beside
/// Wilson for one share. Immutable; renders as a coefficient comparison table with CIs, a share table and notes that
/// name the coefficients whose conclusion (p &lt; 0.05) changes between methods.
/// </summary>
public sealed class MethodComparisonResult : Result
{
    internal MethodComparisonResult(ModelFrame frame, IReadOnlyList<IRegressionResult> methods, MixedModelResult mixed, ProportionInterval wald, ProportionInterval wilson, double level)
    {
        Frame = frame;
        Methods = methods;
        MixedModel = mixed;
        Wald = wald;
        Wilson = wilson;
        ConfidenceLevel = level;
    }

    /// <summary>The model's complete cases and coefficient names.</summary>
    public ModelFrame Frame { get; }

    /// <summary>The versions in order: OLS (report), OLS with CR2, design-based, mixed model (REML).</summary>
    public IReadOnlyList<IRegressionResult> Methods { get; }

    /// <summary>The mixed model (variance components and ICC).</summary>
    public MixedModelResult MixedModel { get; }

    /// <summary>The Wald interval of the share (the report's method).</summary>
    public ProportionInterval Wald { get; }

    /// <summary>The Wilson interval of the share.</summary>
    public ProportionInterval Wilson { get; }

    /// <summary>The confidence level of all intervals.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Coefficients whose significance at 5 % differs between the report's OLS and at least one careful method.</summary>
    public IReadOnlyList<string> ChangedConclusions =>
        [.. Frame.CoefficientNames.Where(name => Methods.Skip(1).Any(m => (m[name].P < 0.05) != (Methods[0][name].P < 0.05)))];

    /// <summary>The comparison table: one row per coefficient and method.</summary>
    public ReportTable CoefficientTable()
    {
        var pct = (ConfidenceLevel * 100).ToString("0.##", NorwegianFormat.Numbers);
        var b = new ReportTableBuilder($"Rapportens metode mot grundigere metoder: {Frame.Labels.Variable(Frame.DependentName)} (n = {NorwegianFormat.Count(Frame.N)})",
            "Variabel", "Metode", "B", "SE", "df", "p", $"{pct} % KI nedre", $"{pct} % KI øvre");
        foreach (var name in Frame.CoefficientNames)
        {
            foreach (var m in Methods)
            {
                var c = m[name];
                b.Row(ReportCell.FromText(Frame.Labels.Coefficient(name)), ReportCell.FromText(m.Method), ReportCell.FromNumber(c.Estimate, 3), ReportCell.FromNumber(c.StandardError, 3),
                    double.IsPositiveInfinity(c.Df) ? ReportCell.FromText("∞") : ReportCell.FromNumber(c.Df, c.Df == Math.Round(c.Df) ? 0 : 1),
                    ReportCell.FromPValue(c.P), ReportCell.FromNumber(c.Lower, 3), ReportCell.FromNumber(c.Upper, 3));
            }
        }

        b.Note($"Respondentene er samlet i {MixedModel.Groups} klynger; intraklassekorrelasjonen (ICC) i blandet modell er {NorwegianFormat.Number(MixedModel.Icc, 3)}. Vanlig OLS antar uavhengige respondenter.");
        b.Note("CR2: OLS-koeffisienter med klyngerobuste standardfeil og Satterthwaite-frihetsgrader (få klynger gir få frihetsgrader).");
        b.Note("Designbasert: vektede koeffisienter med linearisert varians for klynger og strata (som survey::svyglm).");
        b.Note("Blandet modell: tilfeldig konstantledd per klynge, REML (som lme4::lmer).");
        var changed = ChangedConclusions;
        b.Note(changed.Count == 0
            ? "Ingen koeffisient skifter konklusjon (p < 0,05) mellom metodene."
            : $"Konklusjonen (p < 0,05) skifter mellom metodene for: {string.Join(", ", changed.Select(Frame.Labels.Coefficient))}.");
        return b.Build();
    }

    /// <summary>The share table: Wald (report) beside Wilson.</summary>
    public ReportTable ShareTable()
    {
        var b = new ReportTableBuilder($"Andel {Wilson.Label}: {NorwegianFormat.Count((long)Wilson.Successes)} av {NorwegianFormat.Count(Wilson.N)}", "Metode", "Andel", "KI nedre", "KI øvre", "Bredde (prosentpoeng)");
        foreach (var ci in new[] { Wald, Wilson })
        {
            b.Row(ReportCell.FromText(ci.Method), ReportCell.FromPercent(ci.Estimate * 100, 1), ReportCell.FromPercent(ci.Lower * 100, 1), ReportCell.FromPercent(ci.Upper * 100, 1), ReportCell.FromNumber(ci.Width * 100, 1));
        }

        b.Note("Wald (p̂ ± z·SE) er det rapporter vanligvis bruker; Wilson holder nominelt nivå også for små n og andeler nær 0 eller 1.");
        b.Note("Begge intervallene antar et enkelt tilfeldig utvalg; med klynger og vekter trengs designbaserte intervaller.");
        return b.Build();
    }

    /// <summary>The whole comparison as one document.</summary>
    public override ReportDocument Summary() => new("Rapportens metode mot grundig metode", [CoefficientTable(), ShareTable()]);
}
