namespace Analysenotater.Notebooks.Parameters;

/// <summary>A <c>-p name=value</c> that cannot be injected; the message names the notebook, the parameter and the value.</summary>
public sealed class ParameterException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ParameterException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ParameterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ParameterException()
        : base("A parameter cannot be injected.")
    {
    }
}
