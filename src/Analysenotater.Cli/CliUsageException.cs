namespace Analysenotater.Cli;

/// <summary>Wrong command-line arguments; the message says what is wrong. Exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
