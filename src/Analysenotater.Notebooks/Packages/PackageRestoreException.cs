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

    /// <summary>Creates the exception for the directive on <paramref name="line"/> of its cell (0: a dependency or unknown).</summary>
    public PackageRestoreException(string message, int line)
        : base(message) => Line = line;

    /// <summary>The 1-based line of the cell's <c>#r</c> directive the failure belongs to; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public PackageRestoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
