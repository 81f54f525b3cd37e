using System.Text.Json;

namespace Analysenotater.Kernel.Messaging;

/// <summary>
/// One Jupyter message: routing identities, header, parent header, metadata, content and binary buffers.
/// Immutable. Received messages keep the exact header bytes that were signed, so a reply's parent header is a byte copy.
/// </summary>
public sealed class JupyterMessage
{
    /// <summary>Creates a message.</summary>
    /// <param name="identities">ROUTER identities (the frames before <c>&lt;IDS|MSG&gt;</c>); empty for iopub or fresh messages.</param>
    /// <param name="header">The parsed header.</param>
    /// <param name="rawHeader">The header as UTF-8 JSON bytes (exactly as received or as will be sent).</param>
    /// <param name="rawParentHeader">The parent header as UTF-8 JSON bytes; <c>{}</c> when there is no parent.</param>
    /// <param name="metadata">The metadata object (an empty JSON object when absent).</param>
    /// <param name="content">The content object.</param>
    /// <param name="buffers">Extra binary buffers after the content frame; usually empty.</param>
    /// <exception cref="ArgumentNullException">Any reference argument is null.</exception>
    public JupyterMessage(
        IReadOnlyList<byte[]> identities,
        MessageHeader header,
        byte[] rawHeader,
        byte[] rawParentHeader,
        JsonElement metadata,
        JsonElement content,
        IReadOnlyList<byte[]> buffers)
    {
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rawHeader);
        ArgumentNullException.ThrowIfNull(rawParentHeader);
        ArgumentNullException.ThrowIfNull(buffers);
        Identities = identities;
        Header = header;
        RawHeader = rawHeader;
        RawParentHeader = rawParentHeader;
        Metadata = metadata;
        Content = content;
        Buffers = buffers;
    }

    /// <summary>Gets the ROUTER identities to echo in a reply (empty for iopub messages).</summary>
    public IReadOnlyList<byte[]> Identities { get; }

    /// <summary>Gets the parsed header.</summary>
    public MessageHeader Header { get; }

    /// <summary>Gets the header as UTF-8 JSON bytes, exactly as signed.</summary>
    public byte[] RawHeader { get; }

    /// <summary>Gets the parent header as UTF-8 JSON bytes (<c>{}</c> when there is none).</summary>
    public byte[] RawParentHeader { get; }

    /// <summary>Gets the metadata object.</summary>
    public JsonElement Metadata { get; }

    /// <summary>Gets the content object.</summary>
    public JsonElement Content { get; }

    /// <summary>Gets the binary buffers that follow the content frame.</summary>
    public IReadOnlyList<byte[]> Buffers { get; }

    /// <summary>
    /// Gets why the metadata or content of a correctly signed message could not be read (invalid UTF-8, malformed JSON,
    /// over the size limit), naming the frame; null for a well-formed message. Such a message has empty metadata and
    /// content and is answered with an error reply, never run.
    /// </summary>
    public string? Problem { get; init; }

    /// <summary>Gets the message type from the header (shortcut for <c>Header.MessageType</c>).</summary>
    public string MessageType => Header.MessageType;

    /// <summary>Deserialises the content into a protocol record.</summary>
    /// <typeparam name="T">The content record type, e.g. <c>ExecuteRequest</c>.</typeparam>
    /// <returns>The content record.</returns>
    /// <exception cref="JsonException">The content does not have the shape of <typeparamref name="T"/>.</exception>
    public T ContentAs<T>()
        => Content.Deserialize<T>(ProtocolJson.Options)
           ?? throw new JsonException($"The content of a {MessageType} message is null.");
}
