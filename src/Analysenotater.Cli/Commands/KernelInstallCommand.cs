using System.CommandLine;
using Analysenotater.Kernel.Hosting;

namespace Analysenotater.Cli.Commands;

/// <summary><c>analysenotater kernel install [--user|--prefix DIR]</c>: writes the <c>.net-csharp</c> kernelspec (default: for the user).</summary>
internal sealed class KernelInstallCommand : CliCommand<KernelSettings>
{
    private readonly Option<bool> _user = new("--user") { Description = CliTexts.Get("Help.KernelInstall.User") };

    private readonly Option<string> _prefix = new("--prefix")
    {
        Description = CliTexts.Get("Help.KernelInstall.Prefix"),
        HelpName = "DIR",
    };

    /// <summary>Declares the options.</summary>
    public KernelInstallCommand()
        : base("install", CliTexts.Get("Help.KernelInstall"))
    {
        Add(_user);
        Add(_prefix);
    }

    /// <inheritdoc />
    protected override KernelSettings Bind(ParseResult parseResult)
    {
        var prefix = parseResult.GetValue(_prefix);
        return parseResult.GetValue(_user) && prefix is not null
            ? throw new CliUsageException(CliTexts.Get("Error.UserPrefix"))
            : new KernelSettings(null, prefix);
    }

    /// <inheritdoc />
    protected override Task<int> ExecuteAsync(KernelSettings settings, CliContext context, CancellationToken cancellationToken)
    {
        string[] args = settings.Prefix is null ? ["install", "--user"] : ["install", "--prefix", settings.Prefix];
        return Task.FromResult(KernelCommand.Run(args, KernelCommand.CreateCSharpInterpreter, KernelCommand.CurrentLaunchCommand(), context.Out, context.Error));
    }
}
