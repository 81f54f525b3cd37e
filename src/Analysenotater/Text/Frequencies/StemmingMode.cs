namespace Analysenotater.Text.Frequencies;

/// <summary>Whether and how words are grouped by stem before counting.</summary>
public enum StemmingMode
{
    /// <summary>No stemming: every surface form (lower-cased) is its own word.</summary>
    None,

    /// <summary>Lucene.Net's NorwegianLightStemmer (removes common inflection and some derivation suffixes).</summary>
    Light,

    /// <summary>Lucene.Net's NorwegianMinimalStemmer (removes plural and definite endings only).</summary>
    Minimal,
}
