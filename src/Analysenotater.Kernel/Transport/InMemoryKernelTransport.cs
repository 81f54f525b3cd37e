using System.Threading.Channels;

namespace Analysenotater.Kernel.Transport;

/// <summary>
/// A transport without sockets, for tests and for hosting the kernel dispatcher in-process:
/// <see cref="Deliver"/> hands frames to the kernel as if a frontend had sent them, and everything the kernel sends
/// can be read from <see cref="Sent"/>.
/// </summary>
public sealed class InMemoryKernelTransport : IKernelTransport
{
    private readonly Channel<TransportFrames> _sent = Channel.CreateUnbounded<TransportFrames>();
    private Action<TransportFrames>? _onReceived;

    /// <summary>Gets the messages the kernel has sent, in order. Completes when the transport stops.</summary>
    public ChannelReader<TransportFrames> Sent => _sent.Reader;

    /// <summary>Gets whether <see cref="StopAsync"/> has been called.</summary>
    public bool IsStopped { get; private set; }

    /// <inheritdoc />
    public void Start(Action<TransportFrames> onReceived)
    {
        ArgumentNullException.ThrowIfNull(onReceived);
        if (_onReceived is not null)
        {
            throw new InvalidOperationException("The in-memory transport was already started.");
        }

        _onReceived = onReceived;
    }

    /// <summary>Delivers a message to the kernel as if it had arrived on a socket.</summary>
    /// <param name="frames">The channel and frames.</param>
    /// <exception cref="ArgumentNullException"><paramref name="frames"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The transport has not been started.</exception>
    public void Deliver(TransportFrames frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var onReceived = _onReceived ?? throw new InvalidOperationException("The in-memory transport has not been started.");
        onReceived(frames);
    }

    /// <inheritdoc />
    public void Send(TransportFrames frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        _sent.Writer.TryWrite(frames);
    }

    /// <inheritdoc />
    public Task StopAsync()
    {
        IsStopped = true;
        _sent.Writer.TryComplete();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => _sent.Writer.TryComplete();
}
