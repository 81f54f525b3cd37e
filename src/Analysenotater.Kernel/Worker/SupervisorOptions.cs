namespace Analysenotater.Kernel.Worker;

/// <summary>Settings of a <see cref="SupervisedInterpreter"/>. Immutable.</summary>
public sealed class SupervisorOptions
{
    /// <summary>The program and leading arguments that start a worker (e.g. <c>dotnet Analysenotater.Cli.dll kernel worker</c>); <c>--socket PATH</c> is appended.</summary>
    public required IReadOnlyList<string> WorkerCommand { get; init; }

    /// <summary>The worker's current directory (Jupyter starts the kernel in the notebook's folder). Default: the current directory.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// How long a cell may run on after an interrupt before its worker process is stopped and replaced (the cell's
    /// variables are lost, and the reply says so). Default 5 seconds; the environment variable
    /// <c>ANALYSENOTATER_INTERRUPT_GRACE_SECONDS</c> overrides it in <see cref="Hosting.KernelCommand"/>.
    /// </summary>
    public TimeSpan InterruptGracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The worker's managed heap limit in bytes (the runtime's <c>GCHeapHardLimit</c>), or null for the runtime's default.
    /// A cell that needs more gets an <see cref="OutOfMemoryException"/> instead of exhausting the machine.
    /// <c>ANALYSENOTATER_WORKER_HEAP_LIMIT_MB</c> sets it in <see cref="Hosting.KernelCommand"/>.
    /// </summary>
    public long? WorkerHeapLimitBytes { get; init; }

    /// <summary>How long to wait for a new worker to connect. Default 60 seconds.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a completion, inspection or completeness question may take before it is answered empty. Default 30 seconds.</summary>
    public TimeSpan QuestionTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
