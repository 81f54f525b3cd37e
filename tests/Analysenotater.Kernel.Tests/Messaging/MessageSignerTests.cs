using System.Text;
using Analysenotater.Kernel.Messaging;

namespace Analysenotater.Kernel.Tests.Messaging;

public sealed class MessageSignerTests
{
    // RFC 4231, test case 2: HMAC-SHA256(key "Jefe", "what do ya want for nothing?").
    private const string Rfc4231Case2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    [Fact]
    public void Signature_is_the_hmac_of_the_four_frames_concatenated()
    {
        var signer = new MessageSigner("Jefe");
        var signature = signer.Sign(Bytes("what "), Bytes("do ya "), Bytes("want for "), Bytes("nothing?"));
        Assert.Equal(Rfc4231Case2, signature);
    }

    [Fact]
    public void Verify_accepts_the_right_signature_in_either_case()
    {
        var signer = new MessageSigner("Jefe");
        Assert.True(signer.Verify(Bytes(Rfc4231Case2), Bytes("what "), Bytes("do ya "), Bytes("want for "), Bytes("nothing?")));
        Assert.True(signer.Verify(Bytes(Rfc4231Case2.ToUpperInvariant()), Bytes("what "), Bytes("do ya "), Bytes("want for "), Bytes("nothing?")));
    }

    [Theory]
    [InlineData("what ", "do ya ", "want for ", "nothing!")]
    [InlineData("what", " do ya ", "want for ", "nothing?")]
    public void Verify_rejects_tampered_or_reframed_content(string header, string parent, string metadata, string content)
    {
        // Case 1 changes one byte: rejected. Case 2 moves a frame boundary but keeps the bytes: the four frames are hashed
        // as one stream (as jupyter_client's Session.sign does), so it verifies.
        var signer = new MessageSigner("Jefe");
        var expected = header + parent + metadata + content == "what do ya want for nothing?";
        Assert.Equal(expected, signer.Verify(Bytes(Rfc4231Case2), Bytes(header), Bytes(parent), Bytes(metadata), Bytes(content)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5bdcc146")]
    [InlineData("zz" + "dcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")]
    public void Verify_rejects_malformed_signatures(string signature)
    {
        var signer = new MessageSigner("Jefe");
        Assert.False(signer.Verify(Bytes(signature), Bytes("what "), Bytes("do ya "), Bytes("want for "), Bytes("nothing?")));
    }

    [Fact]
    public void Empty_key_disables_signing()
    {
        var signer = new MessageSigner(string.Empty);
        Assert.False(signer.IsSigning);
        Assert.Equal(string.Empty, signer.Sign(Bytes("{}"), Bytes("{}"), Bytes("{}"), Bytes("{}")));
        Assert.True(signer.Verify(Bytes(string.Empty), Bytes("{}"), Bytes("{}"), Bytes("{}"), Bytes("{}")));
    }

    [Fact]
    public void Other_schemes_are_refused()
    {
        var error = Assert.Throws<NotSupportedException>(() => new MessageSigner("k", "hmac-md5"));
        Assert.Contains("hmac-md5", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
