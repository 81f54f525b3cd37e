namespace Analysenotater.Text.Tokenization;

/// <summary>
/// One token of a text: its surface form as written, its lower-cased form (Norwegian culture), its kind and where it
/// starts in the text (UTF-16 index).
/// </summary>
/// <param name="Text">The token as written.</param>
/// <param name="Lower">The token lower-cased with the Norwegian culture (nb-NO).</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">The index of its first character in the text (UTF-16 code units).</param>
public readonly record struct Token(string Text, string Lower, TokenKind Kind, int Start)
{
    /// <summary>The number of UTF-16 code units the token covers.</summary>
    public int Length => Text.Length;

    /// <summary>The index just after the token.</summary>
    public int End => Start + Text.Length;

    /// <summary>True when the first letter is upper case («Kari», «NAV»).</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>True when every letter is upper case and there are at least two letters («NAV», «DPS»).</summary>
    public bool IsAllCaps => Text.Count(char.IsLetter) >= 2 && Text.Where(char.IsLetter).All(char.IsUpper);
}
