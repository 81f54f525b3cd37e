using System.CommandLine;
using Analysenotater.Kernel.Hosting;

namespace Analysenotater.Cli.Commands;

/// <summary>
/// <c>analysenotater kernel -f connection.json</c> runs the Jupyter kernel; <c>analysenotater kernel install
/// [--user|--prefix DIR]</c> writes the <c>.net-csharp</c> kernelspec. Delegates to <see cref="KernelCommand"/>.
/// </summary>
internal sealed class KernelCliCommand : CliCommand<KernelSettings>
{
    private readonly Option<string> _connectionFile = new("--connection-file", "-f")
    {
        Description = CliTexts.Get("Help.Kernel.ConnectionFile"),
        HelpName = "connection_file",
    };

    /// <summary>Declares the option and the <c>install</c> subcommand.</summary>
    public KernelCliCommand()
        : base("kernel", CliTexts.Get("Help.Kernel"))
    {
        Add(_connectionFile);
        Add(new KernelInstallCommand());
        Add(new KernelWorkerCommand());
    }

    /// <inheritdoc />
    protected override KernelSettings Bind(ParseResult parseResult)
        => new(parseResult.GetValue(_connectionFile) ?? throw new CliUsageException(CliTexts.Get("Error.KernelConnection")), null);

    // The CLI's Ctrl+C token is not passed on: in a kernel SIGINT interrupts the running cell and the process lives on.

    /// <inheritdoc />
    protected override Task<int> ExecuteAsync(KernelSettings settings, CliContext context, CancellationToken cancellationToken)
        => Task.Run(() => KernelCommand.Run(["-f", settings.ConnectionFile!], KernelCommand.CreateCSharpInterpreter, KernelCommand.CurrentLaunchCommand(), context.Out, context.Error), CancellationToken.None);
}
