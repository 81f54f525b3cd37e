using Analysenotater.Reporting;

namespace Analysenotater.Statistics.MethodComparison;

/// <summary>
/// The teaching view over several models: each model's coefficients under the report's OLS, OLS with CR2
/// (Satterthwaite df), the design-based regression and the random-intercept mixed model, with the p-value of each,
/// and every coefficient whose conclusion at the 5 % level changes between methods marked («skifter»).
/// Immutable; renders as one table (one row per model and coefficient) plus a note listing the changes.
/// </summary>
public sealed class ModelSetComparison : Result
{
    private const double Alpha = 0.05;

    internal ModelSetComparison(IReadOnlyList<(string Name, MethodComparisonResult Result)> models) => Models = models;

    /// <summary>The models in order, each with its four-method comparison.</summary>
    public IReadOnlyList<(string Name, MethodComparisonResult Result)> Models { get; }

    /// <summary>Every (model, coefficient) whose significance at 5 % differs between at least two methods.</summary>
    public IReadOnlyList<(string Model, string Coefficient)> ChangedConclusions =>
        [.. Models.SelectMany(m => m.Result.Frame.CoefficientNames.Where(c => c != m.Result.Frame.CoefficientNames[0] || !IsIntercept(c))
            .Where(c => Changes(m.Result, c)).Select(c => (m.Name, c)))];

    /// <summary>True when the coefficient's conclusion (p &lt; 0.05) is not the same under every method.</summary>
    /// <param name="comparison">One model's comparison.</param>
    /// <param name="coefficient">The coefficient's name.</param>
    /// <returns>Whether the methods disagree.</returns>
    public static bool Changes(MethodComparisonResult comparison, string coefficient)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Methods.Select(m => m[coefficient].P < Alpha).Distinct().Count() > 1;
    }

    /// <summary>The table: model, variable, B (OLS), then p under each method, and whether the conclusion changes.</summary>
    /// <returns>The table.</returns>
    public ReportTable CoefficientTable()
    {
        var methods = Models.Count > 0 ? Models[0].Result.Methods.Select(m => m.Method).ToList() : [];
        var b = new ReportTableBuilder("Rapportens metode mot grundigere metoder, alle modellene", ["Modell", "Variabel", "B (OLS)", .. methods.Select(m => "p " + m), "Konklusjon (p < 0,05)"]);
        foreach (var (name, result) in Models)
        {
            foreach (var c in result.Frame.CoefficientNames.Where(c => !IsIntercept(c)))
            {
                var changes = Changes(result, c);
                var verdict = changes ? "◆ skifter" : result.Methods[0][c].P < Alpha ? "signifikant med alle" : "ikke signifikant med noen";
                b.Row([ReportCell.FromText(name), ReportCell.FromText(result.Frame.Labels.Coefficient(c)), ReportCell.FromNumber(result.Methods[0][c].Estimate, 3),
                    .. result.Methods.Select(m => ReportCell.FromPValue(m[c].P)), ReportCell.FromText(verdict)]);
            }
        }

        var changed = ChangedConclusions;
        b.Note("p per metode: OLS (rapportens, uavhengige respondenter), CR2 (klyngerobust, Satterthwaite-frihetsgrader), designbasert (vekter, klynger, strata) og flernivå (tilfeldig konstantledd, REML).");
        b.Note(changed.Count == 0
            ? "Ingen koeffisient skifter konklusjon (p < 0,05) mellom metodene."
            : "◆ = konklusjonen skifter mellom metodene: " + string.Join("; ", changed.Select(x => $"{x.Model}: {Models.First(m => m.Name == x.Model).Result.Frame.Labels.Coefficient(x.Coefficient)}")) + ".");
        return b.Build();
    }

    /// <inheritdoc />
    public override ReportPart Summary() => CoefficientTable();

    private static bool IsIntercept(string name) => name is "(Konstant)" or "(Intercept)";
}
