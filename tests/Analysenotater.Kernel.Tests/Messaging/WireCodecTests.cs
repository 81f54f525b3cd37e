using System.Text;
using Analysenotater.Kernel.Messaging;

namespace Analysenotater.Kernel.Tests.Messaging;

public sealed class WireCodecTests
{
    private static readonly WireCodec Codec = new(new MessageSigner("secret"));

    [Fact]
    public void Decode_keeps_identities_raw_header_and_buffers()
    {
        const string header = """{"msg_id":"m1","session":"s","username":"u","date":"2026-01-01T00:00:00.000000Z","msg_type":"execute_request","version":"5.3"}""";
        var frames = Frames(["id-a", "id-b"], header, "{}", "{}", """{"code":"1+1"}""", "buffer-1");

        Assert.True(Codec.TryDecode(frames, out var message, out var problem), problem);

        Assert.Equal(["id-a", "id-b"], message.Identities.Select(Encoding.UTF8.GetString));
        Assert.Equal("execute_request", message.MessageType);
        Assert.Equal("m1", message.Header.MessageId);
        Assert.Equal(header, Encoding.UTF8.GetString(message.RawHeader));
        Assert.Equal("1+1", message.Content.GetProperty("code").GetString());
        Assert.Equal("buffer-1", Encoding.UTF8.GetString(Assert.Single(message.Buffers)));
    }

    [Fact]
    public void Signature_is_checked_over_the_received_bytes_not_reserialised_json()
    {
        // Whitespace and key order that a re-serialiser would change: the signature still verifies because the raw bytes are hashed.
        const string header = """{ "version": "5.3", "msg_type": "kernel_info_request",  "msg_id": "m2", "session": "s", "username": "u", "date": "" }""";
        var frames = Frames([], header, "{ }", "{\n}", "{  }");
        Assert.True(Codec.TryDecode(frames, out var message, out var problem), problem);
        Assert.Equal(header, Encoding.UTF8.GetString(message.RawHeader));
    }

    [Fact]
    public void Encode_then_decode_round_trips()
    {
        var factory = new MessageFactory("kernel-session", "kernel");
        var message = factory.CreateBroadcast(null, "stream", new Protocol.StreamText("stdout", "hei æøå\n"));
        var frames = Codec.Encode(message);

        Assert.Equal("kernel.kernel-session.stream", Encoding.UTF8.GetString(frames[0]));
        Assert.Equal("<IDS|MSG>", Encoding.UTF8.GetString(frames[1]));
        Assert.True(Codec.TryDecode(frames, out var decoded, out var problem), problem);
        Assert.Equal("hei æøå\n", decoded.Content.GetProperty("text").GetString());
        Assert.Equal("{}", Encoding.UTF8.GetString(decoded.RawParentHeader));
    }

    [Fact]
    public void Too_few_frames_are_rejected_with_a_reason()
    {
        var frames = new List<byte[]> { WireCodec.Delimiter, "sig"u8.ToArray(), "{}"u8.ToArray() };
        Assert.False(Codec.TryDecode(frames, out _, out var problem));
        Assert.Contains("2 frames after the delimiter", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_without_message_type_is_rejected()
    {
        var frames = Frames([], """{"msg_id":"m"}""", "{}", "{}", "{}");
        Assert.False(Codec.TryDecode(frames, out _, out var problem));
        Assert.Contains("no msg_type", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_that_is_not_an_object_is_decoded_with_a_problem_to_answer()
    {
        // Correctly signed: the kernel must answer it (with an error), so it is decoded with the problem, not dropped.
        var frames = Frames([], """{"msg_type":"execute_request"}""", "{}", "{}", "[1]");
        Assert.True(Codec.TryDecode(frames, out var message, out _));
        Assert.Contains("content frame is not a JSON object", message.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf_8_content_is_named_with_its_offset()
    {
        var signer = new MessageSigner("secret");
        byte[] header = Encoding.UTF8.GetBytes("""{"msg_type":"execute_request"}"""), empty = "{}"u8.ToArray(), content = [.. "{\"code\": \"1"u8, 0xFF, .. "\"}"u8];
        var frames = new List<byte[]> { WireCodec.Delimiter, Encoding.ASCII.GetBytes(signer.Sign(header, empty, empty, content)), header, empty, empty, content };
        Assert.True(new WireCodec(signer).TryDecode(frames, out var message, out _));
        Assert.Equal("the content frame is not valid UTF-8 (byte 0xFF at offset 11)", message.Problem);
    }

    [Fact]
    public void Replayed_signature_is_rejected_once_per_session()
    {
        var codec = new WireCodec(new MessageSigner("secret"), new ReplayGuard(capacity: 4));
        var frames = Frames([], """{"msg_type":"execute_request","session":"s1","msg_id":"m1"}""", "{}", "{}", "{}");
        Assert.True(codec.TryDecode(frames, out _, out _));
        Assert.False(codec.TryDecode(frames, out _, out var problem));
        Assert.StartsWith("replayed message: session 's1'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_history_is_bounded()
    {
        var guard = new ReplayGuard(capacity: 10);
        for (var i = 0; i < 100; i++)
        {
            Assert.True(guard.TryRecord("s", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.InRange(guard.Count, 9, 10);
        Assert.False(guard.TryRecord("s", "99"));
        Assert.True(guard.TryRecord("s", "0")); // forgotten long ago
    }

    [Fact]
    public void Oversized_content_is_not_parsed()
    {
        var codec = new WireCodec(new MessageSigner("secret"), maxContentBytes: 10);
        var frames = Frames([], """{"msg_type":"execute_request"}""", "{}", "{}", """{"code":"0123456789"}""");
        Assert.True(codec.TryDecode(frames, out var message, out _));
        Assert.Contains("the message is 21 bytes; the kernel accepts at most 10 bytes", message.Problem, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, message.Content.ValueKind);
        Assert.False(message.Content.EnumerateObject().Any());
    }

    [Fact]
    public void Wrong_key_is_rejected()
    {
        var frames = Frames([], """{"msg_type":"execute_request"}""", "{}", "{}", "{}");
        var other = new WireCodec(new MessageSigner("other"));
        Assert.False(other.TryDecode(frames, out _, out var problem));
        Assert.Contains("invalid HMAC-SHA256 signature", problem, StringComparison.Ordinal);
    }

    private static List<byte[]> Frames(IEnumerable<string> identities, string header, string parent, string metadata, string content, params string[] buffers)
    {
        var signer = new MessageSigner("secret");
        var signature = signer.Sign(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(parent), Encoding.UTF8.GetBytes(metadata), Encoding.UTF8.GetBytes(content));
        var frames = identities.Select(Encoding.UTF8.GetBytes).ToList();
        frames.Add(WireCodec.Delimiter);
        frames.AddRange(new[] { signature, header, parent, metadata, content }.Concat(buffers).Select(Encoding.UTF8.GetBytes));
        return frames;
    }
}
