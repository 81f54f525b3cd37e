namespace Analysenotater.Cli;

/// <summary>Wrong command-line arguments that the parser's validators cannot see (options that do not fit together); the message says what is wrong. Exit code 2.</summary>
/// <param name="message">What is wrong, for the user.</param>
internal sealed class CliUsageException(string message) : Exception(message);
