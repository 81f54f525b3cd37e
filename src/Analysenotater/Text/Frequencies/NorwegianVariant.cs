namespace Analysenotater.Text.Frequencies;

/// <summary>Which written standard(s) the stemmer handles (flags; maps to Lucene.Net's NorwegianStandard).</summary>
[Flags]
public enum NorwegianVariant
{
    /// <summary>Bokmål endings.</summary>
    Bokmal = 1,

    /// <summary>Nynorsk endings.</summary>
    Nynorsk = 2,

    /// <summary>Both standards.</summary>
    Both = Bokmal | Nynorsk,
}
