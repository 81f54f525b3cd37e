using System.IO.Hashing;
using System.Text;

namespace Analysenotater.Disclosure.Persistence;

/// <summary>
/// The state file of one data source's release ledger: a header naming the source (content hash, length, rows) and
/// the log of every release committed, one checksummed record each, appended under an exclusive file lock. Before a
/// release is settled, what other processes appended is replayed, so every release is checked against every earlier
/// one from the same data, whichever process made it.
/// </summary>
/// <remarks>
/// A file that cannot be read (not a ledger, another source, a record that fails its checksum or cannot be replayed,
/// or I/O errors) raises <see cref="LedgerStateException"/> and the journal refuses every later release: a damaged
/// log is never skipped or rewritten.
/// </remarks>
internal sealed class LedgerJournal
{
    private static readonly byte[] Magic = "ANLEDGER"u8.ToArray();
    private const byte FormatVersion = 1;
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(60);

    private readonly Lock _sync = new();
    private readonly SourceIdentity _source;
    private readonly int _rows;
    private long _offset;
    private int _records;
    private LedgerStateException? _failure;

    /// <summary>A journal for the source <paramref name="source"/> of <paramref name="rows"/> rows at <paramref name="path"/>.</summary>
    public LedgerJournal(string path, SourceIdentity source, int rows)
    {
        Path = path;
        _source = source;
        _rows = rows;
    }

    /// <summary>The state file.</summary>
    public string Path { get; }

    /// <summary>The number of records applied to the ledger (replayed or written).</summary>
    public int Records => _records;

    /// <summary>Throws the error that broke this journal, if any.</summary>
    /// <exception cref="LedgerStateException">The state file could not be used.</exception>
    public void ThrowIfBroken()
    {
        if (_failure is { } f)
        {
            throw f;
        }
    }

    /// <summary>Replays the file's records not yet applied on <paramref name="ledger"/> (nothing when the file does not exist yet); at every import of the source.</summary>
    /// <exception cref="LedgerStateException">The file cannot be used.</exception>
    public void Open(ReleaseLedger ledger)
    {
        lock (_sync)
        {
            Guarded(() =>
            {
                if (!File.Exists(Path) && _offset == 0)
                {
                    return 0;
                }

                using var stream = OpenLocked();
                CatchUp(stream, ledger);
                return 0;
            });
        }
    }

    /// <summary>Replays what others appended, settles the release on <paramref name="ledger"/>, and appends it.</summary>
    /// <exception cref="LedgerStateException">The file cannot be used (the release is not made).</exception>
    public ReleaseDecision Settle(ReleaseLedger ledger, IReadOnlyList<ReleaseProposal> proposals, Func<DisclosureLevel[], bool[], DisclosureLevel[]> decide)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        lock (_sync)
        {
            return Guarded(() =>
            {
                using var stream = OpenLocked();
                CatchUp(stream, ledger);
                var decision = ledger.SettleHere(proposals, decide);
                Append(stream, LedgerLogRecord.From(proposals, [.. decision.Levels]));
                return decision;
            });
        }
    }

    private T Guarded<T>(Func<T> body)
    {
        ThrowIfBroken();
        try
        {
            return body();
        }
        catch (LedgerStateException e)
        {
            _failure = e;
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failure = new LedgerStateException(Path, Localization.Messages.Format("Ledger.Unreadable", e.Message), e);
            throw _failure;
        }
    }

    /// <summary>Opens the file for reading and appending under an exclusive lock, waiting while another process holds it.</summary>
    private FileStream OpenLocked()
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait && File.Exists(Path))
            {
                Thread.Sleep(25); // another process is settling a release
            }
        }
    }

    /// <summary>Checks the header (writing it into an empty file) and replays the records not yet applied.</summary>
    private void CatchUp(FileStream stream, ReleaseLedger ledger)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (stream.Length < _offset)
        {
            // Cut, replaced or deleted while this process held the ledger: what it recorded is no longer there.
            throw new LedgerStateException(Path, Localization.Messages.Format("Ledger.Cut", stream.Length, _offset));
        }

        if (stream.Length == 0)
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(_source.Hash);
            writer.Write(_source.Length);
            writer.Write(_rows);
            writer.Flush();
            stream.Flush();
            _offset = stream.Position;
            return;
        }

        if (_offset == 0)
        {
            ReadHeader(stream, reader);
            _offset = stream.Position;
        }

        stream.Position = _offset;
        while (stream.Position < stream.Length)
        {
            var start = stream.Position;
            LedgerLogRecord record;
            try
            {
                var length = reader.ReadInt32();
                if (length <= 0 || length > stream.Length - stream.Position - sizeof(ulong))
                {
                    throw new InvalidDataException("length");
                }

                var payload = reader.ReadBytes(length);
                if (payload.Length != length || reader.ReadUInt64() != XxHash3.HashToUInt64(payload))
                {
                    throw new InvalidDataException("checksum");
                }

                using var body = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
                record = LedgerLogRecord.Read(body, _rows);
                if (body.BaseStream.Position != payload.Length)
                {
                    throw new InvalidDataException("trailing bytes");
                }

                record.Replay(ledger);
            }
            catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentException or OverflowException or DecoderFallbackException)
            {
                throw new LedgerStateException(Path, Localization.Messages.Format("Ledger.Corrupt", _records + 1, start), e);
            }

            _records++;
            _offset = stream.Position;
        }
    }

    private void ReadHeader(FileStream stream, BinaryReader reader)
    {
        try
        {
            var magic = reader.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic) || reader.ReadByte() != FormatVersion)
            {
                throw new LedgerStateException(Path, Localization.Messages.Get("Ledger.NotALedger"));
            }

            var hash = reader.ReadString();
            var length = reader.ReadInt64();
            var rows = reader.ReadInt32();
            if (hash != _source.Hash || length != _source.Length || rows != _rows)
            {
                throw new LedgerStateException(Path, Localization.Messages.Format("Ledger.OtherSource", rows, hash, _rows, _source.Hash));
            }
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or DecoderFallbackException or IOException and not LedgerStateException)
        {
            throw new LedgerStateException(Path, Localization.Messages.Get("Ledger.NotALedger"), e);
        }

        _ = stream;
    }

    private void Append(FileStream stream, LedgerLogRecord record)
    {
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            record.Write(w);
        }

        var bytes = payload.ToArray();
        stream.Position = stream.Length;
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(bytes.Length);
        writer.Write(bytes);
        writer.Write(XxHash3.HashToUInt64(bytes));
        writer.Flush();
        stream.Flush();
        _records++;
        _offset = stream.Position;
    }
}
