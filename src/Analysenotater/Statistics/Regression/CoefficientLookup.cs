namespace Analysenotater.Statistics.Regression;

/// <summary>Finds a coefficient row by name in a released coefficient list, refusing one the disclosure rule suppresses.</summary>
internal static class CoefficientLookup
{
    /// <summary>The row named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such coefficient; the message lists the names.</exception>
    /// <exception cref="InvalidOperationException">The coefficient is suppressed by the disclosure rule of <paramref name="source"/>.</exception>
    public static T Find<T>(IReadOnlyList<T> rows, Func<T, string> nameOf, string name, ModelFrame? source)
    {
        for (var j = 0; j < rows.Count; j++)
        {
            if (nameOf(rows[j]) == name)
            {
                source?.ThrowIfSuppressed(j);
                return rows[j];
            }
        }

        throw new KeyNotFoundException($"No coefficient '{name}'. Coefficients: {string.Join(", ", rows.Select(nameOf))}.");
    }
}
