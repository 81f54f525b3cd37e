using System.Security.Cryptography;
using System.Text;

namespace Analysenotater.Kernel.Messaging;

/// <summary>
/// Signs and verifies messages with HMAC-SHA256 over the four raw frames header, parent header, metadata and content,
/// as the connection file's <c>key</c> and <c>signature_scheme</c> require. The signature is lower-case hex.
/// An empty key disables signing (the signature is the empty string), as the protocol allows.
/// Thread-safe.
/// </summary>
public sealed class MessageSigner
{
    /// <summary>The only signature scheme the kernel supports.</summary>
    public const string HmacSha256Scheme = "hmac-sha256";

    private readonly byte[] _key;

    /// <summary>Creates a signer.</summary>
    /// <param name="key">The shared key from the connection file (UTF-8 encoded); empty disables signing.</param>
    /// <param name="signatureScheme">The scheme from the connection file; only <c>hmac-sha256</c> is supported.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="signatureScheme"/> is null.</exception>
    /// <exception cref="NotSupportedException">The scheme is not <c>hmac-sha256</c>.</exception>
    public MessageSigner(string key, string signatureScheme = HmacSha256Scheme)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(signatureScheme);
        if (!string.Equals(signatureScheme, HmacSha256Scheme, StringComparison.Ordinal))
        {
            throw new NotSupportedException(
                $"Signature scheme '{signatureScheme}' is not supported; the kernel supports only '{HmacSha256Scheme}'.");
        }

        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>Gets whether messages are signed (the key is not empty).</summary>
    public bool IsSigning => _key.Length > 0;

    /// <summary>Computes the signature of the four signed frames.</summary>
    /// <param name="header">Raw header frame.</param>
    /// <param name="parentHeader">Raw parent-header frame.</param>
    /// <param name="metadata">Raw metadata frame.</param>
    /// <param name="content">Raw content frame.</param>
    /// <returns>The lower-case hex HMAC-SHA256, or the empty string when signing is disabled.</returns>
    public string Sign(ReadOnlySpan<byte> header, ReadOnlySpan<byte> parentHeader, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        if (!IsSigning)
        {
            return string.Empty;
        }

        return Convert.ToHexStringLower(ComputeMac(header, parentHeader, metadata, content));
    }

    /// <summary>Verifies a received signature against the raw received frames, in constant time.</summary>
    /// <param name="signature">The signature frame as received (hex text).</param>
    /// <param name="header">Raw header frame as received.</param>
    /// <param name="parentHeader">Raw parent-header frame as received.</param>
    /// <param name="metadata">Raw metadata frame as received.</param>
    /// <param name="content">Raw content frame as received.</param>
    /// <returns>True when signing is disabled or the signature matches; false otherwise (including malformed hex).</returns>
    public bool Verify(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> header, ReadOnlySpan<byte> parentHeader, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        if (!IsSigning)
        {
            return true;
        }

        var expected = ComputeMac(header, parentHeader, metadata, content);
        if (signature.Length != expected.Length * 2)
        {
            return false;
        }

        var received = new byte[expected.Length];
        for (var i = 0; i < received.Length; i++)
        {
            var high = HexValue(signature[2 * i]);
            var low = HexValue(signature[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            received[i] = (byte)((high << 4) | low);
        }

        return CryptographicOperations.FixedTimeEquals(received, expected);
    }

    private byte[] ComputeMac(ReadOnlySpan<byte> header, ReadOnlySpan<byte> parentHeader, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(header);
        hmac.AppendData(parentHeader);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        return hmac.GetHashAndReset();
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
