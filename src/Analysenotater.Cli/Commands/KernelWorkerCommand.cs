using System.CommandLine;
using Analysenotater.Kernel.Worker;

namespace Analysenotater.Cli.Commands;

/// <summary>
/// <c>analysenotater kernel worker --socket PATH</c>: the process that runs a kernel's cells. The kernel starts it
/// itself (see docs/kernel.md); it is not meant to be run by hand.
/// </summary>
internal sealed class KernelWorkerCommand : CliCommand<KernelSettings>
{
    private readonly Option<string> _socket = new("--socket")
    {
        Description = CliTexts.Get("Help.KernelWorker.Socket"),
        HelpName = "PATH",
    };

    /// <summary>Declares the option.</summary>
    public KernelWorkerCommand()
        : base("worker", CliTexts.Get("Help.KernelWorker"))
    {
        Add(_socket);
    }

    /// <inheritdoc />
    protected override KernelSettings Bind(ParseResult parseResult)
        => new(parseResult.GetValue(_socket) ?? throw new CliUsageException(CliTexts.Get("Error.WorkerSocket")), null);

    // The CLI's Ctrl+C token is not passed on: the supervisor forwards interrupts and stops the worker itself.

    /// <inheritdoc />
    protected override Task<int> ExecuteAsync(KernelSettings settings, CliContext context, CancellationToken cancellationToken)
        => Task.Run(() => WorkerHost.Run(settings.ConnectionFile!, context.Error), CancellationToken.None);
}
