using System.Reflection;
using Analysenotater.Reporting;
using Analysenotater.Statistics.Logistic;
using Analysenotater.Statistics.Regression;
using Analysenotater.Statistics.Results;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Reporting;

/// <summary>
/// Issue 15's result contract, checked by reflection over every public type of the core library (so a new result
/// type that forgets the contract fails here) and by behaviour on real fits.
/// </summary>
public sealed class ResultContractTests
{
    private static readonly Type[] PublicTypes = [.. typeof(Result).Assembly.GetExportedTypes()];

    private static readonly string[] RetiredRenderNames = ["ToTable", "ToReportTable", "ToDocument", "Document"];

    [Fact]
    public void Every_renderable_type_is_a_report_part_or_a_result()
    {
        var renderables = PublicTypes.Where(t => typeof(IRenderable).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract).ToList();
        Assert.True(renderables.Count >= 35, $"only {renderables.Count} renderable types found; the scan is broken");
        var outside = renderables.Where(t => !typeof(ReportPart).IsAssignableFrom(t) && !typeof(IResult).IsAssignableFrom(t)).Select(t => t.FullName).ToList();
        Assert.True(outside.Count == 0, "Renderable but not IResult: " + string.Join(", ", outside));
    }

    [Fact]
    public void Every_public_type_with_a_Summary_method_is_a_result()
    {
        // A Summary() returning a string (a one-line summary is SummaryLine()) would slip past the test below.
        var outside = PublicTypes.Where(t => !typeof(ReportPart).IsAssignableFrom(t) && !t.IsInterface && !typeof(IResult).IsAssignableFrom(t)
                && t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => m.Name == "Summary"))
            .Select(t => t.FullName).ToList();
        Assert.True(outside.Count == 0, "Has Summary() but is not IResult: " + string.Join(", ", outside));
    }

    [Fact]
    public void Every_type_that_builds_a_report_part_is_a_result()
    {
        var builders = PublicTypes.Where(t => !typeof(ReportPart).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface
                && t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => typeof(ReportPart).IsAssignableFrom(m.ReturnType) && m.Name == "Summary"))
            .ToList();
        Assert.NotEmpty(builders);
        var outside = builders.Where(t => !typeof(IResult).IsAssignableFrom(t)).Select(t => t.FullName).ToList();
        Assert.True(outside.Count == 0, "Has Summary() but is not IResult: " + string.Join(", ", outside));
    }

    [Fact]
    public void Results_render_only_through_the_shared_base()
    {
        var offenders = new List<string>();
        foreach (var t in PublicTypes.Where(t => typeof(IResult).IsAssignableFrom(t) && !t.IsInterface && t != typeof(Result)))
        {
            Assert.True(typeof(Result).IsAssignableFrom(t), $"{t.FullName} implements IResult without deriving from Result");
            foreach (var m in t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (m.Name is "ToText" or "ToMarkdown" or "ToHtml" || RetiredRenderNames.Contains(m.Name))
                {
                    offenders.Add($"{t.Name}.{m.Name}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Rendering written again (or an old name kept): " + string.Join(", ", offenders));
    }

    [Fact]
    public void One_name_for_notes_and_for_the_confidence_level()
    {
        var offenders = new List<string>();
        foreach (var t in PublicTypes)
        {
            foreach (var m in t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (m is MethodInfo { Name: "Notes", IsSpecialName: false })
                {
                    offenders.Add($"{t.Name}.Notes is a method");
                }

                if (m is PropertyInfo { Name: "Level" } p && p.PropertyType == typeof(double))
                {
                    offenders.Add($"{t.Name}.Level (use ConfidenceLevel)");
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join("; ", offenders));
    }

    [Fact]
    public void Types_that_report_standard_errors_implement_the_estimation_contract()
    {
        var statistics = PublicTypes.Where(t => typeof(IResult).IsAssignableFrom(t) && t.Namespace!.StartsWith("Analysenotater.Statistics", StringComparison.Ordinal)
            && (t.GetProperty("StandardError") is not null || t.GetProperty("Coefficients") is not null || t.GetProperty("FixedEffects") is not null)).ToList();
        Assert.True(statistics.Count >= 7, $"only {statistics.Count} found");
        var outside = statistics.Where(t => !typeof(IEstimationResult).IsAssignableFrom(t)).Select(t => t.FullName).ToList();
        Assert.True(outside.Count == 0, "Estimates or models outside IEstimationResult: " + string.Join(", ", outside));
    }

    [Fact]
    public void Report_documents_hold_only_report_parts()
    {
        var parts = typeof(ReportDocument).GetProperty(nameof(ReportDocument.Parts))!.PropertyType;
        Assert.Equal(typeof(IReadOnlyList<ReportPart>), parts);
        var derived = PublicTypes.Where(t => t.IsSubclassOf(typeof(ReportPart))).Select(t => t.Name).Order().ToList();
        Assert.Equal(["ReportDocument", "ReportParagraph", "ReportTable"], derived);
        Assert.DoesNotContain(typeof(ReportPart).GetConstructors(BindingFlags.Public | BindingFlags.Instance), _ => true);
        var doc = new ReportDocument("T", ["første avsnitt", new ReportDocument("Indre", ["<b>"])]);
        Assert.Contains("&lt;b&gt;", doc.ToHtml(), StringComparison.Ordinal);
        Assert.Equal("første avsnitt", Assert.IsType<ReportParagraph>(doc.Parts[0]).Text);
    }

    [Fact]
    public void Robust_variants_are_the_same_type_with_the_same_coefficients_and_their_own_covariance()
    {
        var fit = OlsRegression.Fit(Model());
        var hc3 = fit.Robust(RobustVarianceType.HC3);
        var cr2 = fit.ClusterRobust(ClusterRobustType.CR2);
        foreach (var variant in new[] { hc3, cr2 })
        {
            Assert.IsType<OlsResult>(variant);
            Assert.Equal(fit.CoefficientVector, variant.CoefficientVector);
            Assert.NotEqual(fit.Method, variant.Method);
            Assert.NotEqual(fit.Coefficients[1].StandardError, variant.Coefficients[1].StandardError);
            Assert.Equal(fit.RSquared, variant.RSquared);
            Assert.Contains(variant.Method, variant.ToText(), StringComparison.Ordinal);
        }

        Assert.Equal(fit.Notes[0], hc3.Notes[^1]);
        var logit = LogisticRegression.Fit(Analysenotater.Tests.Statistics.Logistic.LogisticReferenceData.Model("c"));
        var cr1 = logit.ClusterRobust();
        Assert.IsType<LogisticResult>(cr1);
        Assert.Equal(logit.CoefficientVector, cr1.CoefficientVector);
        Assert.StartsWith("Klyngerobuste", cr1.OddsRatios().Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_interval_at_the_result_level_equals_the_reported_limits_and_widens_with_the_level()
    {
        IEstimationResult[] results = [OlsRegression.Fit(Model()), OlsRegression.Fit(Model()).ClusterRobust(ClusterRobustType.CR2), LogisticRegression.Fit(Analysenotater.Tests.Statistics.Logistic.LogisticReferenceData.Model("c"))];
        foreach (var r in results)
        {
            var at = r.ConfidenceIntervals(r.ConfidenceLevel);
            var wide = r.ConfidenceIntervals(0.99);
            for (var j = 0; j < r.Parameters.Count; j++)
            {
                var e = r.Parameters[j];
                var (lower, upper) = e switch
                {
                    CoefficientEstimate c => (c.Lower, c.Upper),
                    LogisticCoefficient l => (Math.Log(l.Lower), Math.Log(l.Upper)),
                    _ => throw new InvalidOperationException(e.GetType().Name),
                };
                Assert.Equal(lower, at[j].Lower, 1e-9);
                Assert.Equal(upper, at[j].Upper, 1e-9);
                Assert.True(wide[j].Lower < at[j].Lower && wide[j].Upper > at[j].Upper, $"{r.Method} {e.Name}");
                Assert.True(at[j].Contains(e.Estimate));
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => r.Parameters[0].ConfidenceInterval(1.0));
        }
    }
}
