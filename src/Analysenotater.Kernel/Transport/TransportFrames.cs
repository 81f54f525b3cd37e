namespace Analysenotater.Kernel.Transport;

/// <summary>One multipart ZeroMQ message and the channel it came from or goes to. Immutable.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Frames">The frames, in order.</param>
public sealed record TransportFrames(KernelChannel Channel, IReadOnlyList<byte[]> Frames);
