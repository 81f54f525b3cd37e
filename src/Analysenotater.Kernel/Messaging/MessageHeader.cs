using System.Text.Json.Serialization;

namespace Analysenotater.Kernel.Messaging;

/// <summary>
/// The header of a Jupyter message (messaging protocol 5.3): who sent it, when, and what type of message it is.
/// </summary>
/// <param name="MessageId">Unique id of this message (<c>msg_id</c>); a GUID string in messages this kernel sends.</param>
/// <param name="Session">Id of the sending session (<c>session</c>); constant for the life of a kernel process.</param>
/// <param name="Username">User name of the sender (<c>username</c>).</param>
/// <param name="Date">ISO 8601 UTC time stamp with microseconds (<c>date</c>), formatted with the invariant culture.</param>
/// <param name="MessageType">Message type such as <c>execute_request</c> (<c>msg_type</c>).</param>
/// <param name="Version">Messaging protocol version (<c>version</c>), <c>5.3</c> for messages this kernel sends.</param>
public sealed record MessageHeader(
    [property: JsonPropertyName("msg_id")] string MessageId,
    [property: JsonPropertyName("session")] string Session,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("msg_type")] string MessageType,
    [property: JsonPropertyName("version")] string Version);
