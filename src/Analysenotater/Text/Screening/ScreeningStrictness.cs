namespace Analysenotater.Text.Screening;

/// <summary>The trade-off between withholding too much and printing too much.</summary>
public enum ScreeningStrictness
{
    /// <summary>Act on every flag, doubtful ones included: withhold on any doubt. The default.</summary>
    Strict,

    /// <summary>Act on certain flags only; a comment whose only flags are <see cref="ScreeningCertainty.Doubtful"/> is kept as written.</summary>
    Balanced,
}
