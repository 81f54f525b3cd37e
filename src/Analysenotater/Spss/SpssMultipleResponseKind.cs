namespace Analysenotater.Spss;

/// <summary>The kind of an SPSS multiple-response set.</summary>
public enum SpssMultipleResponseKind
{
    /// <summary>Multiple dichotomy group (<c>MDGROUP</c>): each variable is one tick box; the counted value marks «ticked».</summary>
    Dichotomies,

    /// <summary>Multiple category group (<c>MCGROUP</c>): each variable holds one of the chosen categories.</summary>
    Categories,
}
