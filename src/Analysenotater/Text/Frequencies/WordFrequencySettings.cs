using System.Collections.Frozen;
using System.Globalization;
using Analysenotater.Text.Tokenization;
using Lucene.Net.Analysis.No;

namespace Analysenotater.Text.Frequencies;

/// <summary>
/// Every setting of a word-frequency analysis, as one immutable value printed with every result (<see cref="Describe"/>).
/// Change a setting with the <c>With…</c> methods, which validate and return a new value. Words are lower-cased with the
/// Norwegian culture before any list is applied; numbers, e-mail and web addresses, emoji and punctuation are never
/// counted.
/// </summary>
public sealed class WordFrequencySettings
{
    private WordFrequencySettings(
        int minimumLength,
        bool useStandardStopWords,
        FrozenSet<string> extraStopWords,
        FrozenSet<string> exclusions,
        StemmingMode stemming,
        NorwegianVariant variant,
        int maxNGram,
        int topN,
        int disclosureThreshold,
        FrequencyRanking ranking,
        bool foldWordsIntoPhrases = true)
    {
        FoldWordsIntoPhrases = foldWordsIntoPhrases;
        MinimumLength = minimumLength;
        UseStandardStopWords = useStandardStopWords;
        ExtraStopWords = extraStopWords;
        Exclusions = exclusions;
        Stemming = stemming;
        Variant = variant;
        MaxNGram = maxNGram;
        TopN = topN;
        DisclosureThreshold = disclosureThreshold;
        Ranking = ranking;
    }

    /// <summary>Lucene.Net's Norwegian stop-word list (NorwegianAnalyzer.DefaultStopSet, Snowball's list: bokmål and nynorsk function words).</summary>
    public static FrozenSet<string> StandardStopWords { get; } = NorwegianAnalyzer.DefaultStopSet.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Defaults: words of at least 3 letters, Lucene's Norwegian stop words, no exclusions, no stemming, single words
    /// only, top 20 by occurrences, disclosure threshold 5 respondents.
    /// </summary>
    public static WordFrequencySettings Default { get; } = new(3, true, FrozenSet<string>.Empty, FrozenSet<string>.Empty,
        StemmingMode.None, NorwegianVariant.Bokmal, 1, 20, 5, FrequencyRanking.Occurrences);

    /// <summary>
    /// The KoRus-Midt 2017 report's settings (section 5.8, NVivo): words of at least 4 letters; the words the report
    /// names as excluded («sette», «tatt», «etter», «alltid») as exclusions; Lucene's stop words (NVivo's own list is
    /// not printed); no stemming; single words and two-word phrases (the report lists «lang ventetid»); top 10 by
    /// occurrences; disclosure threshold 5.
    /// </summary>
    public static WordFrequencySettings KoRus2017Report { get; } = Default
        .WithMinimumLength(4)
        .WithExclusions("sette", "tatt", "etter", "alltid")
        .WithMaxNGram(2)
        .WithTopN(10);

    /// <summary>The fewest letters a word must have to be counted (1 or more). The report used 4.</summary>
    public int MinimumLength { get; }

    /// <summary>True when <see cref="StandardStopWords"/> are removed.</summary>
    public bool UseStandardStopWords { get; }

    /// <summary>Further stop words (lower case): removed before counting, and they break phrases.</summary>
    public FrozenSet<string> ExtraStopWords { get; }

    /// <summary>Words (lower case surface forms or, with stemming, any form of the group) dropped from the results, like the report's hand-removed words with several meanings or little information. A phrase containing one is dropped too.</summary>
    public FrozenSet<string> Exclusions { get; }

    /// <summary>Stemming mode.</summary>
    public StemmingMode Stemming { get; }

    /// <summary>The written standard(s) the stemmer handles.</summary>
    public NorwegianVariant Variant { get; }

    /// <summary>The longest phrase counted: 1 = single words only, 2 = also two-word phrases («lang ventetid»), at most 4.</summary>
    public int MaxNGram { get; }

    /// <summary>How many words the list shows (1 or more).</summary>
    public int TopN { get; }

    /// <summary>A word used by fewer respondents than this is never shown (1 or more; default 5, the Sør-Fron rule).</summary>
    public int DisclosureThreshold { get; }

    /// <summary>What the list is sorted by.</summary>
    public FrequencyRanking Ranking { get; }

