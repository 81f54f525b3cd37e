using Analysenotater.Statistics.Regression;
using Analysenotater.Statistics.Reliability;
using static Analysenotater.Tests.Reference.Models.ModelsReference;

namespace Analysenotater.Tests.Statistics.Regression;

/// <summary>
/// The same OLS and reliability figures against PSPP 1.6.2 (REGRESSION, RELIABILITY; pspp-values.csv from
/// models-pspp.sps via pspp-to-values.py) and statsmodels 0.13.5 (statsmodels-values.csv from models-statsmodels.py).
/// </summary>
public sealed class CrossToolTests
{
    private static readonly IReadOnlyDictionary<string, (double Value, double Tolerance)> Pspp = Load("pspp-values.csv");
    private static readonly IReadOnlyDictionary<string, (double Value, double Tolerance)> Statsmodels = Load("statsmodels-values.csv");
    private static readonly OlsResult Fit = OlsRegression.Fit(Model());

    [Fact]
    public void OLS_matches_PSPP_REGRESSION()
    {
        Check(Pspp, "ols.r2", Fit.RSquared);
        Check(Pspp, "ols.adjr2", Fit.AdjustedRSquared);
        Check(Pspp, "ols.sigma", Fit.StandardErrorOfEstimate);
        Check(Pspp, "ols.f", Fit.F);
        Check(Pspp, "ols.ss.residual", Fit.SsResidual);
        Check(Pspp, "ols.ss.total", Fit.SsTotal);
        Check(Pspp, "ols.f.p", Fit.FP);
        foreach (var (name, key) in Coefficients)
        {
            var c = Fit[name];
            Check(Pspp, "ols.b." + key, c.Estimate);
            Check(Pspp, "ols.se." + key, c.StandardError);
            Check(Pspp, "ols.t." + key, c.T);
            Check(Pspp, "ols.lower." + key, c.Lower);
            Check(Pspp, "ols.upper." + key, c.Upper);
            Check(Pspp, "ols.p." + key, c.P); // the constant's p (1e-37) has PSPP's coarser extreme-tail tolerance
            if (key != "const")
            {
                Check(Pspp, "ols.beta." + key, c.StandardisedBeta);
            }
        }
    }

    [Fact]
    public void Reliability_matches_PSPP_RELIABILITY()
    {
        string[] names = ["q1", "q2", "q3", "q4", "q5"];
        var r = ScaleReliability.Analyse(names, [.. names.Select(DataFile.Column)]);
        Check(Pspp, "alpha.n", r.N);
        Check(Pspp, "alpha.raw", r.Alpha);
        foreach (var n in names)
        {
            Check(Pspp, "alpha.rdrop." + n, r[n].CorrectedItemTotalCorrelation);
            Check(Pspp, "alpha.drop.raw." + n, r[n].AlphaIfDeleted);
        }
    }

    [Fact]
    public void OLS_HC_and_cluster_SEs_match_statsmodels()
    {
        Check(Statsmodels, "ols.n", Fit.N);
        Check(Statsmodels, "ols.r2", Fit.RSquared);
        Check(Statsmodels, "ols.adjr2", Fit.AdjustedRSquared);
        Check(Statsmodels, "ols.f", Fit.F);
        Check(Statsmodels, "ols.f.p", Fit.FP);
        var cr1 = Fit.ClusterRobust(ClusterRobustType.CR1S);
        foreach (var (name, key) in Coefficients)
        {
            var c = Fit[name];
            Check(Statsmodels, "ols.b." + key, c.Estimate);
            Check(Statsmodels, "ols.se." + key, c.StandardError);
            Check(Statsmodels, "ols.t." + key, c.T);
            Check(Statsmodels, "ols.p." + key, c.P);
            Check(Statsmodels, "ols.lower." + key, c.Lower);
            Check(Statsmodels, "ols.upper." + key, c.Upper);
            foreach (var type in Enum.GetValues<RobustVarianceType>())
            {
                Check(Statsmodels, $"hc.{type}.se.{key}", Fit.Robust(type)[name].StandardError);
            }

            Check(Statsmodels, "cr1.se." + key, cr1[name].StandardError);
        }
    }
}
