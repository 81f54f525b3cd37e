namespace Analysenotater.Cli;

/// <summary>One subcommand of <c>analysenotater</c>. Register it with one line in <see cref="CommandTable"/>.</summary>
internal interface ICliCommand
{
    /// <summary>The word after <c>analysenotater</c>, for example "run".</summary>
    string Name { get; }

    /// <summary>One line of usage, for example "run &lt;notebook|folder|script.csx&gt; [-p name=value]…".</summary>
    string Usage { get; }

    /// <summary>One sentence saying what the command does.</summary>
    string Summary { get; }

    /// <summary>Runs the command with the arguments after its name; returns the process exit code.</summary>
    /// <exception cref="CliUsageException">Bad arguments (exit code 2, message shown with the usage).</exception>
    Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken);
}
