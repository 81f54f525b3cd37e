using Analysenotater.Kernel.Hosting;
using NetMQ;
using NetMQ.Sockets;

namespace Analysenotater.Kernel.Transport;

/// <summary>
/// The ZeroMQ transport (NetMQ, pure managed): shell, control and stdin ROUTER sockets, an iopub PUB socket and a
/// heartbeat REP socket that echoes every ping. All socket work happens on one poller thread; <see cref="Send"/>
/// only queues, so it is safe from any thread.
/// </summary>
public sealed class NetMqKernelTransport : IKernelTransport
{
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(2);

    private readonly ConnectionInfo _connection;
    private readonly KernelLog _log;
    private readonly NetMQQueue<TransportFrames?> _outgoing = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private NetMQPoller? _poller;
    private RouterSocket? _shell;
    private RouterSocket? _control;
    private RouterSocket? _stdin;
    private PublisherSocket? _iopub;
    private ResponseSocket? _heartbeat;
    private Thread? _thread;
    private bool _disposed;

    /// <summary>Creates the transport; sockets are bound by <see cref="Start"/>.</summary>
    /// <param name="connection">Ports and address from the connection file.</param>
    /// <param name="log">Where socket problems are logged.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NetMqKernelTransport(ConnectionInfo connection, KernelLog log)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(log);
        _connection = connection;
        _log = log;
    }

    /// <inheritdoc />
    /// <exception cref="NetMQ.NetMQException">A port cannot be bound (for example it is in use).</exception>
    public void Start(Action<TransportFrames> onReceived)
    {
        ArgumentNullException.ThrowIfNull(onReceived);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_poller is not null)
        {
            throw new InvalidOperationException("The ZeroMQ transport was already started.");
        }

        _shell = Bind(new RouterSocket(), _connection.ShellPort);
        _control = Bind(new RouterSocket(), _connection.ControlPort);
        _stdin = Bind(new RouterSocket(), _connection.StdinPort);
        _iopub = Bind(new PublisherSocket(), _connection.IopubPort);
        _heartbeat = Bind(new ResponseSocket(), _connection.HbPort);

        _shell.ReceiveReady += (_, e) => Receive(KernelChannel.Shell, e.Socket, onReceived);
        _control.ReceiveReady += (_, e) => Receive(KernelChannel.Control, e.Socket, onReceived);
        _stdin.ReceiveReady += (_, e) => Receive(KernelChannel.Stdin, e.Socket, onReceived);
        _heartbeat.ReceiveReady += (_, e) =>
        {
            var ping = e.Socket.ReceiveMultipartBytes();
            e.Socket.SendMultipartBytes(ping);
        };
        _outgoing.ReceiveReady += (_, e) => Flush(e.Queue);

        _poller = new NetMQPoller { _shell, _control, _stdin, _heartbeat, _outgoing };
        _thread = new Thread(RunPoller) { IsBackground = true, Name = "kernel-zmq" };
        _thread.Start();
    }

    /// <inheritdoc />
    public void Send(TransportFrames frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (!_disposed)
        {
            _outgoing.Enqueue(frames);
        }
    }

    /// <inheritdoc />
    public Task StopAsync()
    {
        if (_poller is null || _disposed)
        {
            return Task.CompletedTask;
        }

        _outgoing.Enqueue(null);
        return _stopped.Task;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_poller is not null && _poller.IsRunning)
        {
            _outgoing.Enqueue(null);
            _thread?.Join(TimeSpan.FromSeconds(5));
        }

        _poller?.Dispose();
        _outgoing.Dispose();
        foreach (NetMQSocket? socket in new NetMQSocket?[] { _shell, _control, _stdin, _iopub, _heartbeat })
        {
            socket?.Dispose();
        }

        NetMQConfig.Cleanup(block: false);
    }

    private T Bind<T>(T socket, int port)
        where T : NetMQSocket
    {
        socket.Options.Linger = Linger;
        socket.Bind(_connection.Address(port));
        return socket;
    }

    private void RunPoller()
    {
        try
        {
            _poller!.Run();
        }
        catch (Exception exception) when (exception is NetMQException or ObjectDisposedException or InvalidOperationException)
        {
            _log.Error($"ZeroMQ poller stopped: {exception.Message}");
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    private void Receive(KernelChannel channel, NetMQSocket socket, Action<TransportFrames> onReceived)
    {
        var frames = socket.ReceiveMultipartBytes();
        onReceived(new TransportFrames(channel, frames));
    }

    private void Flush(NetMQQueue<TransportFrames?> queue)
    {
        while (queue.TryDequeue(out var item, TimeSpan.Zero))
        {
            if (item is null)
            {
                _poller!.Stop();
                return;
            }

            NetMQSocket socket = item.Channel switch
            {
                KernelChannel.Shell => _shell!,
                KernelChannel.Control => _control!,
                KernelChannel.Stdin => _stdin!,
                _ => _iopub!,
            };
            try
            {
                socket.SendMultipartBytes(item.Frames);
            }
            catch (NetMQException exception)
            {
                _log.Error($"Sending on {item.Channel} failed: {exception.Message}");
            }
        }
    }
}
