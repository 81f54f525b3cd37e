using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>
/// One comment being screened: its text, tokens, sentence numbers, the lexicon and the flags found so far. Detectors
/// read it and add flags; a flag overlapping an earlier one is dropped, so the order of detectors sets precedence.
/// </summary>
internal sealed class ScreeningText
{
    private static readonly HashSet<string> SentenceEnders = [".", "!", "?", ":", ";", "•", "·", "*", "\u2022"];
    private static readonly HashSet<string> Openers = ["«", "\"", "(", "'", "“", "‘", "[", "-", "–", "—"];

    public ScreeningText(string text, ScreeningLexicon lexicon)
    {
        Text = text;
        Lexicon = lexicon;
        Tokens = NorwegianTokenizer.Tokenize(text);
        Sentence = new int[Tokens.Count];
        var s = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (i > 0 && StartsSentence(i))
            {
                s++;
            }

            Sentence[i] = s;
        }
    }

    public string Text { get; }

    public ScreeningLexicon Lexicon { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentence number of each token.</summary>
    public int[] Sentence { get; }

    public List<ScreeningFlag> Flags { get; } = [];

    /// <summary>Lower-case text of token <paramref name="i"/>, or "" outside the comment.</summary>
    public string Lower(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : "";

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Word;

    /// <summary>The index of the next word token after <paramref name="i"/> in the same sentence, or -1.</summary>
    public int NextWord(int i)
    {
        for (var k = i + 1; k < Tokens.Count && Sentence[k] == Sentence[i]; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word)
            {
                return k;
            }

            if (Tokens[k].Kind != TokenKind.Punctuation || Tokens[k].Text is "," or ")" or "(")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The index of the previous word token before <paramref name="i"/> in the same sentence (no comma between), or -1.</summary>
    public int PrevWord(int i)
    {
        for (var k = i - 1; k >= 0 && Sentence[k] == Sentence[i]; k--)
        {
            if (Tokens[k].Kind == TokenKind.Word)
            {
                return k;
            }

            if (Tokens[k].Kind != TokenKind.Punctuation || Tokens[k].Text is "," or ")" or "(")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when token <paramref name="i"/> starts a sentence: first token, or after . ! ? : ; a bullet, an emoji or a line break (opening quotes and dashes skipped).</summary>
    public bool StartsSentence(int i)
    {
        var k = i - 1;
        while (k >= 0 && Tokens[k].Kind == TokenKind.Punctuation && Openers.Contains(Tokens[k].Text))
        {
            k--;
        }

        if (k < 0)
        {
            return true;
        }

        var prev = Tokens[k];
        if (prev.Kind == TokenKind.Emoji || Text.AsSpan(prev.End, Tokens[i].Start - prev.End).Contains('\n'))
        {
            return true;
        }

        return prev.Kind == TokenKind.Punctuation && SentenceEnders.Contains(prev.Text)
            && !(prev.Text == "." && k > 0 && Tokens[k - 1].Kind == TokenKind.Number && Tokens[k - 1].Text.Length <= 2); // «2. juledag»
    }

    /// <summary>True when token <paramref name="i"/> is the first word of its sentence.</summary>
    public bool IsSentenceInitial(int i) => StartsSentence(i) || PrevWord(i) < 0 && FirstWordOfSentence(i);

    private bool FirstWordOfSentence(int i)
    {
        for (var k = i - 1; k >= 0 && Sentence[k] == Sentence[i]; k--)
        {
            if (Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    public bool Overlaps(int start, int length)
    {
        foreach (var f in Flags)
        {
            if (start < f.End && f.Start < start + length)
            {
                return true;
            }
        }

        return false;
    }

    public bool Covered(int tokenIndex) => Overlaps(Tokens[tokenIndex].Start, Tokens[tokenIndex].Length);

    /// <summary>Adds a flag unless it overlaps one already found; returns true when added.</summary>
    public bool Add(IdentifierKind kind, int start, int end, string reason, string detector, ScreeningCertainty certainty = ScreeningCertainty.Certain)
    {
        if (end <= start || Overlaps(start, end - start))
        {
            return false;
        }

        Flags.Add(new ScreeningFlag(kind, start, end - start, reason, detector, certainty));
        return true;
    }

    /// <summary>Adds a flag over tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public bool AddTokens(IdentifierKind kind, int first, int last, string reason, string detector, ScreeningCertainty certainty = ScreeningCertainty.Certain) =>
        Add(kind, Tokens[first].Start, Tokens[last].End, reason, detector, certainty);

    /// <summary>The token index that contains character <paramref name="pos"/>, or the next one.</summary>
    public int TokenAt(int pos)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].End > pos)
            {
                return i;
            }
        }

        return Tokens.Count;
    }

    /// <summary>True when the word is a common word (word list, medicine, English) or a function word.</summary>
    public bool IsCommonWord(string lower) => Lexicon.IsKnownCommonWord(lower) || NorwegianGrammarWords.Function.Contains(lower);

    /// <summary>True when the word is common, or a compound of two common words with an optional linking s or e
    /// («kvalifiseringsprogrammet», «jobbstøtte»); a hyphenated word when every part is.</summary>
    public bool IsCommonOrCompound(string lower)
    {
        if (IsCommonWord(lower))
        {
            return true;
        }

        if (lower.Contains('-', StringComparison.Ordinal))
        {
            var parts = lower.Split('-', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length > 1 && parts.All(p => p.Length <= 2 || IsCommonOrCompound(p) || p.All(char.IsDigit));
        }

        if (Lexicon.WordList is null || lower.Length < 7)
        {
            return false;
        }

        for (var i = 3; i <= lower.Length - 3; i++)
        {
            var right = lower[i..];
            if (!Lexicon.WordList.IsCommon(right))
            {
                continue;
            }

            var left = lower[..i];
            if (Lexicon.WordList.IsCommon(left) || (left.Length > 3 && left[^1] is 's' or 'e' && Lexicon.WordList.IsCommon(left[..^1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for acronyms and mixed-case abbreviations («NAV», «KiD», «FACT-teamet»).</summary>
    public static bool IsAcronymLike(string text)
    {
        var head = text.Split('-')[0];
        return head.Count(char.IsUpper) >= 2;
    }

    /// <summary>A definite-form noun ending («-en», «-et», «-a», «-ene», «-ane»).</summary>
    public static bool LooksDefinite(string lower) =>
        lower.Length > 3 && (lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("et", StringComparison.Ordinal) || lower.EndsWith('a')
            || lower.EndsWith("ene", StringComparison.Ordinal) || lower.EndsWith("ane", StringComparison.Ordinal) || lower.EndsWith("i", StringComparison.Ordinal));

    /// <summary>True when token <paramref name="i"/> is a time or calendar word (month, weekday, season, holiday).</summary>
    public bool IsCalendarWord(int i)
    {
        var lw = Lower(i);
        return NorwegianGrammarWords.Months.Contains(lw) || NorwegianGrammarWords.Weekdays.Contains(lw) || NorwegianGrammarWords.Seasons.Contains(lw)
            || NorwegianGrammarWords.Holidays.Contains(lw);
    }
}
