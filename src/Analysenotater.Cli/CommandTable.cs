using Analysenotater.Cli.Commands;

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
    ];
}
