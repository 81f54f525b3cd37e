using Analysenotater.Statistics.Logistic;
using Analysenotater.Statistics.Regression;
using Analysenotater.Tests.Reference.Estimators;
using Analysenotater.Tests.Reference.Models;
using static Analysenotater.Tests.Statistics.Logistic.LogisticReferenceData;

namespace Analysenotater.Tests.Statistics.Logistic;

/// <summary>
/// The logistic model's cluster-robust variants named apart as for OLS — CR1 = G/(G − 1), CR1S = Stata's
/// G/(G − 1)(n − 1)/(n − p), CR1p = G/(G − p) — against clubSandwich vcovCR and coef_test(test = "z") (CR1 and CR1S
/// also against sandwich::vcovCL HC0 with cadjust and HC1) in Reference/Estimators/logistic-cluster-values.csv.
/// </summary>
public sealed class LogisticClusterRobustVariantsTests
{
    private static readonly IReadOnlyDictionary<string, (double Value, double Tolerance)> Values = EstimatorsReference.Load("logistic-cluster-values.csv");

    public static TheoryData<string, ClusterRobustType> Cases => new()
    {
        { "a", ClusterRobustType.CR1 }, { "a", ClusterRobustType.CR1S }, { "a", ClusterRobustType.CR1p },
        { "b", ClusterRobustType.CR1 }, { "b", ClusterRobustType.CR1S }, { "b", ClusterRobustType.CR1p },
        { "c", ClusterRobustType.CR1 }, { "c", ClusterRobustType.CR1S }, { "c", ClusterRobustType.CR1p },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Variants_match_clubSandwich(string model, ClusterRobustType type)
    {
        var fit = LogisticRegression.Fit(Model(model));
        var robust = fit.ClusterRobust(type);
        var table = robust.OddsRatios();
        var kind = type.ToString().ToLowerInvariant();
        foreach (var (name, key) in Coefficients(model))
        {
            ModelsReference.Check(Values, $"{model}.{kind}.se.{key}", table[name].StandardError);
            ModelsReference.Check(Values, $"{model}.{kind}.p.{key}", table[name].P);
            Assert.Equal(fit[name].B, table[name].B);
        }

        Assert.Contains($"Klyngerobuste standardfeil ({type})", table.ToText(), StringComparison.Ordinal);
        Assert.Contains($"{type} (kommune): OR", OddsRatioTable.SideBySide("t", fit.OddsRatios(), table).ToText(), StringComparison.Ordinal);
        Assert.Contains(robust.Notes, n => n.Contains($"{Values[model + ".clusters"].Value} klynger", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_is_Statas_CR1S_and_named_so()
    {
        var fit = LogisticRegression.Fit(Model("a"));
        var byDefault = fit.ClusterRobust().OddsRatios();
        var cr1s = fit.ClusterRobust(ClusterRobustType.CR1S).OddsRatios();
        var cr1 = fit.ClusterRobust(ClusterRobustType.CR1).OddsRatios();
        Assert.Equal(cr1s["x"].StandardError, byDefault["x"].StandardError);
        Assert.True(cr1["x"].StandardError < cr1s["x"].StandardError);
        Assert.Contains("CR1S (kommune): OR", OddsRatioTable.SideBySide("t", byDefault).ToText(), StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => fit.ClusterRobust(ClusterRobustType.CR2));
    }
}
