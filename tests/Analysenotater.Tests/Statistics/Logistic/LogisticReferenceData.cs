using Analysenotater.Statistics.Regression;
using Analysenotater.Tests.Reference.Models;

namespace Analysenotater.Tests.Statistics.Logistic;

/// <summary>
/// The two models of Reference/Models/logistic-reference.R and logistic-pspp.sps on the seeded models-data.csv:
/// fornoyd = 1 if q1 is 4–5, 0 if 1–3, missing if q1 is missing.
/// A: fornoyd ~ kvinne + alder + x + utd (ref. grunnskole) + stor; B: fornoyd ~ kvinne + utd (tied fitted probabilities).
/// </summary>
internal static class LogisticReferenceData
{
    public static IReadOnlyDictionary<string, (double Value, double Tolerance)> R { get; } = ModelsReference.Load("logistic-r-values.csv");

    public static IReadOnlyDictionary<string, (double Value, double Tolerance)> Pspp { get; } = ModelsReference.Load("logistic-pspp-values.csv");

    public static double[] Fornoyd()
    {
        var q1 = ModelsReference.DataFile.Column("q1");
        return [.. q1.Select(v => double.IsNaN(v) ? double.NaN : v >= 4 ? 1.0 : 0.0)];
    }

    public static ModelSpecification ModelA()
    {
        var d = ModelsReference.DataFile;
        return ModelSpecification.For("fornoyd", Fornoyd())
            .Numeric("kvinne", Kvinne())
            .Numeric("alder", d.Column("alder"))
            .Numeric("x", d.Column("x"))
            .Categorical("utd", d.TextColumn("utd"), "grunnskole", ["vgs", "hoyere"])
            .Numeric("stor", d.Column("stor"))
            .Clusters("kommune", [.. d.Column("kommune").Select(v => (int?)v)])
            .Strata("size", [.. d.Column("size").Select(v => (int?)v)])
            .Weights("vekt", d.Column("vekt"));
    }

    public static ModelSpecification ModelB()
    {
        var d = ModelsReference.DataFile;
        return ModelSpecification.For("fornoyd", Fornoyd())
            .Numeric("kvinne", Kvinne())
            .Categorical("utd", d.TextColumn("utd"), "grunnskole", ["vgs", "hoyere"])
            .Clusters("kommune", [.. d.Column("kommune").Select(v => (int?)v)])
            .Strata("size", [.. d.Column("size").Select(v => (int?)v)])
            .Weights("vekt", d.Column("vekt"));
    }

    public static double[] Kvinne() => [.. ModelsReference.DataFile.Column("kjonn").Select(k => k == 2 ? 1.0 : 0.0)];

    public static readonly (string Name, string Key)[] CoefficientsA =
    [
        ("(Konstant)", "const"), ("kvinne", "kvinne"), ("alder", "alder"), ("x", "x"), ("utd=vgs", "utd.vgs"), ("utd=hoyere", "utd.hoyere"), ("stor", "stor"),
    ];

    public static readonly (string Name, string Key)[] CoefficientsB =
    [
        ("(Konstant)", "const"), ("kvinne", "kvinne"), ("utd=vgs", "utd.vgs"), ("utd=hoyere", "utd.hoyere"),
    ];
}
