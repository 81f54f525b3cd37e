using System.Buffers.Binary;

namespace Analysenotater.Spss;

/// <summary>
/// Bounds-checked reads of SPSS primitives from a seekable stream. Every read checks the remaining length first, so
/// a corrupt length can never cause a huge allocation or a read past the end; failures become
/// <see cref="SpssFormatException"/> naming the offset and the current record.
/// </summary>
internal sealed class SpssByteReader
{
    private readonly Stream _stream;
    private readonly byte[] _scratch = new byte[8];

    public SpssByteReader(Stream stream, string source)
    {
        _stream = stream;
        Source = source;
        Length = stream.Length;
    }

    public string Source { get; }

    public Stream BaseStream => _stream;

    public long Length { get; }

    public bool BigEndian { get; set; }

    /// <summary>The record being read, for error messages.</summary>
    public string Record { get; set; } = "file header";

    public long Position => _stream.Position;

    public long Remaining => Length - _stream.Position;

    public SpssFormatException Error(string problem, long? offset = null, Exception? inner = null) =>
        new(Source, offset ?? Position, Record, problem, inner);

    public void Seek(long offset)
    {
        if (offset < 0 || offset > Length)
        {
            throw Error($"offset {offset} lies outside the file ({Length} bytes).");
        }

        _stream.Position = offset;
    }

    public void Require(long count)
    {
        if (count < 0 || count > Remaining)
        {
            throw Error($"needs {count} more bytes but only {Remaining} remain (truncated or corrupt file).");
        }
    }

    public byte[] Bytes(long count)
    {
        Require(count);
        var b = new byte[count];
        _stream.ReadExactly(b);
        return b;
    }

    public void Skip(long count)
    {
        Require(count);
        _stream.Position += count;
    }

    public byte Byte()
    {
        Require(1);
        _stream.ReadExactly(_scratch.AsSpan(0, 1));
        return _scratch[0];
    }

    public int Int32()
    {
        Require(4);
        _stream.ReadExactly(_scratch.AsSpan(0, 4));
        return BigEndian ? BinaryPrimitives.ReadInt32BigEndian(_scratch) : BinaryPrimitives.ReadInt32LittleEndian(_scratch);
    }

    public long Int64()
    {
        Require(8);
        _stream.ReadExactly(_scratch.AsSpan(0, 8));
        return BigEndian ? BinaryPrimitives.ReadInt64BigEndian(_scratch) : BinaryPrimitives.ReadInt64LittleEndian(_scratch);
    }

    public double Double()
    {
        Require(8);
        _stream.ReadExactly(_scratch.AsSpan(0, 8));
        return BigEndian ? BinaryPrimitives.ReadDoubleBigEndian(_scratch) : BinaryPrimitives.ReadDoubleLittleEndian(_scratch);
    }

    /// <summary>Reads a non-negative count n and checks that n × <paramref name="unit"/> bytes remain.</summary>
    public int Count(string what, long unit)
    {
        var at = Position;
        var n = Int32();
        if (n < 0 || (long)n * unit > Remaining)
        {
            throw Error($"{what} is {n}, which does not fit in the {Remaining} bytes that remain.", at);
        }

        return n;
    }
}
