namespace Analysenotater.Statistics.Regression;

/// <summary>
/// Per-cluster sums of an OLS fit in the centred parametrisation: G_g = Z_g'Z_g (p × p, both triangles) and
/// r_g = Z_g'e_g, clusters in order of first appearance. All that CR1, CR2 and the Satterthwaite df need from the rows.
/// </summary>
internal sealed class ClusterSums
{
    public ClusterSums(double[][] crossProducts, double[][] scores)
    {
        CrossProducts = crossProducts;
        Scores = scores;
    }

    /// <summary>G_g per cluster.</summary>
    public double[][] CrossProducts { get; }

    /// <summary>r_g per cluster.</summary>
    public double[][] Scores { get; }

    /// <summary>The number of clusters G among the complete cases.</summary>
    public int Count => Scores.Length;
}
