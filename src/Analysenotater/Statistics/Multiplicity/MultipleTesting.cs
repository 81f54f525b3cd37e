namespace Analysenotater.Statistics.Multiplicity;

/// <summary>Adjusts the p-values of a named family of tests, as R's <c>p.adjust</c>.</summary>
public static class MultipleTesting
{
    /// <summary>Adjusts <paramref name="tests"/> (name, p) as one family.</summary>
    /// <param name="family">The family's name (shown in the report, e.g. "Kjønnsforskjeller, 12 indikatorer").</param>
    /// <param name="tests">The tests in report order.</param>
    /// <param name="method">Holm (default) or Benjamini–Hochberg.</param>
    /// <param name="alpha">The level used to mark significant tests in the report.</param>
    /// <exception cref="ArgumentException">An empty family, a repeated name, or a p-value outside [0, 1] or NaN (the message names the test).</exception>
    public static AdjustedFamily Adjust(string family, IReadOnlyList<KeyValuePair<string, double>> tests, PValueAdjustment method = PValueAdjustment.Holm, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(tests);
        if (tests.Count == 0)
        {
            throw new ArgumentException($"The family '{family}' has no tests.", nameof(tests));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tests)
        {
            if (!seen.Add(t.Key))
            {
                throw new ArgumentException($"The family '{family}' has two tests named '{t.Key}'.", nameof(tests));
            }

            if (!(t.Value >= 0 && t.Value <= 1))
            {
                throw new ArgumentException($"Test '{t.Key}' in family '{family}' has p = {t.Value}; a p-value must lie in [0, 1] (missing tests must be left out, not passed as NaN).", nameof(tests));
            }
        }

        var m = tests.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => tests[i].Value).ThenBy(i => i).ToArray();
        var adj = new double[m];
        if (method == PValueAdjustment.Holm)
        {
            var running = 0.0;
            for (var k = 0; k < m; k++)
            {
                running = Math.Max(running, Math.Min(1, (m - k) * tests[order[k]].Value));
                adj[order[k]] = running;
            }
        }
        else
        {
            var running = 1.0;
            for (var k = m - 1; k >= 0; k--)
            {
                running = Math.Min(running, Math.Min(1, (double)m / (k + 1) * tests[order[k]].Value));
                adj[order[k]] = running;
            }
        }

        var rank = new int[m];
        for (var k = 0; k < m; k++)
        {
            rank[order[k]] = k + 1;
        }

        var list = Enumerable.Range(0, m).Select(i => new AdjustedTest(tests[i].Key, tests[i].Value, adj[i], rank[i])).ToList();
        return new AdjustedFamily(family, method, alpha, list);
    }
}
