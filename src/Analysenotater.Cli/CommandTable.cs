using Analysenotater.Cli.Commands;
using Analysenotater.Cli.DataCommands;

namespace Analysenotater.Cli;

/// <summary>The subcommands of <c>analysenotater</c>. To add one, implement <see cref="ICliCommand"/> and add one line here.</summary>
internal static class CommandTable
{
    public static IReadOnlyList<ICliCommand> All { get; } =
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
