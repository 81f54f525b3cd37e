using Analysenotater.Instruments;

namespace Analysenotater.Spss;

/// <summary>
/// Chooses the <see cref="MissingReason"/> of an SPSS user-missing code from its value label. The rule, applied to
/// the label trimmed and lower-cased (Norwegian bokmål and nynorsk, and the usual English labels):
/// <list type="number">
/// <item>contains «ikke aktuelt», «ikkje aktuelt», «ikke relevant» or «not applicable» → <see cref="MissingReason.NotApplicable"/>;</item>
/// <item>starts with «har ikke» / «har ikkje» or contains «does not have» → <see cref="MissingReason.DoesNotHave"/>;</item>
/// <item>contains «vet ikke», «veit ikkje», «vet ikkje», «usikker» or «don't know» → <see cref="MissingReason.DontKnow"/>;</item>
/// <item>contains «hoppet over», «ikke spurt», «filter» or «skipped» → <see cref="MissingReason.Skipped"/>;</item>
/// <item>anything else, or no label (for example «Ubesvart», «Ikke svart», «Missing») → <see cref="MissingReason.NoAnswer"/>.</item>
/// </list>
/// The first matching rule wins, so «Ikke aktuelt / vet ikke» is NotApplicable.
/// </summary>
public static class SpssMissingReasons
{
    /// <summary>The missing reason for a user-missing code with this label (null or empty → <see cref="MissingReason.NoAnswer"/>).</summary>
    public static MissingReason FromLabel(string? label)
    {
        var t = (label ?? "").Trim().ToLowerInvariant().Replace('’', '\'');
        if (t.Length == 0)
        {
            return MissingReason.NoAnswer;
        }

        if (t.Contains("ikke aktuelt", StringComparison.Ordinal) || t.Contains("ikkje aktuelt", StringComparison.Ordinal)
            || t.Contains("ikke relevant", StringComparison.Ordinal) || t.Contains("not applicable", StringComparison.Ordinal))
        {
            return MissingReason.NotApplicable;
        }

        if (t.StartsWith("har ikke", StringComparison.Ordinal) || t.StartsWith("har ikkje", StringComparison.Ordinal)
            || t.Contains("does not have", StringComparison.Ordinal))
        {
            return MissingReason.DoesNotHave;
        }

        if (t.Contains("vet ikke", StringComparison.Ordinal) || t.Contains("veit ikkje", StringComparison.Ordinal)
            || t.Contains("vet ikkje", StringComparison.Ordinal) || t.Contains("usikker", StringComparison.Ordinal)
            || t.Contains("don't know", StringComparison.Ordinal))
        {
            return MissingReason.DontKnow;
        }

        if (t.Contains("hoppet over", StringComparison.Ordinal) || t.Contains("ikke spurt", StringComparison.Ordinal)
            || t.Contains("filter", StringComparison.Ordinal) || t.Contains("skipped", StringComparison.Ordinal))
        {
            return MissingReason.Skipped;
        }

        return MissingReason.NoAnswer;
    }
}
