using System.Globalization;
using System.Text;

namespace Analysenotater.Bench;

/// <summary>
/// The seeded scale workload (issue 11): N respondents in C municipalities (clusters) nested in 3 size strata;
/// columns kommune, size, kjonn, alder and 40 items coded 1–5 with about 5 % missing and 3 % code 6 (not
/// applicable), correlated through one latent factor plus a municipality effect. Deterministic for a given seed.
/// </summary>
internal static class WorkloadGenerator
{
    public static void Write(string path, int n, int clusters, int seed)
    {
        var rng = new Random(seed);
        var sizeOf = new int[clusters + 1];
        var clusterEffect = new double[clusters + 1];
        for (var c = 1; c <= clusters; c++)
        {
            // Roughly the KoRus mix: 35 % small, 20 % medium, 45 % large municipalities.
            var u = (double)(c - 1) / clusters;
            sizeOf[c] = u < 0.35 ? 1 : u < 0.55 ? 2 : 3;
            clusterEffect[c] = 0.35 * Gauss(rng);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var sb = new StringBuilder(256);
        sb.Append("kommune,size,kjonn,alder");
        for (var i = 1; i <= 40; i++)
        {
            sb.Append(",i").Append(i);
        }

        w.Write(sb.Append('\n').ToString());
        for (var r = 0; r < n; r++)
        {
            // Larger municipalities get more respondents: draw the cluster with weight by size group.
            int kommune;
            do
            {
                kommune = 1 + rng.Next(clusters);
            }
            while (sizeOf[kommune] == 1 && rng.NextDouble() < 0.6);

            var kjonn = rng.NextDouble() < 0.7 ? 1 : 2;
            var alder = 18 + (int)Math.Min(62, Math.Abs(Gauss(rng) * 12 + 22));
            var latent = Gauss(rng) + clusterEffect[kommune] - (0.25 * (kjonn - 1)) + (0.01 * (alder - 40));
            sb.Clear();
            sb.Append(kommune).Append(',').Append(sizeOf[kommune]).Append(',').Append(kjonn).Append(',').Append(alder);
            for (var i = 0; i < 40; i++)
            {
                sb.Append(',');
                var u = rng.NextDouble();
                if (u < 0.05)
                {
                    continue; // no answer
                }

                if (u < 0.08)
                {
                    sb.Append('6'); // not applicable
                    continue;
                }

                var y = (0.8 * latent) + (0.6 * Gauss(rng)) + 0.3;
                var code = y < -1.2 ? 1 : y < -0.4 ? 2 : y < 0.4 ? 3 : y < 1.2 ? 4 : 5;
                sb.Append(code.ToString(CultureInfo.InvariantCulture));
            }

            w.Write(sb.Append('\n').ToString());
        }
    }

    private static double Gauss(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
