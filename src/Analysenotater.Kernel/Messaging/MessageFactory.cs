using System.Globalization;
using System.Text.Json;

namespace Analysenotater.Kernel.Messaging;

/// <summary>
/// Creates the messages the kernel sends: a fresh header (new id, this kernel's session, UTC time stamp in the
/// invariant culture, protocol 5.3) whose parent header is the byte copy of the request's header.
/// Ids and time are injectable so that contract tests produce stable JSON. Thread-safe.
/// </summary>
public sealed class MessageFactory
{
    /// <summary>The messaging protocol version this kernel implements.</summary>
    public const string ProtocolVersion = "5.3";

    private readonly TimeProvider _time;
    private readonly Func<string> _newId;

    /// <summary>Creates a factory.</summary>
    /// <param name="session">The kernel's session id, put in every header.</param>
    /// <param name="username">The user name put in every header.</param>
    /// <param name="time">Clock for the <c>date</c> field; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="newId">Source of message ids; random GUIDs when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> or <paramref name="username"/> is null.</exception>
    public MessageFactory(string session, string username, TimeProvider? time = null, Func<string>? newId = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(username);
        Session = session;
        Username = username;
        _time = time ?? TimeProvider.System;
        _newId = newId ?? (() => Guid.NewGuid().ToString());
    }

    /// <summary>Gets the session id put in every header.</summary>
    public string Session { get; }

    /// <summary>Gets the user name put in every header.</summary>
    public string Username { get; }

    /// <summary>Creates a reply to <paramref name="parent"/>, addressed to the parent's ROUTER identities.</summary>
    /// <param name="parent">The request being answered.</param>
    /// <param name="messageType">The reply type, e.g. <c>execute_reply</c>.</param>
    /// <param name="content">The content record; serialised with <see cref="ProtocolJson.Options"/>.</param>
    /// <returns>The reply message.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public JupyterMessage CreateReply(JupyterMessage parent, string messageType, object content)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return Create(parent.Identities, parent.RawHeader, messageType, content);
    }

    /// <summary>Creates an iopub broadcast whose parent is <paramref name="parent"/> (or none), with a topic frame.</summary>
    /// <param name="parent">The request that caused the broadcast; null for none (e.g. the <c>starting</c> status).</param>
    /// <param name="messageType">The message type, e.g. <c>stream</c>.</param>
    /// <param name="content">The content record.</param>
    /// <returns>The broadcast message; its single identity frame is the topic <c>kernel.&lt;session&gt;.&lt;msg_type&gt;</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="messageType"/> or <paramref name="content"/> is null.</exception>
    public JupyterMessage CreateBroadcast(JupyterMessage? parent, string messageType, object content)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        var topic = System.Text.Encoding.UTF8.GetBytes($"kernel.{Session}.{messageType}");
        return Create([topic], parent?.RawHeader ?? ProtocolJson.EmptyObject.ToArray(), messageType, content);
    }

    private JupyterMessage Create(IReadOnlyList<byte[]> identities, byte[] rawParent, string messageType, object content)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        ArgumentNullException.ThrowIfNull(content);
        var header = new MessageHeader(
            _newId(),
            Session,
            Username,
            _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            messageType,
            ProtocolVersion);
        var rawHeader = JsonSerializer.SerializeToUtf8Bytes(header, ProtocolJson.Options);
        var contentElement = content is JsonElement element ? element : JsonSerializer.SerializeToElement(content, content.GetType(), ProtocolJson.Options);
        return new JupyterMessage(identities, header, rawHeader, rawParent, ProtocolJson.EmptyObjectElement, contentElement, []);
    }
}
