namespace Analysenotater.Cli;

/// <summary>The exit codes of <c>analysenotater</c>.</summary>
internal static class CliExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The work ran and failed (a cell raised, the data had errors under <c>--strict</c>).</summary>
    public const int Failure = 1;

    /// <summary>Wrong arguments, or an input that does not exist or cannot be read.</summary>
    public const int Usage = 2;
}
