using System.Buffers.Binary;

namespace Analysenotater.Spss;

/// <summary>
/// Turns the data part of a system file into a sequence of 8-byte elements (one per numeric variable, one per
/// 8 bytes of string), undoing bytecode compression. Reads the underlying stream in 64 KiB chunks, once; never
/// allocates in proportion to anything but the chunk size.
/// </summary>
internal sealed class SpssDataDecoder
{
    private readonly Stream _stream;
    private readonly bool _compressed;
    private readonly double _bias;
    private readonly bool _bigEndian;
    private readonly double _sysmis;
    private readonly Func<long, string, SpssFormatException> _error;
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly byte[] _commands = new byte[8];
    private int _bufferLength;
    private int _bufferPos;
    private long _consumedBeforeBuffer;
    private int _commandIndex = 8;
    private bool _ended;

    /// <param name="stream">The data bytes (file stream positioned at the data, or decompressed ZLIB blocks).</param>
    /// <param name="baseOffset">The offset of the first data byte, for messages.</param>
    /// <param name="compressed">True for bytecode compression.</param>
    /// <param name="bias">The compression bias (normally 100).</param>
    /// <param name="bigEndian">The byte order of numbers in the file.</param>
    /// <param name="sysmis">The system-missing value used by the file.</param>
    /// <param name="error">Makes an exception from (offset, problem).</param>
    public SpssDataDecoder(Stream stream, long baseOffset, bool compressed, double bias, bool bigEndian, double sysmis, Func<long, string, SpssFormatException> error)
    {
        _stream = stream;
        _consumedBeforeBuffer = baseOffset;
        _compressed = compressed;
        _bias = bias;
        _bigEndian = bigEndian;
        _sysmis = sysmis;
        _error = error;
    }

    /// <summary>The offset (file offset, or decompressed offset for .zsav) of the next unread byte.</summary>
    public long Offset => _consumedBeforeBuffer + _bufferPos;

    /// <summary>Reads the next element into <paramref name="dest"/> (8 bytes).</summary>
    /// <exception cref="SpssFormatException">The data ends inside an uncompressed element.</exception>
    public SpssElementStatus Next(Span<byte> dest)
    {
        if (_ended)
        {
            return SpssElementStatus.End;
        }

        if (!_compressed)
        {
            return ReadRaw(dest, allowCleanEnd: true);
        }

        while (true)
        {
            if (_commandIndex == 8)
            {
                var status = ReadRaw(_commands, allowCleanEnd: true);
                if (status == SpssElementStatus.End)
                {
                    return SpssElementStatus.End;
                }

                _commandIndex = 0;
            }

            var code = _commands[_commandIndex++];
            switch (code)
            {
                case 0:
                    continue;
                case 252:
                    _ended = true;
                    return SpssElementStatus.End;
                case 253:
                    ReadRaw(dest, allowCleanEnd: false);
                    return SpssElementStatus.Element;
                case 254:
                    dest[..8].Fill((byte)' ');
                    return SpssElementStatus.Element;
                case 255:
                    WriteDouble(dest, _sysmis);
                    return SpssElementStatus.Element;
                default:
                    WriteDouble(dest, code - _bias);
                    return SpssElementStatus.Element;
            }
        }
    }

    private void WriteDouble(Span<byte> dest, double value)
    {
        if (_bigEndian)
        {
            BinaryPrimitives.WriteDoubleBigEndian(dest, value);
        }
        else
        {
            BinaryPrimitives.WriteDoubleLittleEndian(dest, value);
        }
    }

    private SpssElementStatus ReadRaw(Span<byte> dest, bool allowCleanEnd)
    {
        var got = 0;
        while (got < 8)
        {
            if (_bufferPos == _bufferLength)
            {
                _consumedBeforeBuffer += _bufferLength;
                _bufferPos = 0;
                _bufferLength = _stream.Read(_buffer, 0, _buffer.Length);
                if (_bufferLength == 0)
                {
                    if (got == 0 && allowCleanEnd)
                    {
                        _ended = true;
                        return SpssElementStatus.End;
                    }

                    throw _error(Offset, $"the data ends inside an 8-byte element ({got} of 8 bytes present); the file is truncated.");
                }
            }

            var n = Math.Min(8 - got, _bufferLength - _bufferPos);
            _buffer.AsSpan(_bufferPos, n).CopyTo(dest[got..]);
            _bufferPos += n;
            got += n;
        }

        return SpssElementStatus.Element;
    }
}
