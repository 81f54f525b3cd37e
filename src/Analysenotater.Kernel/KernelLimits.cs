namespace Analysenotater.Kernel;

/// <summary>Limits the kernel applies to incoming messages. Immutable.</summary>
public sealed class KernelLimits
{
    /// <summary>The default message size limit: 16 MiB (a cell's code, far above any real cell; data belongs in files).</summary>
    public const long DefaultMaxMessageBytes = 16L << 20;

    /// <summary>
    /// The largest accepted request (content frame plus buffers, in bytes). A larger correctly signed request is answered
    /// with an error naming its size and the limit, and its content is never parsed. Default <see cref="DefaultMaxMessageBytes"/>;
    /// <c>ANALYSENOTATER_KERNEL_MAX_MESSAGE_MB</c> sets it for the kernel process.
    /// </summary>
    public long MaxMessageBytes { get; init; } = DefaultMaxMessageBytes;

    /// <summary>How many message signatures are remembered per kernel to refuse replays. Default 65,536.</summary>
    public int ReplayHistory { get; init; } = 1 << 16;

    /// <summary>Requests larger than this (bytes) are followed by a compacting collection, so their memory goes back to the system. Default 1 MiB.</summary>
    public long CompactAfterBytes { get; init; } = 1L << 20;

    /// <summary>Reads the limits from the environment (<c>ANALYSENOTATER_KERNEL_MAX_MESSAGE_MB</c>), defaults otherwise.</summary>
    /// <returns>The limits.</returns>
    public static KernelLimits FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable("ANALYSENOTATER_KERNEL_MAX_MESSAGE_MB");
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var mb) && mb > 0
            ? new KernelLimits { MaxMessageBytes = (long)(mb * 1024 * 1024) }
            : new KernelLimits();
    }
}
