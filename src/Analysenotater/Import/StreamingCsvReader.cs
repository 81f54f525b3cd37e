using System.Text;
using nietras.SeparatedValues;
using Analysenotater.Data;
using Analysenotater.Disclosure.Persistence;
using Analysenotater.Instruments;

namespace Analysenotater.Import;

/// <summary>
/// A fast, single-pass CSV reader for large survey files (hundreds of thousands to millions of respondents): cells are
/// parsed straight into compact column storage (answer codes as 16-bit integers) without a string per cell. Quote-free
/// lines are split on the bytes (a search for the line feed and the delimiter); a file with quotes is decoded and split
/// by the Sep library (quoted fields unescaped) into the same storage. Splitting quote-free files with Sep too was
/// measured 1.23 times slower for the first read in a process, as the 1M-row bench, a notebook and the CLI read (Sep's
/// parser is compiled on first use; a second read is as fast; docs/performance.md), so that path stays byte-level.
/// The result is the same as <see cref="SurveyCsvReader.Read(string, Instrument?, ImportOptions?)"/>: the same columns,
/// the same validation report (every bad cell reported with row, column and value, kept empty, nothing dropped).
/// Files the fast path does not cover — a quote inside a field or one never closed, text columns, ragged rows, lone CR
/// line ends, non-UTF-8 bytes, a non-UTF-8 <see cref="ImportOptions.Encoding"/>, duplicate or empty headers — are read
/// by <see cref="SurveyCsvReader"/> instead, so the outcome never depends on which path ran.
/// Usage: <c>var (data, report) = StreamingCsvReader.Read("svar.csv", instrument);</c>
/// </summary>
public static class StreamingCsvReader
{
    private const int BufferSize = 1 << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    [ThreadStatic]
    private static bool _lastWasFast;

    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="instrument">The instrument whose item ids the header names; null imports every column by content.</param>
    /// <param name="options">Delimiter, encoding, strictness; null for <see cref="ImportOptions.Default"/>.</param>
    /// <exception cref="SurveyImportException">Strict mode and the file has errors; the message lists them.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult Read(string path, Instrument? instrument, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        var result = TryFast(path, instrument, options);
        if (result is null)
        {
            return SurveyCsvReader.Read(path, instrument, options);
        }

        result = LedgerRegistry.Attach(result, path, () => SourceIdentity.OfFile(path));

        if (options.Strict && result.Report.HasErrors)
        {
            throw new SurveyImportException([.. result.Report.Errors]);
        }

