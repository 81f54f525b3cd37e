using System.Globalization;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Tests.Reference.Models;

/// <summary>
/// The seeded synthetic data (models-data.csv, written by models-reference.R) and the reference values produced
/// from it by R (r-values.csv), PSPP (pspp-values.csv) and statsmodels (statsmodels-values.csv): key, value and a
/// relative tolerance per value.
/// </summary>
internal static class ModelsReference
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Reference", "Models");

    public static IReadOnlyDictionary<string, (double Value, double Tolerance)> R { get; } = Load("r-values.csv");

    public static Table DataFile { get; } = ReadTable("models-data.csv");

    public static IReadOnlyDictionary<string, (double Value, double Tolerance)> Load(string file)
    {
        var t = ReadTable(file);
        var d = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        for (var i = 0; i < t.Rows; i++)
        {
            d[t.Text("key", i)!] = (t.Number("value", i), t.Number("rel_tol", i));
        }

        return d;
    }

    /// <summary>Asserts |actual − expected| ≤ tol · max(|expected|, tiny) with the tolerance stored beside the value.</summary>
    public static void Check(IReadOnlyDictionary<string, (double Value, double Tolerance)> source, string key, double actual, double? overrideTolerance = null)
    {
        Assert.True(source.ContainsKey(key), $"reference value '{key}' is missing");
        var (expected, tol) = source[key];
        tol = overrideTolerance ?? tol;
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        var rel = Math.Abs(actual - expected) / scale;
        Assert.True(rel <= tol || (tol == 0 && actual == expected), $"{key}: expected {expected:R}, got {actual:R} (relative difference {rel:E2} > {tol:E0})");
    }

    /// <summary>The OLS model of the reference scripts: y ~ kvinne + alder + x + utd (ref. grunnskole) + stor, clusters kommune, strata size, weights vekt.</summary>
    public static ModelSpecification Model()
    {
        var d = DataFile;
        var kvinne = d.Column("kjonn").Select(k => k == 2 ? 1.0 : 0.0).ToArray();
        return ModelSpecification.For("y", d.Column("y"))
            .Numeric("kvinne", kvinne)
            .Numeric("alder", d.Column("alder"))
            .Numeric("x", d.Column("x"))
            .Categorical("utd", d.TextColumn("utd"), "grunnskole", ["vgs", "hoyere"])
            .Numeric("stor", d.Column("stor"))
            .Clusters("kommune", [.. d.Column("kommune").Select(v => (int?)v)])
            .Strata("size", [.. d.Column("size").Select(v => (int?)v)])
            .Weights("vekt", d.Column("vekt"));
    }

    /// <summary>Reference keys of the model's coefficients, in coefficient order.</summary>
    public static readonly (string Name, string Key)[] Coefficients =
    [
        ("(Konstant)", "const"), ("kvinne", "kvinne"), ("alder", "alder"), ("x", "x"), ("utd=vgs", "utd.vgs"), ("utd=hoyere", "utd.hoyere"), ("stor", "stor"),
    ];

    public static Table ReadTable(string file)
    {
        var records = Analysenotater.Import.SeparatedText.ReadRecords(File.ReadAllText(Path.Combine(Folder, file)), ',', file);
        var rows = records.Skip(1).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        return new Table(records[0], rows);
    }



    internal sealed class Table(List<string> header, List<List<string>> rows)
    {
        public int Rows => rows.Count;

        public string? Text(string column, int row)
        {
            var v = rows[row][header.IndexOf(column)];
            return v.Length == 0 || v == "NA" ? null : v;
        }

        public double Number(string column, int row) => Text(column, row) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : double.NaN;

        public double[] Column(string column) => [.. Enumerable.Range(0, Rows).Select(i => Number(column, i))];

        public string?[] TextColumn(string column) => [.. Enumerable.Range(0, Rows).Select(i => Text(column, i))];
    }
}
