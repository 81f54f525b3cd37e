using System.Text;
using System.Text.Json;
using Analysenotater.Kernel.Hosting;
using Analysenotater.Kernel.Interpreting;
using Analysenotater.Kernel.Messaging;
using Analysenotater.Kernel.Tests.Toy;
using Analysenotater.Kernel.Transport;

namespace Analysenotater.Kernel.Tests.Kernel;

/// <summary>A kernel on the in-memory transport, plus a frontend that signs requests and reads what the kernel sends.</summary>
internal sealed class KernelHarness : IAsyncDisposable
{
    public const string Key = "a0436f6c-1916-498b-8eb9-e81ab9368e84";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _log = new();
    private int _requestNumber;

    public KernelHarness(IInterpreter? interpreter = null)
    {
        Interpreter = interpreter ?? new ToyInterpreter();
        Codec = new WireCodec(new MessageSigner(Key));
        Kernel = new JupyterKernel(Transport, Interpreter, new MessageSigner(Key), new KernelLog(TextWriter.Synchronized(_log)), new MessageFactory("kernel-session", "kernel"));
        Running = Kernel.RunAsync(_stop.Token);
    }

    public InMemoryKernelTransport Transport { get; } = new();

    public IInterpreter Interpreter { get; }

    public ToyInterpreter Toy => (ToyInterpreter)Interpreter;

    public JupyterKernel Kernel { get; }

    public Task Running { get; }

    public WireCodec Codec { get; }

    public string LogText => _log.ToString();

    public static byte[] Identity { get; } = "frontend-7"u8.ToArray();

    /// <summary>Builds a signed request (as a frontend would) and delivers it.</summary>
    public JupyterMessage Send(KernelChannel channel, string messageType, object content, string key = Key)
    {
        var request = Request(messageType, content);
        var frames = new WireCodec(new MessageSigner(key)).Encode(request);
        Transport.Deliver(new TransportFrames(channel, frames));
        return request;
    }

    public JupyterMessage Request(string messageType, object content)
    {
        var number = Interlocked.Increment(ref _requestNumber);
        var header = new MessageHeader($"request-{number}", "frontend-session", "tester", "2026-11-22T20:00:00.000000Z", messageType, "5.3");
        var raw = JsonSerializer.SerializeToUtf8Bytes(header, ProtocolJson.Options);
        return new JupyterMessage([Identity], header, raw, "{}"u8.ToArray(), ProtocolJson.EmptyObjectElement, JsonSerializer.SerializeToElement(content, content.GetType(), ProtocolJson.Options), []);
    }

    /// <summary>Reads everything the kernel sends until the idle status whose parent is <paramref name="request"/>.</summary>
    public async Task<List<Sent>> UntilIdleAsync(JupyterMessage request)
    {
        var sent = new List<Sent>();
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var frames = await Transport.Sent.ReadAsync(timeout.Token);
            Assert.True(Codec.TryDecode(frames.Frames, out var message, out var problem), problem);
            var item = new Sent(frames.Channel, message);
            sent.Add(item);
            if (item.IsStatus("idle") && item.ParentId == request.Header.MessageId)
            {
                return sent;
            }
        }
    }

    /// <summary>Reads whatever the kernel sends within <paramref name="wait"/>.</summary>
    public async Task<List<Sent>> DrainAsync(TimeSpan wait)
    {
        var sent = new List<Sent>();
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            while (true)
            {
                var frames = await Transport.Sent.ReadAsync(timeout.Token);
                Assert.True(Codec.TryDecode(frames.Frames, out var message, out var problem), problem);
                sent.Add(new Sent(frames.Channel, message));
            }
        }
        catch (OperationCanceledException)
        {
            return sent;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Running.WaitAsync(Timeout);
        _stop.Dispose();
    }

    internal sealed record Sent(KernelChannel Channel, JupyterMessage Message)
    {
        public string Type => Message.MessageType;

        public string? ParentId
        {
            get
            {
                using var parent = JsonDocument.Parse(Message.RawParentHeader);
                return parent.RootElement.TryGetProperty("msg_id", out var id) ? id.GetString() : null;
            }
        }

        public bool IsStatus(string state)
            => Type == "status" && Message.Content.GetProperty("execution_state").GetString() == state;

        public string Text(string property) => Message.Content.GetProperty(property).GetString() ?? string.Empty;

        public override string ToString() => $"{Channel} {Type} {Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(Message.Content))}";
    }
}
