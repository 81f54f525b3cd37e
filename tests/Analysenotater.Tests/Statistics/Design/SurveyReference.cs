using System.Globalization;

namespace Analysenotater.Tests.Statistics.Design;

/// <summary>Reads the R-produced reference files in Reference/Survey (data CSVs and name,value,tolerance CSVs).</summary>
internal static class SurveyReference
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Reference", "Survey", file);

    /// <summary>name → (value, relative tolerance).</summary>
    public static Dictionary<string, (double Value, double Tolerance)> Values(string file)
    {
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(PathOf(file)).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            result[parts[0]] = (double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        return result;
    }

    /// <summary>Columns of a CSV written by R's write.csv (quoted header, empty = NA → NaN).</summary>
    public static Dictionary<string, double[]> Columns(string file)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        var cols = header.ToDictionary(h => h, _ => new double[lines.Length - 1]);
        for (var r = 1; r < lines.Length; r++)
        {
            var cells = lines[r].Split(',');
            for (var c = 0; c < header.Length; c++)
            {
                var cell = cells[c].Trim('"');
                cols[header[c]][r - 1] = cell.Length == 0 || cell == "NA" ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);
            }
        }

        return cols;
    }

    public static int[] Ints(double[] v) => v.Select(x => (int)x).ToArray();

    /// <summary>Asserts |actual − expected| ≤ tol·max(1, |expected|) — relative, with an absolute floor at 1 for values near 0.</summary>
    public static void Close(Dictionary<string, (double Value, double Tolerance)> refs, string name, double actual)
    {
        var (expected, tol) = refs[name];
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(actual - expected) <= tol * scale || (tol == 0 && actual == expected),
            $"{name}: expected {expected.ToString("R", CultureInfo.InvariantCulture)} (R), got {actual.ToString("R", CultureInfo.InvariantCulture)}; relative tolerance {tol.ToString(CultureInfo.InvariantCulture)}.");
    }
}
