using Analysenotater.Statistics.Regression;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>
/// The model frame keeps a bit mask of the complete rows and streams over the columns instead of building an n × p
/// matrix. These tests check the mask at the 64-row word boundaries, the materialised X/Y/Rows, and that the fit
/// on data with missing values equals the fit on the same data with those rows removed beforehand (the expected
/// values are computed by hand or from the pre-filtered arrays, independently of the mask).
/// </summary>
public sealed class StreamingFrameTests
{
    [Fact]
    public void Design_rows_with_a_dummy_and_listwise_deletion_by_hand()
    {
        // Row 1 lacks y, row 3 lacks the group: complete rows 0, 2, 4. Reference "a": dummy g=b is 1 in row 2 only.
        double[] y = [1, double.NaN, 4, 2, 7];
        double[] x = [10, 20, 30, 40, 50];
        string?[] g = ["a", "b", "b", null, "a"];
        var frame = ModelSpecification.For("y", y).Numeric("x", x).Categorical("g", g, "a").WithDisclosure(Analysenotater.Disclosure.DisclosurePolicy.None).Build();
        Assert.Equal([0, 2, 4], frame.Rows);
        Assert.Equal([1.0, 4, 7], frame.Y.ToArray());
        Assert.Equal([1.0, 10, 0, 1, 30, 1, 1, 50, 0], frame.X.ToArray());
        Assert.Equal(2, frame.CasesDeleted);
    }

    [Fact]
    public void Missing_values_at_word_boundaries_are_deleted_exactly()
    {
        // 200 rows (four mask words, the last partly used); NaNs at the first and last row of words and in the tail.
        const int n = 200;
        var rng = new Random(11);
        var y = new double[n];
        var x1 = new double[n];
        var x2 = new double[n];
        for (var i = 0; i < n; i++)
        {
            x1[i] = rng.NextDouble() * 10;
            x2[i] = rng.Next(1, 6);
            y[i] = 2 + 0.5 * x1[i] - 0.3 * x2[i] + rng.NextDouble();
        }

        int[] missingY = [0, 63, 64, 199];
        int[] missingX1 = [127, 128, 191, 192];
        int[] missingX2 = [5, 130];
        foreach (var i in missingY)
        {
            y[i] = double.NaN;
        }

        foreach (var i in missingX1)
        {
            x1[i] = double.NaN;
        }

        foreach (var i in missingX2)
        {
            x2[i] = double.NaN;
        }

        var fit = OlsRegression.Fit(ModelSpecification.For("y", y).Numeric("x1", x1).Numeric("x2", x2));
        int[] complete = [.. Enumerable.Range(0, n).Where(i => !missingY.Contains(i) && !missingX1.Contains(i) && !missingX2.Contains(i))];
        Assert.Equal(complete, fit.Frame.Rows);
        Assert.Equal(10, fit.CasesDeleted);

        var filtered = OlsRegression.Fit(ModelSpecification.For("y", [.. complete.Select(i => y[i])])
            .Numeric("x1", [.. complete.Select(i => x1[i])]).Numeric("x2", [.. complete.Select(i => x2[i])]));
        Assert.Equal(0, filtered.CasesDeleted);
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(filtered.Coefficients[j].Estimate, fit.Coefficients[j].Estimate, 12);
            Assert.Equal(filtered.Coefficients[j].StandardError, fit.Coefficients[j].StandardError, 12);
        }

        Assert.Equal(filtered.RSquared, fit.RSquared, 12);
        for (var t = 0; t < 4; t++)
        {
            var type = (RobustVarianceType)t;
            Assert.Equal(filtered.Robust(type).Coefficients[1].StandardError, fit.Robust(type).Coefficients[1].StandardError, 12);
        }
    }

    [Fact]
    public void Named_clusters_and_clusters_per_case_give_the_same_CR1_and_CR2()
    {
        const int n = 150;
        var rng = new Random(5);
        var y = new double[n];
        var x = new double[n];
        var cluster = new int?[n];
        for (var i = 0; i < n; i++)
        {
            cluster[i] = i % 7 == 3 ? null : 100 + (i * 13 % 9); // clusters interleaved, some rows without a cluster
            x[i] = rng.NextDouble();
            y[i] = i % 11 == 0 ? double.NaN : x[i] + rng.NextDouble();
        }

        var fit = OlsRegression.Fit(ModelSpecification.For("y", y).Numeric("x", x).Clusters("k", cluster));
        var perCase = fit.Frame.Rows.Select(r => cluster[r]!.Value).ToList();
        foreach (var type in new[] { ClusterRobustType.CR1, ClusterRobustType.CR1S, ClusterRobustType.CR2 })
        {
            var named = fit.ClusterRobust(type);
            var given = fit.ClusterRobust(type, perCase);
            for (var j = 0; j < 2; j++)
            {
                Assert.Equal(given.Coefficients[j].StandardError, named.Coefficients[j].StandardError, 14);
                Assert.Equal(given.Coefficients[j].Df, named.Coefficients[j].Df, 10);
            }
        }
    }

    [Fact]
    public void One_cluster_is_refused_with_the_count()
    {
        var fit = OlsRegression.Fit(ModelSpecification.For("y", [1, 3, 2, 5, 4]).Numeric("x", [1, 2, 3, 4, 5]).Clusters("k", [4, 4, 4, 4, 4]));
        var ex = Assert.Throws<ArgumentException>(() => fit.ClusterRobust(ClusterRobustType.CR2));
        Assert.Contains("at least two clusters; 'k' has 1 among the 5 complete cases", ex.Message, StringComparison.Ordinal);
    }
}
