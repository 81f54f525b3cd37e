namespace Analysenotater.Text.Screening;

/// <summary>
/// Decides, per kind of identifying detail, whether a flagged comment is withheld, redacted or kept, and whether
/// doubtful flags count (<see cref="Strictness"/>). Immutable; the default (<see cref="Default"/> = <see cref="Strict"/>)
/// withholds every comment with any flag, doubtful ones included, following the Sør-Fron rule that free text which can
/// identify a respondent is deleted. <see cref="Balanced"/> acts on certain flags only. <see cref="ScreeningAction.Keep"/>
/// is never a default: it must be set explicitly with <see cref="With"/>. A comment with several flags gets the strictest
/// action (withhold before redact before keep).
/// </summary>
public sealed class ScreeningPolicy
{
    private readonly IReadOnlyDictionary<IdentifierKind, ScreeningAction> _actions;

    private ScreeningPolicy(IReadOnlyDictionary<IdentifierKind, ScreeningAction> actions, ScreeningStrictness strictness)
    {
        _actions = actions;
        Strictness = strictness;
    }

    /// <summary>Withhold every comment that has any flag, doubtful flags included (the default).</summary>
    public static ScreeningPolicy Strict { get; } = new(AllKinds(ScreeningAction.Withhold), ScreeningStrictness.Strict);

    /// <summary>Withhold every comment that has a certain flag; doubtful flags alone (a capitalised unknown word, a date without an event) keep the comment.</summary>
    public static ScreeningPolicy Balanced { get; } = new(AllKinds(ScreeningAction.Withhold), ScreeningStrictness.Balanced);

    /// <summary>The default policy: <see cref="Strict"/>.</summary>
    public static ScreeningPolicy Default => Strict;

    /// <summary>Redact every flagged span (doubtful ones included) and keep the rest of the comment.</summary>
    public static ScreeningPolicy RedactAll { get; } = new(AllKinds(ScreeningAction.Redact), ScreeningStrictness.Strict);

    /// <summary>Whether doubtful flags count (<see cref="ScreeningStrictness.Strict"/>) or are ignored (<see cref="ScreeningStrictness.Balanced"/>).</summary>
    public ScreeningStrictness Strictness { get; }

    /// <summary>The action for a kind of flag.</summary>
    public ScreeningAction ActionFor(IdentifierKind kind) => _actions.TryGetValue(kind, out var a) ? a : ScreeningAction.Withhold;

    /// <summary>True when this policy acts on <paramref name="flag"/> (always under strict; certain flags only under balanced).</summary>
    public bool Counts(ScreeningFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return Strictness == ScreeningStrictness.Strict || flag.Certainty == ScreeningCertainty.Certain;
    }

    /// <summary>A copy of this policy with <paramref name="action"/> for <paramref name="kind"/>.</summary>
    public ScreeningPolicy With(IdentifierKind kind, ScreeningAction action)
    {
        var d = new Dictionary<IdentifierKind, ScreeningAction>(_actions) { [kind] = action };
        return new ScreeningPolicy(d, Strictness);
    }

    /// <summary>A copy of this policy with another strictness.</summary>
    public ScreeningPolicy WithStrictness(ScreeningStrictness strictness) => new(_actions, strictness);

    /// <summary>The action for a comment with these flags: the strictest action of the flags this policy counts; keep when there are none.</summary>
    public ScreeningAction Decide(IEnumerable<ScreeningFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var result = ScreeningAction.Keep;
        foreach (var f in flags)
        {
            if (!Counts(f))
            {
                continue;
            }

            var a = ActionFor(f.Kind);
            if (a > result)
            {
                result = a;
            }
        }

        return result;
    }

    /// <summary>The strictness and one entry per kind, for printing under results, kinds and actions in <see cref="Localization.MessageLanguage.Current"/> («streng; Personnavn: hold tilbake; …»).</summary>
    public string Describe() =>
        (Strictness == ScreeningStrictness.Strict ? "streng (holder tilbake ved enhver tvil)" : "balansert (bare sikre funn teller)") + "; "
        + string.Join("; ", Enum.GetValues<IdentifierKind>().Select(k => $"{Localization.Messages.Name(k)}: {Localization.Messages.Name(ActionFor(k))}"));

    /// <inheritdoc />
    public override string ToString() => Describe();

    private static Dictionary<IdentifierKind, ScreeningAction> AllKinds(ScreeningAction a) => Enum.GetValues<IdentifierKind>().ToDictionary(k => k, _ => a);
}
