namespace Analysenotater.Notebooks.Documents;

/// <summary>A notebook file that cannot be read; the message names the file, the cell (1-based) and the problem.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotebookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public NotebookFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public NotebookFormatException()
        : base("The notebook cannot be read.")
    {
    }
}
