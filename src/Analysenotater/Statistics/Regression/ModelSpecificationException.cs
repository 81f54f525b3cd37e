namespace Analysenotater.Statistics.Regression;

/// <summary>A model cannot be estimated as specified (constant or collinear predictor, too few cases, a lonely
/// cluster in a stratum …). The message names the variables and counts involved.</summary>
public sealed class ModelSpecificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelSpecificationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public ModelSpecificationException()
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public ModelSpecificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
