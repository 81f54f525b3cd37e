using System.IO.Compression;

namespace Analysenotater.Spss;

/// <summary>
/// A read-only stream over the decompressed ZLIB blocks of a .zsav file, one block at a time. Each block's compressed
/// bytes are read (bounded by the file length, checked by the caller) and its output must have exactly the size the
/// trailer declares; anything else becomes <see cref="SpssFormatException"/>.
/// </summary>
internal sealed class SpssZlibDataStream : Stream
{
    private readonly SpssByteReader _file;
    private readonly IReadOnlyList<SpssZlibBlock> _blocks;
    private int _next;
    private ZLibStream? _current;
    private SpssZlibBlock _currentBlock;
    private long _producedInBlock;

    public SpssZlibDataStream(SpssByteReader file, IReadOnlyList<SpssZlibBlock> blocks)
    {
        _file = file;
        _blocks = blocks;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_current is null)
            {
                if (_next >= _blocks.Count)
                {
                    return 0;
                }

                _currentBlock = _blocks[_next++];
                _file.Record = $"ZLIB data block {_next} of {_blocks.Count}";
                _file.Seek(_currentBlock.CompressedOffset);
                var bytes = _file.Bytes(_currentBlock.CompressedSize);
                _current = new ZLibStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
                _producedInBlock = 0;
            }

            int n;
            try
            {
                var room = (int)Math.Min(buffer.Length, _currentBlock.UncompressedSize - _producedInBlock + 1);
                n = _current.Read(buffer[..room]);
            }
            catch (InvalidDataException ex)
            {
                throw _file.Error($"the ZLIB block does not decompress: {ex.Message}", _currentBlock.CompressedOffset, ex);
            }

            _producedInBlock += n;
            if (_producedInBlock > _currentBlock.UncompressedSize)
            {
                throw _file.Error($"the ZLIB block decompresses to more than the {_currentBlock.UncompressedSize} bytes its trailer entry declares.", _currentBlock.CompressedOffset);
            }

            if (n > 0)
            {
                return n;
            }

            if (_producedInBlock != _currentBlock.UncompressedSize)
            {
                throw _file.Error($"the ZLIB block decompresses to {_producedInBlock} bytes, but its trailer entry declares {_currentBlock.UncompressedSize}.", _currentBlock.CompressedOffset);
            }

            _current.Dispose();
            _current = null;
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _current?.Dispose();
        }

        base.Dispose(disposing);
    }
}
