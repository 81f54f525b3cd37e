using System.IO.Hashing;

namespace Analysenotater.Disclosure.Persistence;

/// <summary>
/// What a data file is, for the release ledger: the 128-bit xxHash of its bytes and its length. Two imports of files
/// with the same bytes (the same file read twice, a copy, a file touched but not changed) have the same identity, so
/// they share one ledger; a changed file is another source.
/// </summary>
/// <param name="Hash">The xxHash128 of the bytes, 32 lower-case hex digits.</param>
/// <param name="Length">The number of bytes.</param>
internal sealed record SourceIdentity(string Hash, long Length)
{
    /// <summary>The identity of bytes already in memory.</summary>
    public static SourceIdentity Of(ReadOnlySpan<byte> bytes) => new(Convert.ToHexStringLower(XxHash128.Hash(bytes)), bytes.Length);

    /// <summary>The identity of a file, read once in 1 MiB blocks.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SourceIdentity OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var hasher = new XxHash128();
        var buffer = new byte[1 << 20];
        long length = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hasher.Append(buffer.AsSpan(0, read));
            length += read;
        }

        return new SourceIdentity(Convert.ToHexStringLower(hasher.GetCurrentHash()), length);
    }
}
