namespace Analysenotater.Kernel.Transport;

/// <summary>
/// Moves raw multipart messages between the kernel and frontends. Knows nothing about signing or JSON.
/// </summary>
public interface IKernelTransport : IDisposable
{
    /// <summary>Starts receiving. <paramref name="onReceived"/> is called on a transport thread for every
    /// multipart message arriving on shell, control or stdin; it must not block.</summary>
    /// <param name="onReceived">The receive callback.</param>
    /// <exception cref="InvalidOperationException">The transport was already started.</exception>
    void Start(Action<TransportFrames> onReceived);

    /// <summary>Queues a multipart message for sending. Thread-safe; messages are sent in call order.</summary>
    /// <param name="frames">The channel and frames. ROUTER messages start with the identities; iopub with the topic.</param>
    void Send(TransportFrames frames);

    /// <summary>Sends everything queued so far, then stops receiving and releases the sockets.</summary>
    /// <returns>A task that completes when the transport has stopped.</returns>
    Task StopAsync();
}
