namespace Analysenotater.Notebooks.Packages;

/// <summary>A package or version could not be found or read; the message names the package, the version asked for and every source tried.</summary>
public sealed class PackageRestoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PackageRestoreException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PackageRestoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public PackageRestoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
