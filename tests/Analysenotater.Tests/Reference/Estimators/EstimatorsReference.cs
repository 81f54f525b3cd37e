using System.Globalization;

namespace Analysenotater.Tests.Reference.Estimators;

/// <summary>
/// The reference values of issue 22's estimators (estimators-values.csv, written by estimators-reference.R from the
/// committed data ../Models/models-data.csv; design values in design-values.csv from design-reference.R): key, value
/// and a relative tolerance per value.
/// </summary>
internal static class EstimatorsReference
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Reference", "Estimators");

    public static IReadOnlyDictionary<string, (double Value, double Tolerance)> R { get; } = Load("estimators-values.csv");

    public static IReadOnlyDictionary<string, (double Value, double Tolerance)> Design { get; } = Load("design-values.csv");

    public static IReadOnlyDictionary<string, (double Value, double Tolerance)> Load(string file)
    {
        var d = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Folder, file)).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',', 4);
            d[parts[0].Trim('"')] = (double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        return d;
    }

    /// <summary>Asserts |actual − expected| ≤ tol · |expected| with the tolerance stored beside the value (0 = exact).</summary>
    public static void Check(string key, double actual) => Analysenotater.Tests.Reference.Models.ModelsReference.Check(R, key, actual);

    /// <summary>As <see cref="Check"/> for the survey-design values (design-values.csv).</summary>
    public static void CheckDesign(string key, double actual) => Analysenotater.Tests.Reference.Models.ModelsReference.Check(Design, key, actual);
}
