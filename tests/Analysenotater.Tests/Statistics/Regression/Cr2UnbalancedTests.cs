using Analysenotater.Statistics.Regression;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>
/// CR2 with very unbalanced clusters (singletons, clusters smaller than p, a cluster-level predictor) against
/// clubSandwich (cr2-unbalanced-values.csv from Reference/Models/cr2-unbalanced.R): this exercises the rank-deficient
/// hat blocks that the p × p algebra must handle.
/// </summary>
public sealed class Cr2UnbalancedTests
{
    [Fact]
    public void CR2_SEs_and_Satterthwaite_df_match_clubSandwich()
    {
        var reference = Load("cr2-unbalanced-values.csv");
        var d = ReadTable("cr2-unbalanced-data.csv");
        var spec = ModelSpecification.For("y", d.Column("y")).Numeric("x1", d.Column("x1")).Numeric("x2", d.Column("x2")).Numeric("z", d.Column("z"))
            .Clusters("g", [.. d.Column("g").Select(v => (int?)v)]);
        var ols = OlsRegression.Fit(spec);
        Check(reference, "n", ols.N);
        var cr2 = ols.ClusterRobust(ClusterRobustType.CR2);
        var cr1 = ols.ClusterRobust(ClusterRobustType.CR1S);
        foreach (var (name, key) in new[] { ("(Konstant)", "const"), ("x1", "x1"), ("x2", "x2"), ("z", "z") })
        {
            Check(reference, "cr2.se." + key, cr2[name].StandardError);
            Check(reference, "cr2.df." + key, cr2[name].Df);
            Check(reference, "cr1.se." + key, cr1[name].StandardError);
        }

        Assert.Contains(cr2.Notes, n => n.Contains("60 klynger", StringComparison.Ordinal));
    }
}
