using System.Runtime.CompilerServices;
using System.Text;
using nietras.SeparatedValues;
using Analysenotater.Data;
using Analysenotater.Instruments;

namespace Analysenotater.Import;

/// <summary>
/// A fast, single-pass CSV reader for large survey files (hundreds of thousands to millions of respondents): the Sep
/// library splits the lines into cells, which are parsed straight from its buffer into compact column storage (answer
/// codes as 16-bit integers) without a string per cell. The
/// result is the same as <see cref="SurveyCsvReader.Read(string, Instrument?, ImportOptions?)"/>: the same columns,
/// the same validation report (every bad cell reported with row, column and value, kept empty, nothing dropped).
/// Files the fast path does not cover — quotes, text columns, ragged rows, non-UTF-8 bytes, a non-UTF-8
/// <see cref="ImportOptions.Encoding"/>, duplicate or empty headers, a header longer than 1 MB, a delimiter Sep does
/// not take — are read by <see cref="SurveyCsvReader"/>
/// instead, so the outcome never depends on which path ran.
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
        if (Array.IndexOf(buffer, (byte)0, 0, filled) >= 0
            || (filled >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF))))
        {
            return null; // NUL bytes or a UTF-16/32 byte order mark: UTF-16/32 or binary; the general reader detects and names it
        }

        var bom = filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        var headerEnd = buffer.AsSpan(bom, filled - bom).IndexOfAny((byte)'\n', (byte)'\r');
        if (headerEnd < 0 && filled == buffer.Length)
        {
            return null; // no line end in the first megabyte
        }

        var headerBytes = buffer.AsSpan(bom, headerEnd < 0 ? filled - bom : headerEnd);
        if (headerBytes.IndexOf((byte)'"') >= 0 || !System.Text.Unicode.Utf8.IsValid(headerBytes))
        {
            return null;
        }

        var headerLine = Encoding.UTF8.GetString(headerBytes);
        var delimiter = options.Delimiter ?? Detect(headerLine);
        var header = headerLine.Split(delimiter);
        if ((header.Length == 1 && options.Delimiter is not null) || SepOrNull(delimiter) is not { } sep)
        {
            return null; // the general reader explains a wrong delimiter, and reads one Sep does not take
        }

        var issues = new List<ImportIssue>();
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

        // Count the lines first (a vectorised pass over bytes already in the page cache), so the columns are
        // allocated at their final length and never copied; the header and empty lines make them longer than needed
        // and they are trimmed at the end.
        var capacity = CountLines(stream, buffer, filled);
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

        // Sep splits the lines; quotes are not parsed (a cell holding one goes to the general reader, which reads
        // quoted fields and reports an unclosed quote), and the UTF-8 decoder throws on invalid bytes (the general
        // reader then detects Windows-1252 and names it).
        stream.Position = bom;
        using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        try
        {
            using var reader = sep.Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true }).From(text);
            var rows = ParseRows(reader, sinks, file, options, ref capacity);
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
        catch (NeedsGeneralReaderException)
        {
            return null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Sep? SepOrNull(char delimiter)
    {
        try
        {
            return Sep.New(delimiter);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int CountLines(FileStream stream, byte[] buffer, int filled)
    {
        long lines = buffer.AsSpan(0, filled).Count((byte)'\n');
        var last = filled > 0 ? buffer[filled - 1] : (byte)'\n';
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        if (last != (byte)'\n')
        {
            lines++; // the last line has no line break
        }

        return (int)Math.Clamp(lines, 1, int.MaxValue - 64);
    }

    // Called once per file with a loop over every row: compiled fully optimised at once (no tier-0 start waiting for on-stack replacement).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ParseRows(SepReader reader, Sink[] sinks, string file, ImportOptions options, ref int capacity)
    {
        var rows = 0;
        var k = sinks.Length;
        foreach (var row in reader)
        {
            if (row.RowIndex == 0)
            {
                continue; // the header, read from the bytes above
            }

            var recordNumber = row.RowIndex + 1; // the header is record 1
            var n = row.ColCount;
            if (n == 1 && row.Span.Length == 0)
            {
                continue; // an empty line: no respondent
            }

            if (n != k)
            {
                throw new NeedsGeneralReaderException(); // ragged row
            }

            if (rows == capacity)
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

            // A code cell that is empty or one digit already known to be on the scale is stored inline, any other
            // cell is parsed by Store.
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
                    Store(sink, cell, rows, recordNumber, file, options);
                }
            }

            rows++;
        }

        return rows;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Store(Sink sink, ReadOnlySpan<char> cell, int row, int recordNumber, string file, ImportOptions options)
    {
        // Fast case: empty, or 1–9 ASCII digits.
        var value = 0;
        var digits = cell.Length is > 0 and <= 9;
        foreach (var ch in cell)
        {
            var d = ch - '0';
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

    private static string CellText(ReadOnlySpan<char> cell)
    {
        if (cell.Contains('"'))
        {
            throw new NeedsGeneralReaderException(); // quoting: the general reader
        }

        return new string(cell);
    }

    private static char Detect(string headerLine)
    {
        var best = ',';
        var bestCount = 0;
        foreach (var d in new[] { ';', ',', '\t' })
        {
            var n = headerLine.Count(ch => ch == d);
            if (n > bestCount)
            {
                best = d;
                bestCount = n;
            }
        }

        return best;
    }
}
