using Analysenotater.Statistics.Regression;
using Analysenotater.Tests.Reference.Models;

namespace Analysenotater.Tests.Statistics.Logistic;

/// <summary>
/// The two models of Reference/Models/logistic-reference.R and logistic-pspp.sps on the seeded models-data.csv:
/// fornoyd = 1 if q1 is 4–5, 0 if 1–3, missing if q1 is missing.
/// A: fornoyd ~ kvinne + alder + x + utd (ref. grunnskole) + stor; B: fornoyd ~ kvinne + utd (tied fitted probabilities);
/// C: fornoyd_c ~ kvinne + x with the outcome missing in kommune 20 (a domain of the design).
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

    /// <summary>Model C: a design domain; the outcome is missing in all of kommune 20, which stays in the design.</summary>
    public static ModelSpecification ModelC()
    {
        var d = ModelsReference.DataFile;
        var kommune = d.Column("kommune");
        var y = Fornoyd().Select((v, i) => kommune[i] == 20 ? double.NaN : v).ToArray();
        return ModelSpecification.For("fornoyd_c", y)
            .Numeric("kvinne", Kvinne())
            .Numeric("x", d.Column("x"))
            .Clusters("kommune", [.. kommune.Select(v => (int?)v)])
            .Strata("size", [.. d.Column("size").Select(v => (int?)v)])
            .Weights("vekt", d.Column("vekt"));
    }

    public static ModelSpecification Model(string name) => name switch { "a" => ModelA(), "b" => ModelB(), _ => ModelC() };

    public static (string Name, string Key)[] Coefficients(string name) => name switch { "a" => CoefficientsA, "b" => CoefficientsB, _ => CoefficientsC };

    public static double[] Kvinne() => [.. ModelsReference.DataFile.Column("kjonn").Select(k => k == 2 ? 1.0 : 0.0)];

    public static readonly (string Name, string Key)[] CoefficientsA =
    [
        ("(Konstant)", "const"), ("kvinne", "kvinne"), ("alder", "alder"), ("x", "x"), ("utd=vgs", "utd.vgs"), ("utd=hoyere", "utd.hoyere"), ("stor", "stor"),
    ];

    public static readonly (string Name, string Key)[] CoefficientsC = [("(Konstant)", "const"), ("kvinne", "kvinne"), ("x", "x")];

    public static readonly (string Name, string Key)[] CoefficientsB =
    [
        ("(Konstant)", "const"), ("kvinne", "kvinne"), ("utd=vgs", "utd.vgs"), ("utd=hoyere", "utd.hoyere"),
    ];
}
