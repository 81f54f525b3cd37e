using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Analysenotater.Kernel.Messaging;

/// <summary>
/// Turns ZeroMQ multipart frames into <see cref="JupyterMessage"/>s and back:
/// <c>[identities…] &lt;IDS|MSG&gt; signature header parent_header metadata content [buffers…]</c>.
/// The signature is verified over the raw received bytes, never over re-serialised JSON. Thread-safe.
/// </summary>
public sealed class WireCodec
{
    /// <summary>The delimiter frame between routing identities and the message.</summary>
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    private readonly MessageSigner _signer;
    private readonly ReplayGuard? _replays;
    private readonly long _maxContentBytes;

    /// <summary>Creates a codec that signs and verifies with <paramref name="signer"/>.</summary>
    /// <param name="signer">The signer holding the connection key.</param>
    /// <param name="replays">When given (and signing is on), a message whose signature the same session already sent is rejected as a replay.</param>
    /// <param name="maxContentBytes">Content plus buffers larger than this (bytes) are not parsed; the message carries a <see cref="JupyterMessage.Problem"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signer"/> is null.</exception>
    public WireCodec(MessageSigner signer, ReplayGuard? replays = null, long maxContentBytes = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(signer);
        _signer = signer;
        _replays = replays;
        _maxContentBytes = maxContentBytes;
    }

    /// <summary>Encodes a message as frames, signing header, parent header, metadata and content.</summary>
    /// <param name="message">The message; its identities come first (for iopub: the topic frame).</param>
    /// <returns>The frames to send, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public IReadOnlyList<byte[]> Encode(JupyterMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var metadata = JsonSerializer.SerializeToUtf8Bytes(message.Metadata, ProtocolJson.Options);
        var content = JsonSerializer.SerializeToUtf8Bytes(message.Content, ProtocolJson.Options);
        var signature = _signer.Sign(message.RawHeader, message.RawParentHeader, metadata, content);

        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signature));
        frames.Add(message.RawHeader);
        frames.Add(message.RawParentHeader);
        frames.Add(metadata);
        frames.Add(content);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Decodes and verifies received frames.</summary>
    /// <param name="frames">The multipart frames as received from a ROUTER socket.</param>
    /// <param name="message">The decoded message when the result is true.</param>
    /// <param name="problem">Why the frames were rejected when the result is false (bad signature, missing delimiter, malformed JSON).</param>
    /// <returns>True when the frames form a correctly signed message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frames"/> is null.</exception>
    public bool TryDecode(IReadOnlyList<byte[]> frames, [NotNullWhen(true)] out JupyterMessage? message, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(frames);
        message = null;
        var delimiterIndex = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiterIndex = i;
                break;
            }
        }

        if (delimiterIndex < 0)
        {
            problem = $"no <IDS|MSG> delimiter among {frames.Count} frames";
            return false;
        }

        if (frames.Count - delimiterIndex - 1 < 5)
        {
            problem = $"{frames.Count - delimiterIndex - 1} frames after the delimiter; at least 5 are required (signature, header, parent_header, metadata, content)";
            return false;
        }

        var signature = frames[delimiterIndex + 1];
        var header = frames[delimiterIndex + 2];
        var parent = frames[delimiterIndex + 3];
        var metadata = frames[delimiterIndex + 4];
        var content = frames[delimiterIndex + 5];
        if (!_signer.Verify(signature, header, parent, metadata, content))
        {
            problem = $"invalid HMAC-SHA256 signature '{Truncate(Encoding.ASCII.GetString(signature))}' for a message with header {Truncate(Encoding.UTF8.GetString(header))}";
            return false;
        }

        MessageHeader parsedHeader;
        try
        {
            // Without a readable header and parent header no reply can be addressed: such a message is only logged.
            RequireUtf8(header, "header");
            RequireUtf8(parent, "parent_header");
            parsedHeader = ParseHeader(header);
            if (parent.Length > 0)
            {
                ParseObject(parent, "parent_header");
            }
        }
        catch (JsonException exception)
        {
            problem = $"malformed header: {exception.Message}";
            return false;
        }

        if (_replays is not null && _signer.IsSigning && !_replays.TryRecord(parsedHeader.Session, Encoding.ASCII.GetString(signature)))
        {
            problem = $"replayed message: session '{Truncate(parsedHeader.Session)}' already sent a message with this signature ({parsedHeader.MessageType}, msg_id '{Truncate(parsedHeader.MessageId)}')";
            return false;
        }

        var identities = frames.Take(delimiterIndex).ToArray();
        var rawParent = parent.Length == 0 ? ProtocolJson.EmptyObject.ToArray() : parent;
        var size = content.LongLength + frames.Skip(delimiterIndex + 6).Sum(b => (long)b.Length);
        string? contentProblem = null;
        var metadataElement = ProtocolJson.EmptyObjectElement;
        var contentElement = ProtocolJson.EmptyObjectElement;
        if (size > _maxContentBytes)
        {
            contentProblem = $"the message is {size:N0} bytes; the kernel accepts at most {_maxContentBytes:N0} bytes (ANALYSENOTATER_KERNEL_MAX_MESSAGE_MB)";
        }
        else
        {
            try
            {
                RequireUtf8(metadata, "metadata");
                RequireUtf8(content, "content");
                metadataElement = ParseObject(metadata, "metadata");
                contentElement = ParseObject(content, "content");
            }
            catch (JsonException exception)
            {
                contentProblem = exception.Message;
            }
        }

        var buffers = contentProblem is null ? frames.Skip(delimiterIndex + 6).ToArray() : [];
        message = new JupyterMessage(identities, parsedHeader, header, rawParent, metadataElement, contentElement, buffers) { Problem = contentProblem };
        problem = null;
        return true;
    }

    private static void RequireUtf8(byte[] frame, string name)
    {
        if (!System.Text.Unicode.Utf8.IsValid(frame))
        {
            var at = 0;
            var rest = frame.AsSpan();
            while (System.Text.Rune.DecodeFromUtf8(rest, out _, out var used) == System.Buffers.OperationStatus.Done)
            {
                at += used;
                rest = rest[used..];
            }

            throw new JsonException($"the {name} frame is not valid UTF-8 (byte 0x{frame[at]:X2} at offset {at})");
        }
    }

    private static MessageHeader ParseHeader(byte[] header)
    {
        using var document = JsonDocument.Parse(header);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("the header is not a JSON object");
        }

        var messageType = Text(root, "msg_type");
        if (string.IsNullOrEmpty(messageType))
        {
            throw new JsonException("the header has no msg_type");
        }

        return new MessageHeader(Text(root, "msg_id"), Text(root, "session"), Text(root, "username"), Text(root, "date"), messageType, Text(root, "version"));
    }

    private static string Text(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static JsonElement ParseObject(byte[] frame, string name)
    {
        if (frame.Length == 0)
        {
            return ProtocolJson.EmptyObjectElement;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(frame);
        }
        catch (JsonException exception)
        {
            throw new JsonException($"the {name} frame is not valid JSON: {exception.Message}", exception);
        }

        using var _ = document;
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"the {name} frame is not a JSON object but {document.RootElement.ValueKind}");
        }

        return document.RootElement.Clone();
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
