namespace Analysenotater.Text.Tokenization;

/// <summary>What a <see cref="Token"/> is.</summary>
public enum TokenKind
{
    /// <summary>A word of letters (æøå and other letters included), possibly with inner hyphens or apostrophes («e-post», «Sør-Fron», «Kari's»).</summary>
    Word,

    /// <summary>A number, possibly with inner separators («34», «1,5», «12.03.2020», «07:30»).</summary>
    Number,

    /// <summary>A web address kept whole («https://…», «www.…»).</summary>
    Url,

    /// <summary>An e-mail address kept whole.</summary>
    Email,

    /// <summary>An emoji (with modifiers and joiners) or a text smiley such as «:)».</summary>
    Emoji,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}