        return result;
    }

    /// <summary>True when the most recent <see cref="Read"/> on the calling thread used the fast single-pass path rather than <see cref="SurveyCsvReader"/>.</summary>
    public static bool LastReadWasFast => _lastWasFast;

    private enum Target
    {
        Code,
        NumericItem,
        RespondentNumber,
        ByContentNumber,
    }

    private sealed class Sink
    {
        public required Target Target { get; init; }

        public required string Head { get; init; }

        public required string Name { get; init; }

        public Item? Item { get; init; }

        public AnswerScale? Scale { get; init; }

        /// <summary>Per code 0–255: 0 not yet looked up, 1 on the scale, 2 not on the scale.</summary>
        public byte[] OnScale { get; } = new byte[256];

        public short[] Codes { get; set; } = [];

        public double[] Values { get; set; } = [];

        /// <summary>This column's cell issues, in row order (the general reader reports column by column).</summary>
        public List<ImportIssue> Issues { get; } = [];
    }

    private sealed class NeedsGeneralReaderException : Exception;

    /// <summary>The byte path met a quote: the file is read again by <see cref="TryQuoted"/>.</summary>
    private sealed class QuoteFoundException : Exception;

    private static ImportResult? TryFast(string path, Instrument? instrument, ImportOptions options)
    {
        _lastWasFast = false;
        if (options.Encoding is { } enc && enc.CodePage != Encoding.UTF8.CodePage)
        {
            return null;
        }

        var file = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize];
        var filled = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (Array.IndexOf(buffer, (byte)0, 0, filled) >= 0)
        {
            return null; // NUL bytes: UTF-16/32 or binary; the general reader detects and names it
        }

        var pos = filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        var headerEnd = Array.IndexOf(buffer, (byte)'\n', pos, filled - pos);
        var crEnd = Array.IndexOf(buffer, (byte)'\r', pos, filled - pos);
        if (headerEnd < 0 || (crEnd >= 0 && crEnd < headerEnd - 1))
        {
            return null; // no complete header line in the first megabyte, or lone CR line ends
        }

        var headerBytes = buffer.AsSpan(pos, (crEnd >= 0 && crEnd == headerEnd - 1 ? crEnd : headerEnd) - pos);
        if (!IsValidUtf8(headerBytes))
        {
            return null;
        }

        if (headerBytes.IndexOf((byte)'"') >= 0)
        {
            return TryQuoted(path, instrument, options);
        }

        var headerLine = Encoding.UTF8.GetString(headerBytes);
        var delimiter = options.Delimiter ?? SurveyCsvReader.Detect(headerLine);
        var header = headerLine.Split(delimiter);
        if (header.Length == 1 && options.Delimiter is not null)
        {
            return null; // the general reader explains a wrong delimiter
        }

        if (Sinks(file, header, instrument, options, out var issues) is not { } sinks)
        {
            return null;
        }

        // Count the data lines first (a vectorised pass over bytes already in the page cache), so the columns are
        // allocated at their final length and never copied; empty lines make them longer than needed and they are
        // trimmed at the end.
        var capacity = CountDataLines(stream, buffer, filled, headerEnd + 1);
        Allocate(sinks, capacity);

        try
        {
            var rows = ParseRows(stream, buffer, filled, headerEnd + 1, (byte)delimiter, sinks, file, options, ref capacity);
            return Finish(file, instrument, options, sinks, rows, issues);
        }
        catch (NeedsGeneralReaderException)
        {
            return null;
        }
        catch (QuoteFoundException)
        {
            return TryQuoted(path, instrument, options);
        }
    }

    /// <summary>One sink per header column, or null when a column is not one the fast path stores (open text) or the header has duplicate or empty names.</summary>
    private static Sink[]? Sinks(string file, string[] header, Instrument? instrument, ImportOptions options, out List<ImportIssue> issues)
    {
        issues = [];
        var template = DatasetAssembler.Assemble(file, header, [], instrument, options with { Strict = false }, issues);
        if (issues.Any(i => i.Kind is ImportIssueKind.DuplicateColumn) || header.Any(h => h.Trim().Length == 0)
            || template.Dataset.Columns.Count != header.Length)
        {
            return null;
        }

        // As DatasetAssembler: only age and weight must be numbers; grouping roles may be text («liten», «stor»).
        var numericRoles = new[] { options.Roles.Age, options.Roles.Weight }
            .Where(n => n is not null).Select(n => n!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sinks = new Sink[header.Length];
        for (var c = 0; c < header.Length; c++)
        {
            var column = template.Dataset.Columns[c];
            var head = header[c].Trim();
            Item? item = instrument is not null && instrument.HasItem(column.Name) ? instrument.GetItem(column.Name) : null;
            Sink sink;
            switch (column)
            {
                case CodeColumn:
                    sink = new Sink { Target = Target.Code, Head = head, Name = column.Name, Item = item, Scale = instrument!.ScaleOf(column.Name) };
                    break;
                case NumericColumn when item is not null:
                    sink = new Sink { Target = Target.NumericItem, Head = head, Name = column.Name, Item = item };
                    break;
                case NumericColumn:
                    sink = new Sink { Target = numericRoles.Contains(head) ? Target.RespondentNumber : Target.ByContentNumber, Head = head, Name = column.Name };
                    break;
                default:
                    return null; // open-text columns: the general reader
            }

            sinks[c] = sink;
        }

        return sinks;
    }

    private static ImportResult Finish(string file, Instrument? instrument, ImportOptions options, Sink[] sinks, int rows, List<ImportIssue> issues)
    {
        var columns = new List<SurveyColumn>(sinks.Length);
        foreach (var s in sinks)
        {
            if (s.Target == Target.Code)
            {
                var codes = s.Codes;
                if (codes.Length != rows)
                {
                    Array.Resize(ref codes, rows);
                }

                columns.Add(new CodeColumn(s.Name, codes));
            }
            else
            {
                var values = s.Values;
                if (values.Length != rows)
                {
                    Array.Resize(ref values, rows);
                }

                columns.Add(new NumericColumn(s.Name, values));
            }
        }

        // The general reader's order: per column, its header issue, then its cells' issues in row order.
        var ordered = issues.Where(i => !sinks.Any(s => s.Head == i.Column)).ToList();
        foreach (var s in sinks)
        {
            ordered.AddRange(issues.Where(i => i.Column == s.Head));
            ordered.AddRange(s.Issues);
        }

        issues = ordered;

        _lastWasFast = true;
        return new ImportResult(new SurveyDataset(instrument, columns, options.Roles), new ValidationReport(file, [.. issues]));
    }

    /// <summary>
    /// The fast path for a file with quotes: the whole file is decoded and split by Sep (quoted fields unescaped) into
    /// the same sinks. Null — the general reader — when the file is not strict UTF-8, or has a quote Sep would pair
    /// differently from RFC 4180 (inside a field, or never closed: <see cref="CsvQuotes"/>), a delimiter Sep does not
    /// take, or anything the byte path also leaves to the general reader.
    /// </summary>
    private static ImportResult? TryQuoted(string path, Instrument? instrument, ImportOptions options)
    {
        var file = Path.GetFileName(path);
        string text;
        {
            var bytes = File.ReadAllBytes(path);
            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        var lineEnd = text.AsSpan().IndexOfAny('\r', '\n');
        var delimiter = options.Delimiter ?? SurveyCsvReader.Detect(lineEnd < 0 ? text : text[..lineEnd]);
        if (CsvQuotes.PlainQuotes(text, delimiter, out _).Count > 0 || delimiter is '"' or '\r' or '\n')
        {
            return null; // the general reader reads these quotes as plain characters and reports an unclosed one
        }

        Sep sep;
        try
        {
            sep = Sep.New(delimiter);
        }
        catch (ArgumentException)
        {
            return null;
        }

        using var reader = sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
        if (!reader.MoveNext())
        {
            return null;
        }

        var first = reader.Current;
        var header = new string[first.ColCount];
        for (var c = 0; c < header.Length; c++)
        {
            header[c] = first[c].ToString();
        }

        if ((header.Length == 1 && options.Delimiter is not null) || Sinks(file, header, instrument, options, out var issues) is not { } sinks)
        {
            return null;
        }

        var capacity = (int)Math.Min(int.MaxValue - 64, text.AsSpan().Count('\n') + 1L);
        Allocate(sinks, capacity);

        try
        {
            var rows = ParseQuotedRows(reader, sinks, file, options, ref capacity);
            return Finish(file, instrument, options, sinks, rows, issues);
        }
        catch (NeedsGeneralReaderException)
        {
            return null;
        }
    }

    private static int ParseQuotedRows(SepReader reader, Sink[] sinks, string file, ImportOptions options, ref int capacity)
    {
        var rows = 0;
        var k = sinks.Length;
        Span<byte> utf8 = stackalloc byte[256];
        foreach (var row in reader)
        {
            var recordNumber = row.RowIndex + 1; // the header is record 1
            if (row.ColCount == 1 && row[0].Span.Length == 0)
            {
                continue; // an empty line: no respondent
            }

            if (row.ColCount != k)
            {
                throw new NeedsGeneralReaderException(); // ragged row
            }

            if (rows == capacity)
            {
                Grow(sinks, ref capacity);
            }

            for (var c = 0; c < k; c++)
            {
                var sink = sinks[c];
                var cell = row[c].Span;
                if (sink.Target == Target.Code && cell.Length == 0)
                {
                    sink.Codes[rows] = CodeColumn.Empty;
                }
                else if (sink.Target == Target.Code && cell.Length == 1 && (uint)(cell[0] - '0') <= 9 && sink.OnScale[cell[0] - '0'] == 1)
                {
                    sink.Codes[rows] = (short)(cell[0] - '0');
                }
                else
                {
                    // The byte path's parsing, on the cell's UTF-8 bytes (the cell is valid text: it was decoded strictly).
                    var bytes = cell.Length * 3 <= utf8.Length ? utf8[..Encoding.UTF8.GetBytes(cell, utf8)] : Encoding.UTF8.GetBytes(cell.ToArray());
                    Store(sink, bytes, rows, recordNumber, file, options);
                }
            }

            rows++;
        }

        return rows;
    }

    private static int CountDataLines(FileStream stream, byte[] buffer, int filled, int start)
    {
        long lines = buffer.AsSpan(start, filled - start).Count((byte)'\n');
        var last = filled > start ? buffer[filled - 1] : (byte)'\n';
        var resume = stream.Position;
        var scratch = new byte[BufferSize];
        int read;
        while ((read = stream.Read(scratch, 0, scratch.Length)) > 0)
        {
            lines += scratch.AsSpan(0, read).Count((byte)'\n');
            last = scratch[read - 1];
        }

        stream.Position = resume;
        if (last != (byte)'\n')
        {
            lines++; // the last line has no line break
        }

        return (int)Math.Clamp(lines, 1, int.MaxValue - 64);
    }

    private static int ParseRows(FileStream stream, byte[] buffer, int filled, int start, byte delimiter, Sink[] sinks, string file,
        ImportOptions options, ref int capacity)
    {
        var rows = 0;
        var recordNumber = 1; // the header is record 1
        var pos = start;
        var k = sinks.Length;
        while (true)
        {
            // Make sure a whole line is in the buffer (or the file has ended).
            var nl = Array.IndexOf(buffer, (byte)'\n', pos, filled - pos);
            if (nl < 0)
            {
                var rest = filled - pos;
                if (rest > 0 && pos > 0)
                {
                    Buffer.BlockCopy(buffer, pos, buffer, 0, rest);
                }

                if (rest == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                pos = 0;
                var read = stream.ReadAtLeast(buffer.AsSpan(rest), buffer.Length - rest, throwOnEndOfStream: false);
                filled = rest + read;
                if (read == 0)
                {
                    if (rest == 0)
                    {
                        return rows;
                    }

                    nl = filled; // last line without a line break
                }
                else
                {
                    continue;
                }
            }

            var end = nl > pos && buffer[nl - 1] == (byte)'\r' ? nl - 1 : nl;
            recordNumber++;
            var line = buffer.AsSpan(pos, end - pos);
            pos = Math.Min(nl + 1, filled);
            if (line.Length == 0)
            {
                if (nl >= filled)
                {
                    return rows;
                }

                continue; // an empty line: no respondent
            }

            if (line.IndexOfAny((byte)'\r', (byte)'"') >= 0)
            {
                throw line.IndexOf((byte)'"') >= 0 ? new QuoteFoundException() : new NeedsGeneralReaderException(); // quotes: Sep; a lone CR: the general reader
            }

            if (rows == capacity)
            {
                Grow(sinks, ref capacity);
            }

            // Cells left to right; a code cell that is empty or one digit already known to be on the scale is stored
            // inline, any other cell is delimited with a vectorised search and parsed by Store.
            var c = 0;
            var i = 0;
            var len = line.Length;
            while (true)
            {
                if (c >= k)
                {
                    throw new NeedsGeneralReaderException(); // ragged row
                }

                var sink = sinks[c];
                int cellEnd;
                if (sink.Target == Target.Code && (i == len || line[i] == delimiter))
                {
                    sink.Codes[rows] = CodeColumn.Empty;
                    cellEnd = i;
                }
                else if (sink.Target == Target.Code && (i + 1 == len || line[i + 1] == delimiter)
                    && (uint)(line[i] - '0') <= 9 && sink.OnScale[line[i] - '0'] == 1)
                {
                    sink.Codes[rows] = (short)(line[i] - '0');
                    cellEnd = i + 1;
                }
                else
                {
                    var relative = line[i..].IndexOf(delimiter);
                    cellEnd = relative < 0 ? len : i + relative;
                    Store(sink, line[i..cellEnd], rows, recordNumber, file, options);
                }

                c++;
                if (cellEnd >= len)
                {
                    break;
                }

                i = cellEnd + 1;
            }

            if (c != k)
            {
                throw new NeedsGeneralReaderException(); // ragged row
            }

            rows++;
            if (nl >= filled)
            {
                return rows;
            }
        }
    }

    /// <summary>Each sink's column at <paramref name="capacity"/> rows.</summary>
    private static void Allocate(Sink[] sinks, int capacity)
    {
        foreach (var s in sinks)
        {
            if (s.Target == Target.Code)
            {
                s.Codes = new short[capacity];
            }
            else
            {
                s.Values = new double[capacity];
            }
        }
    }

    private static void Grow(Sink[] sinks, ref int capacity)
    {
        capacity = (int)Math.Min(int.MaxValue - 64, (long)capacity * 2);
        foreach (var s in sinks)
        {
            if (s.Target == Target.Code)
            {
                var a = s.Codes;
                Array.Resize(ref a, capacity);
                s.Codes = a;
            }
            else
            {
                var a = s.Values;
                Array.Resize(ref a, capacity);
                s.Values = a;
            }
        }
    }

    private static void Store(Sink sink, ReadOnlySpan<byte> cell, int row, int recordNumber, string file, ImportOptions options)
    {
        // Fast case: empty, or 1–9 ASCII digits.
        var value = 0;
        var digits = cell.Length is > 0 and <= 9;
        foreach (var b in cell)
        {
            var d = b - (byte)'0';
            if ((uint)d > 9)
            {
                digits = false;
                break;
            }

            value = (value * 10) + d;
        }

        if (sink.Target == Target.Code)
        {
            if (cell.Length == 0)
            {
                sink.Codes[row] = CodeColumn.Empty;
                return;
            }

            if (digits && value <= short.MaxValue)
            {
                var known = value < 256 ? sink.OnScale[value] : (byte)0;
                if (known == 0)
                {
                    known = sink.Scale!.Find(value) is null ? (byte)2 : (byte)1;
                    if (value < 256)
                    {
                        sink.OnScale[value] = known;
                    }
                }

                if (known == 1)
                {
                    sink.Codes[row] = (short)value;
                    return;
                }
            }

            var text = CellText(cell);
            sink.Codes[row] = string.IsNullOrWhiteSpace(text)
                ? CodeColumn.Empty
                : DatasetAssembler.CodeCell(file, sink.Head, sink.Scale!, recordNumber, text, options, sink.Issues);
            return;
        }

        if (cell.Length == 0)
        {
            sink.Values[row] = double.NaN;
            return;
        }

        if (digits)
        {
            if (sink.Target != Target.NumericItem || sink.Item!.Type != ItemType.Year || value is >= 1000 and <= 2999)
            {
                sink.Values[row] = value;
                return;
            }
        }

        var s = CellText(cell);
        if (string.IsNullOrWhiteSpace(s))
        {
            sink.Values[row] = double.NaN;
            return;
        }

        switch (sink.Target)
        {
            case Target.NumericItem:
                sink.Values[row] = DatasetAssembler.NumericItemCell(file, sink.Head, sink.Item!, recordNumber, s, sink.Issues);
                return;
            case Target.RespondentNumber:
                sink.Values[row] = DatasetAssembler.RespondentNumberCell(file, sink.Name, sink.Head, recordNumber, s.Trim(), sink.Issues);
                return;
            default:
                sink.Values[row] = ImportNumber.Parse(s, out _) ?? throw new NeedsGeneralReaderException(); // a text column, or a refused number
                return;
        }
    }

    private static string CellText(ReadOnlySpan<byte> cell)
    {
        if (!IsValidUtf8(cell))
        {
            throw new NeedsGeneralReaderException(); // encoding detection and reporting: the general reader
        }

        return Encoding.UTF8.GetString(cell);
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
