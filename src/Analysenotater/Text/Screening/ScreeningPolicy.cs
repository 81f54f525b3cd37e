namespace Analysenotater.Text.Screening;

/// <summary>
/// Decides, per kind of identifying detail, whether a flagged comment is withheld, redacted or kept. Immutable; the
/// default (<see cref="Default"/>) withholds every comment with any flag, following the Sør-Fron rule that free text
/// which can identify a respondent is deleted. <see cref="ScreeningAction.Keep"/> is never a default: it must be set
/// explicitly with <see cref="With"/>. A comment with several flags gets the strictest action (withhold before redact
/// before keep).
/// </summary>
public sealed class ScreeningPolicy
{
    private readonly IReadOnlyDictionary<IdentifierKind, ScreeningAction> _actions;

    private ScreeningPolicy(IReadOnlyDictionary<IdentifierKind, ScreeningAction> actions) => _actions = actions;

    /// <summary>Withhold every comment that has any flag.</summary>
    public static ScreeningPolicy Default { get; } = new(Enum.GetValues<IdentifierKind>().ToDictionary(k => k, _ => ScreeningAction.Withhold));

    /// <summary>Redact every flagged span and keep the rest of the comment.</summary>
    public static ScreeningPolicy RedactAll { get; } = new(Enum.GetValues<IdentifierKind>().ToDictionary(k => k, _ => ScreeningAction.Redact));

    /// <summary>The action for a kind of flag.</summary>
    public ScreeningAction ActionFor(IdentifierKind kind) => _actions.TryGetValue(kind, out var a) ? a : ScreeningAction.Withhold;

    /// <summary>A copy of this policy with <paramref name="action"/> for <paramref name="kind"/>.</summary>
    public ScreeningPolicy With(IdentifierKind kind, ScreeningAction action)
    {
        var d = new Dictionary<IdentifierKind, ScreeningAction>(_actions) { [kind] = action };
        return new ScreeningPolicy(d);
    }

    /// <summary>The action for a comment with these flags: the strictest of their actions; keep when there are none.</summary>
    public ScreeningAction Decide(IEnumerable<ScreeningFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var result = ScreeningAction.Keep;
        foreach (var f in flags)
        {
            var a = ActionFor(f.Kind);
            if (a > result)
            {
                result = a;
            }
        }

        return result;
    }

    /// <summary>One line per kind, for printing under results, in <see cref="Localization.MessageLanguage.Current"/> («Personnavn: hold tilbake; …»).</summary>
    public string Describe() => string.Join("; ", Enum.GetValues<IdentifierKind>().Select(k => $"{Localization.Messages.Name(k)}: {Localization.Messages.Name(ActionFor(k))}"));

    /// <inheritdoc />
    public override string ToString() => Describe();
}
