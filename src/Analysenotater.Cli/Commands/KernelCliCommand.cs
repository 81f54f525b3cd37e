using Analysenotater.Kernel.Hosting;

namespace Analysenotater.Cli.Commands;

/// <summary>
/// <c>analysenotater kernel -f connection.json</c> runs the Jupyter kernel; <c>analysenotater kernel install
/// [--user|--prefix DIR]</c> writes the <c>.net-csharp</c> kernelspec. Delegates to <see cref="KernelCommand"/>.
/// </summary>
internal sealed class KernelCliCommand : ICliCommand
{
    public string Name => "kernel";

    public string Usage => "kernel -f <connection_file> | kernel install [--user|--prefix DIR]";

    public string Summary => "Runs the C# Jupyter kernel (Jupyter starts it), or installs its kernelspec '.net-csharp' (\"C# (Analysenotater)\").";

    // The CLI's Ctrl+C token is not passed on: in a kernel SIGINT interrupts the running cell and the process lives on.
    public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
        => Task.Run(() => KernelCommand.Run(args, KernelCommand.CreateCSharpInterpreter, KernelCommand.CurrentLaunchCommand(), context.Out, context.Error), CancellationToken.None);
}