    /// <summary>A copy with another minimum word length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public WordFrequencySettings WithMinimumLength(int letters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(letters, 1);
        return new(letters, UseStandardStopWords, ExtraStopWords, Exclusions, Stemming, Variant, MaxNGram, TopN, DisclosureThreshold, Ranking, FoldWordsIntoPhrases);
    }

    /// <summary>A copy with the standard stop words switched on or off.</summary>
    public WordFrequencySettings WithStandardStopWords(bool use) =>
        new(MinimumLength, use, ExtraStopWords, Exclusions, Stemming, Variant, MaxNGram, TopN, DisclosureThreshold, Ranking, FoldWordsIntoPhrases);

    /// <summary>A copy with these stop words added to <see cref="ExtraStopWords"/>.</summary>
    public WordFrequencySettings WithExtraStopWords(params string[] words) =>
        new(MinimumLength, UseStandardStopWords, Union(ExtraStopWords, words), Exclusions, Stemming, Variant, MaxNGram, TopN, DisclosureThreshold, Ranking, FoldWordsIntoPhrases);

    /// <summary>A copy with these words added to <see cref="Exclusions"/>.</summary>
    public WordFrequencySettings WithExclusions(params string[] words) =>
        new(MinimumLength, UseStandardStopWords, ExtraStopWords, Union(Exclusions, words), Stemming, Variant, MaxNGram, TopN, DisclosureThreshold, Ranking, FoldWordsIntoPhrases);

    /// <summary>A copy with another stemming mode and standard.</summary>
    public WordFrequencySettings WithStemming(StemmingMode mode, NorwegianVariant variant = NorwegianVariant.Bokmal)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown stemming mode.");
        }

        if ((variant & NorwegianVariant.Both) == 0 || (variant & ~NorwegianVariant.Both) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(variant), variant, "Choose Bokmal, Nynorsk or Both.");
        }

        return new(MinimumLength, UseStandardStopWords, ExtraStopWords, Exclusions, mode, variant, MaxNGram, TopN, DisclosureThreshold, Ranking, FoldWordsIntoPhrases);
    }

    /// <summary>A copy counting phrases up to <paramref name="n"/> words.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 1–4.</exception>
    public WordFrequencySettings WithMaxNGram(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 4);
        return new(MinimumLength, UseStandardStopWords, ExtraStopWords, Exclusions, Stemming, Variant, n, TopN, DisclosureThreshold, Ranking, FoldWordsIntoPhrases);
    }

    /// <summary>A copy showing the top <paramref name="n"/> words.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public WordFrequencySettings WithTopN(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return new(MinimumLength, UseStandardStopWords, ExtraStopWords, Exclusions, Stemming, Variant, MaxNGram, n, DisclosureThreshold, Ranking, FoldWordsIntoPhrases);
    }

    /// <summary>A copy with another disclosure threshold (respondents).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1: a word used by nobody cannot be shown, and 0 would switch the rule off.</exception>
    public WordFrequencySettings WithDisclosureThreshold(int respondents)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(respondents, 1);
        return new(MinimumLength, UseStandardStopWords, ExtraStopWords, Exclusions, Stemming, Variant, MaxNGram, TopN, respondents, Ranking, FoldWordsIntoPhrases);
    }

    /// <summary>A copy sorted by <paramref name="ranking"/>.</summary>
    public WordFrequencySettings WithRanking(FrequencyRanking ranking) =>
        new(MinimumLength, UseStandardStopWords, ExtraStopWords, Exclusions, Stemming, Variant, MaxNGram, TopN, DisclosureThreshold, ranking, FoldWordsIntoPhrases);

    /// <summary>
    /// With phrases on: a single word whose every occurrence lies inside one counted phrase («lang» only ever in «lang
    /// ventetid») is left out of the list, so the phrase is listed once, as the report printed it. Default true.
    /// </summary>
    public bool FoldWordsIntoPhrases { get; }

    /// <summary>A copy with folding of words into phrases switched on or off.</summary>
    public WordFrequencySettings WithFoldWordsIntoPhrases(bool fold) =>
        new(MinimumLength, UseStandardStopWords, ExtraStopWords, Exclusions, Stemming, Variant, MaxNGram, TopN, DisclosureThreshold, Ranking, fold);

    /// <summary>True when <paramref name="lowerWord"/> is a stop word under these settings.</summary>
    public bool IsStopWord(string lowerWord) =>
        (UseStandardStopWords && StandardStopWords.Contains(lowerWord)) || ExtraStopWords.Contains(lowerWord);

    /// <summary>The settings in one line, printed under every result.</summary>
    public string Describe()
    {
        var ci = CultureInfo.InvariantCulture;
        var parts = new List<string>
        {
            string.Create(ci, $"minste ordlengde {MinimumLength} bokstaver"),
            UseStandardStopWords ? $"stoppord: Lucene.Net NorwegianAnalyzer ({StandardStopWords.Count} ord)" : "stoppord: ingen standardliste",
        };
        if (ExtraStopWords.Count > 0)
        {
            parts.Add("ekstra stoppord: " + string.Join(", ", ExtraStopWords.Order(StringComparer.Ordinal)));
        }

        parts.Add(Exclusions.Count > 0 ? "utelatt: " + string.Join(", ", Exclusions.Order(StringComparer.Ordinal)) : "utelatt: ingen");
        parts.Add(Stemming == StemmingMode.None ? "stemming: av" : $"stemming: Lucene.Net Norwegian{Stemming}Stemmer ({Variant})");
        parts.Add(MaxNGram == 1 ? "enkeltord" : string.Create(ci, $"fraser opptil {MaxNGram} ord") + (FoldWordsIntoPhrases ? " (ord som bare står i én frase, vises bare i frasen)" : ""));
        parts.Add(string.Create(ci, $"topp {TopN} etter {(Ranking == FrequencyRanking.Occurrences ? "forekomster" : "respondenter")}"));
        parts.Add(string.Create(ci, $"ord brukt av færre enn {DisclosureThreshold} respondenter vises ikke"));
        return "Innstillinger: " + string.Join("; ", parts) + ".";
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    private static FrozenSet<string> Union(FrozenSet<string> set, string[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return set.Concat(more.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => NorwegianTokenizer.Lower(w.Trim()))).ToFrozenSet(StringComparer.Ordinal);
    }
}
