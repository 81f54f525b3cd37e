using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysenotater.Kernel.Worker;

/// <summary>
/// One end of the supervisor–worker connection (a Unix domain socket): messages are JSON objects, each sent as a
/// 4-byte big-endian length and that many UTF-8 bytes. Writes are serialised under a lock, so any thread may send;
/// one thread reads.
/// </summary>
internal sealed class WorkerPipe(Stream stream) : IDisposable
{
    /// <summary>The largest message accepted (bytes); a cell's code is limited by the kernel's message size limit first.</summary>
    public const int MaxMessageBytes = 1 << 30;

    private readonly Lock _writeGate = new();

    /// <summary>Sends one message. Throws <see cref="IOException"/> when the other end is gone.</summary>
    public void Send(JsonObject message)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(message);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, payload.Length);
        lock (_writeGate)
        {
            stream.Write(length);
            stream.Write(payload);
            stream.Flush();
        }
    }

    /// <summary>Reads the next message; null at end of stream (the other end closed or died).</summary>
    /// <exception cref="InvalidDataException">A frame is not a JSON object or is longer than <see cref="MaxMessageBytes"/>.</exception>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var lengthBytes = new byte[4];
        if (!await ReadExactlyOrEndAsync(lengthBytes, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(lengthBytes);
        if (length is < 0 or > MaxMessageBytes)
        {
            throw new InvalidDataException($"Worker message of {length} bytes is outside 0–{MaxMessageBytes}.");
        }

        var payload = new byte[length];
        if (!await ReadExactlyOrEndAsync(payload, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return JsonNode.Parse(payload) as JsonObject ?? throw new InvalidDataException("Worker message is not a JSON object.");
    }

    public void Dispose() => stream.Dispose();

    private async Task<bool> ReadExactlyOrEndAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
