namespace Analysenotater.Statistics.Design;

/// <summary>Thrown under <see cref="LonelyPsuPolicy.Fail"/> when a stratum in the estimation domain has only one PSU.</summary>
public sealed class LonelyPsuException : InvalidOperationException
{
    /// <summary>Creates the exception for a stratum.</summary>
    public LonelyPsuException(string stratum, string psu)
        : base($"Stratum '{stratum}' has only one PSU ('{psu}'), so its variance cannot be estimated. Choose LonelyPsuPolicy.Adjust (the PSU contributes its squared score, conservative), Centered (centred at the mean of all PSU totals, Stata singleunit(centered)), Remove or Certainty when building the SurveyDesign (R: options(survey.lonely.psu = \"adjust\"/\"remove\"/\"certainty\")).")
    {
        Stratum = stratum;
        Psu = psu;
    }

    /// <summary>Creates the exception with a message.</summary>
    public LonelyPsuException()
        : base("A stratum has only one PSU.")
    {
        Stratum = "";
        Psu = "";
    }

    /// <summary>Creates the exception with a message.</summary>
    public LonelyPsuException(string message)
        : base(message)
    {
        Stratum = "";
        Psu = "";
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public LonelyPsuException(string message, Exception innerException)
        : base(message, innerException)
    {
        Stratum = "";
        Psu = "";
    }

    /// <summary>The stratum's label.</summary>
    public string Stratum { get; }

    /// <summary>The lonely PSU's label.</summary>
    public string Psu { get; }
}
