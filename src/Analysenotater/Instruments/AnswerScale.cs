namespace Analysenotater.Instruments;

/// <summary>An answer scale: the codes an item may take, their labels and which codes are missing for analysis.</summary>
/// <param name="Id">A stable id referenced by items (for example <c>S5NA</c>).</param>
/// <param name="Options">The options in printed order.</param>
/// <param name="Direction">How the valid codes are ordered.</param>
public sealed record AnswerScale(string Id, IReadOnlyList<ScaleOption> Options, ScaleDirection Direction = ScaleDirection.HigherIsBetter)
{
    /// <summary>The valid (non-missing) options in printed order.</summary>
    public IEnumerable<ScaleOption> ValidOptions => Options.Where(o => o.IsValid);

    /// <summary>The smallest valid code; throws <see cref="InvalidOperationException"/> when the scale has no valid code.</summary>
    public int MinValid => ValidOptions.Select(o => o.Code).DefaultIfEmpty(int.MinValue).Min() is var m && m != int.MinValue
        ? m : throw new InvalidOperationException($"Scale '{Id}' has no valid code.");

    /// <summary>The largest valid code; throws <see cref="InvalidOperationException"/> when the scale has no valid code.</summary>
    public int MaxValid => ValidOptions.Select(o => o.Code).DefaultIfEmpty(int.MinValue).Max() is var m && m != int.MinValue
        ? m : throw new InvalidOperationException($"Scale '{Id}' has no valid code.");

    /// <summary>Finds the option with this code, or null when the code is not on the scale.</summary>
    public ScaleOption? Find(int code)
    {
        foreach (var o in Options)
        {
            if (o.Code == code)
            {
                return o;
            }
        }

        return null;
    }

    /// <summary>Finds the option whose label equals <paramref name="label"/> (trimmed, case-insensitive), or null.</summary>
    public ScaleOption? FindByLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var t = label.Trim();
        return Options.FirstOrDefault(o => string.Equals(o.Label, t, StringComparison.OrdinalIgnoreCase));
    }
}
