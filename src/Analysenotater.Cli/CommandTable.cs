using System.CommandLine;
using Analysenotater.Cli.Commands;
using Analysenotater.Cli.DataCommands;

namespace Analysenotater.Cli;

/// <summary>The subcommands of <c>analysenotater</c>. To add one, subclass <see cref="CliCommand{TSettings}"/> and add one line here.</summary>
internal static class CommandTable
{
    /// <summary>A fresh instance of every subcommand, in the order of the help.</summary>
    /// <returns>The commands.</returns>
    public static IReadOnlyList<Command> Create() =>
    [
        new RunCommand(),
        new ConvertCommand(),
        new BenchCommand(),
        new KernelCliCommand(),
        new ReproduceCommand(),
        new ValidateCommand(),
        new TableCommand(),
        new ConvertDataCommand(),
    ];
}
