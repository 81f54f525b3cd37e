using Analysenotater.Kernel.CSharp;
using Analysenotater.Kernel.Interpreting;
using Analysenotater.Kernel.KernelSpecs;
using Analysenotater.Kernel.Transport;
using Analysenotater.Kernel.Worker;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Kernel.Hosting;

/// <summary>
/// The <c>analysenotater kernel …</c> command line:
/// <c>kernel -f connection.json</c> runs the kernel; <c>kernel install [--user|--prefix DIR]</c> writes the
/// <c>.net-csharp</c> kernelspec (default <c>--user</c>). Returns a process exit code: 0 success, 1 failure, 2 usage error.
/// </summary>
public static class KernelCommand
{
    /// <summary>The usage text printed for <c>--help</c> and for usage errors.</summary>
    public const string Usage =
        "Usage:\n" +
        "  analysenotater kernel -f <connection_file>           run the Jupyter kernel (Jupyter starts this)\n" +
        "  analysenotater kernel install [--user|--prefix DIR]  install the '.net-csharp' kernelspec (default: --user)\n";

    /// <summary>
    /// Runs the command as the CLI does: the C# interpreter (a <see cref="ScriptSession"/> in the current directory,
    /// which Jupyter sets to the notebook's folder), the running program as launch command, the console for output.
    /// </summary>
    /// <param name="args">The arguments after <c>kernel</c>, e.g. <c>-f connection.json</c> or <c>install --user</c>.</param>
    /// <returns>The exit code: 0 success, 1 failure, 2 usage error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="args"/> is null.</exception>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Run(args, CreateCSharpInterpreter, CurrentLaunchCommand(), Console.Out, Console.Error);
    }

    /// <summary>Creates the C# interpreter the kernel serves: a fresh engine session in the current directory.</summary>
    /// <returns>The interpreter.</returns>
    /// <remarks>
    /// Cells run in a worker process (<c>kernel worker</c>) under a <see cref="SupervisedInterpreter"/>, so a cell that
    /// crashes its process cannot take the kernel's sockets with it. <c>ANALYSENOTATER_KERNEL_IN_PROCESS=1</c> runs cells
    /// in the kernel process instead (no protection; for debugging); <c>ANALYSENOTATER_INTERRUPT_GRACE_SECONDS</c> sets
    /// how long an interrupted cell may run on before its worker is stopped (default 5);
    /// <c>ANALYSENOTATER_WORKER_HEAP_LIMIT_MB</c> limits the worker's managed heap (default: the runtime's).
    /// </remarks>
    public static IInterpreter CreateCSharpInterpreter()
    {
        if (Environment.GetEnvironmentVariable("ANALYSENOTATER_KERNEL_IN_PROCESS") == "1")
        {
            return CreateInProcessInterpreter();
        }

        var grace = double.TryParse(Environment.GetEnvironmentVariable("ANALYSENOTATER_INTERRUPT_GRACE_SECONDS"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(5);
        var options = new SupervisorOptions
        {
            WorkerCommand = [.. CurrentLaunchCommand(), "kernel", "worker"],
            WorkingDirectory = Environment.CurrentDirectory,
            InterruptGracePeriod = grace,
            WorkerHeapLimitBytes = double.TryParse(Environment.GetEnvironmentVariable("ANALYSENOTATER_WORKER_HEAP_LIMIT_MB"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var mb) && mb > 0
                ? (long)(mb * 1024 * 1024)
                : null,
        };
        return new SupervisedInterpreter(options, new KernelLog(Console.Error));
    }

    /// <summary>Creates an interpreter that runs cells in this process (no crash protection): a fresh engine session in the current directory.</summary>
    /// <returns>The interpreter.</returns>
    public static IInterpreter CreateInProcessInterpreter()
        => new ScriptSessionInterpreter(new ScriptSession(new ScriptSessionOptions { BaseDirectory = Environment.CurrentDirectory, WarmUp = false }));

    /// <summary>Runs the command with explicit dependencies (used by the CLI and by tests).</summary>
    /// <param name="args">The arguments after <c>kernel</c>.</param>
    /// <param name="interpreterFactory">Creates the interpreter when the kernel runs.</param>
    /// <param name="launchCommand">The command that starts this CLI, written into the kernelspec (e.g. <c>dotnet …/analysenotater.dll</c>).</param>
    /// <param name="output">Where normal output goes.</param>
    /// <param name="error">Where errors and the kernel log go.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(IReadOnlyList<string> args, Func<IInterpreter> interpreterFactory, IReadOnlyList<string> launchCommand, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(interpreterFactory);
        ArgumentNullException.ThrowIfNull(launchCommand);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Count == 0 ? error : output).Write(Usage);
            return args.Count == 0 ? 2 : 0;
        }

        if (args[0] == "worker")
        {
            if (args.Count != 3 || args[1] != "--socket")
            {
                error.WriteLine("kernel worker: expected '--socket <path>' (the kernel starts its workers itself).");
                return 2;
            }

            StartupTrace.Mark("worker", "kernel worker command");
            return WorkerHost.Run(args[2], error);
        }

        return args[0] == "install"
            ? Install(args, launchCommand, output, error)
            : Serve(args, interpreterFactory, error);
    }

    /// <summary>Gets the command that starts the running program: <c>dotnet &lt;entry&gt;.dll</c>, or the native launcher.</summary>
    /// <returns>The program and its leading arguments.</returns>
    public static IReadOnlyList<string> CurrentLaunchCommand()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        var isMuxer = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        if (isMuxer && !string.IsNullOrEmpty(entry))
        {
            return [process, entry];
        }

        return string.IsNullOrEmpty(entry) || !entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? [process] : ["dotnet", entry];
    }

    private static int Install(IReadOnlyList<string> args, IReadOnlyList<string> launchCommand, TextWriter output, TextWriter error)
    {
        string? prefix = null;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--user":
                    break;
                case "--prefix" when i + 1 < args.Count:
                    prefix = args[++i];
                    break;
                default:
                    error.WriteLine($"kernel install: unknown or incomplete option '{args[i]}'.");
                    error.Write(Usage);
                    return 2;
            }
        }

        try
        {
            var spec = KernelSpec.ForCSharp(launchCommand);
            var directory = prefix is null
                ? KernelSpecInstaller.InstallForUser(spec, KernelSpec.DefaultName)
                : KernelSpecInstaller.InstallToPrefix(spec, KernelSpec.DefaultName, prefix);
            output.WriteLine($"Installed kernelspec '{KernelSpec.DefaultName}' ({KernelSpec.DefaultDisplayName}) in {directory}");
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"kernel install: cannot write the kernelspec: {exception.Message}");
            return 1;
        }
    }

    private static int Serve(IReadOnlyList<string> args, Func<IInterpreter> interpreterFactory, TextWriter error)
    {
        if (args.Count != 2 || args[0] is not ("-f" or "--connection-file"))
        {
            error.WriteLine($"kernel: expected '-f <connection_file>', got '{string.Join(' ', args)}'.");
            error.Write(Usage);
            return 2;
        }

        StartupTrace.Mark("supervisor", "kernel command");
        var log = new KernelLog(error);
        try
        {
            var connection = ConnectionInfo.Load(args[1]);
            var interpreter = interpreterFactory();
            StartupTrace.Mark("supervisor", "interpreter created");
            try
            {
                KernelHost.RunAsync(connection, interpreter, log, CancellationToken.None).GetAwaiter().GetResult();
            }
            finally
            {
                (interpreter as IDisposable)?.Dispose();
            }

            return 0;
        }
        catch (InvalidDataException exception)
        {
            log.Error(exception.Message);
            return 1;
        }
        catch (NetMQ.NetMQException exception)
        {
            log.Error($"Cannot open the kernel's sockets: {exception.Message}");
            return 1;
        }
    }
}
