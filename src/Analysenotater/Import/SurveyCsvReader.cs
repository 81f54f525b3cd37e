using System.Globalization;
using System.Text;
using Analysenotater.Disclosure.Persistence;
using Analysenotater.Instruments;

namespace Analysenotater.Import;

/// <summary>
/// Reads survey data from CSV: comma, semicolon or tab (detected from the header or given), a header row mapped to
/// item ids, UTF-8 with or without BOM or Windows-1252 (detected or given), decimal comma, values as codes or as
/// labels of the item's scale. Every problem is reported with file, row, column and value; a bad cell is kept empty
/// (no answer) and never coerced. The text is split by the Sep library (RFC 4180 quoting: delimiters, doubled quotes
/// and line breaks inside quotes); a quote inside a field, or one that opens a field and is never closed, is read as a
/// plain character (the unclosed one reported at its line), so no row is swallowed. Usage: <c>var (data, report) = SurveyCsvReader.Read("svar.csv", KnownInstruments.KoRus2017);</c>
/// </summary>
public static class SurveyCsvReader
{
    static SurveyCsvReader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Windows-1252 (Western European), the encoding of older Norwegian Excel CSV exports.</summary>
    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="instrument">The instrument whose item ids the header names; null imports every column by content.</param>
    /// <param name="options">Delimiter, encoding, strictness; null for <see cref="ImportOptions.Default"/>.</param>
    /// <exception cref="SurveyImportException">Strict mode and the file has errors; the message lists them.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentException"><see cref="ImportOptions.Delimiter"/> is a quote or a line break.</exception>
    public static ImportResult Read(string path, Instrument? instrument, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        return LedgerRegistry.Attach(ReadBytes(bytes, Path.GetFileName(path), instrument, options), path, () => SourceIdentity.Of(bytes));
    }

    /// <summary>Reads CSV from a stream; <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="SurveyImportException">Strict mode and the data has errors.</exception>
    public static ImportResult Read(Stream stream, string sourceName, Instrument? instrument, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        return LedgerRegistry.Attach(ReadBytes(bytes, sourceName, instrument, options), SourceIdentity.Of(bytes));
    }

    /// <summary>Reads CSV from text already decoded (no encoding detection); <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="SurveyImportException">Strict mode and the data has errors.</exception>
    public static ImportResult ReadText(string text, string sourceName, Instrument? instrument, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, sourceName ?? "<text>", instrument, options ?? ImportOptions.Default, []);
    }

    private static ImportResult ReadBytes(byte[] bytes, string file, Instrument? instrument, ImportOptions? options)
    {
        options ??= ImportOptions.Default;
        var issues = new List<ImportIssue>();
        var text = Decode(bytes, file, options.Encoding, issues);
        return Parse(text, file, instrument, options, issues);
    }

    private static string Decode(byte[] bytes, string file, Encoding? given, List<ImportIssue> issues)
    {
        if (DetectWideEncoding(bytes) is { } wide)
        {
            issues.Add(new ImportIssue(ImportIssueKind.EncodingGuess, file, null, null, null,
                Localization.Messages.Format(wide.BomLength > 0 ? "Import.WideBom" : "Import.WideZeros", wide.Name) +
                (given is null ? string.Empty : Localization.Messages.Format("Import.AlthoughEncoding", given.WebName))));
            return wide.Encoding.GetString(bytes, wide.BomLength, bytes.Length - wide.BomLength);
        }

        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var start = hasBom ? 3 : 0;
        var invalidAt = FirstInvalidUtf8(bytes, start);
        if (given is null)
        {
            if (invalidAt < 0)
            {
                return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            }

            var (line, b) = LineOf(bytes, invalidAt);
            issues.Add(new ImportIssue(ImportIssueKind.EncodingGuess, file, line, null, null,
                Localization.Messages.Format("Import.NotUtf8", b.ToString("X2", CultureInfo.InvariantCulture), invalidAt)));
            return Windows1252.GetString(bytes);
        }

        if (given.CodePage == Encoding.UTF8.CodePage)
        {
            // Invalid bytes become U+FFFD; the cells holding them are reported and kept empty.
            return new UTF8Encoding(false, false).GetString(bytes, start, bytes.Length - start);
        }

        if (invalidAt < 0 && bytes.Skip(start).Any(x => x >= 0x80))
        {
            issues.Add(new ImportIssue(ImportIssueKind.EncodingGuess, file, null, null, null,
                Localization.Messages.Format("Import.Utf8ReadAs", given.WebName)));
        }

        return given.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>UTF-32 or UTF-16 by byte order mark, or by the pattern of zero bytes ASCII text leaves in them; null otherwise.</summary>
    private static (Encoding Encoding, string Name, int BomLength)? DetectWideEncoding(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(false, false), "UTF-32 LE", 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(true, false), "UTF-32 BE", 4);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (new UnicodeEncoding(false, false), "UTF-16 LE", 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (new UnicodeEncoding(true, false), "UTF-16 BE", 2);
        }

        var n = Math.Min(b.Length, 4096) & ~3;
        if (n < 4)
        {
            return null;
        }

        var zeros = new int[4];
        for (var i = 0; i < n; i++)
        {
            if (b[i] == 0)
            {
                zeros[i & 3]++;
            }
        }

        var quarter = n / 4;
        if (zeros[1] > quarter * 0.9 && zeros[2] > quarter * 0.9 && zeros[3] > quarter * 0.9 && zeros[0] < quarter * 0.5)
        {
            return (new UTF32Encoding(false, false), "UTF-32 LE", 0);
        }

        if (zeros[0] > quarter * 0.9 && zeros[1] > quarter * 0.9 && zeros[2] > quarter * 0.9 && zeros[3] < quarter * 0.5)
        {
            return (new UTF32Encoding(true, false), "UTF-32 BE", 0);
        }

        var even = zeros[0] + zeros[2];
        var odd = zeros[1] + zeros[3];
        if (odd > n / 2 * 0.6 && even < n / 2 * 0.1)
        {
            return (new UnicodeEncoding(false, false), "UTF-16 LE", 0);
        }

        if (even > n / 2 * 0.6 && odd < n / 2 * 0.1)
        {
            return (new UnicodeEncoding(true, false), "UTF-16 BE", 0);
        }

        return null;
    }

    private static int FirstInvalidUtf8(byte[] bytes, int start)
    {
        var decoder = new UTF8Encoding(false, true);
        try
        {
            decoder.GetCharCount(bytes, start, bytes.Length - start);
            return -1;
        }
        catch (DecoderFallbackException ex)
        {
            return start + Math.Max(0, ex.Index);
        }
    }

    private static (int Line, byte Byte) LineOf(byte[] bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return (line, bytes[Math.Min(offset, bytes.Length - 1)]);
    }

    private static ImportResult Parse(string text, string file, Instrument? instrument, ImportOptions options, List<ImportIssue> issues)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var headerLine = FirstLine(text);
        var delimiter = options.Delimiter ?? Detect(headerLine);
        var records = CsvRecords.Read(text, delimiter, out var unterminated);
        foreach (var quote in unterminated)
        {
            issues.Add(new ImportIssue(ImportIssueKind.UnterminatedQuote, file, quote.Row, null, Shorten(LineAt(text, quote.Line)),
                Localization.Messages.Format("Import.UnclosedQuote", quote.Line)));
        }

        if (records.Count == 0)
        {
            issues.Add(new ImportIssue(ImportIssueKind.NoHeader, file, null, null, null, Localization.Messages.Get("Import.EmptyFile")));
            return DatasetAssembler.Assemble(file, [], [], instrument, options, issues);
        }

        var header = records[0];
        if (options.Delimiter is null && header.Length == 1 && SuggestDelimiter(headerLine) is { } suggested)
        {
            issues.Add(new ImportIssue(ImportIssueKind.WrongDelimiter, file, 1, null, Shorten(headerLine),
                Localization.Messages.Format("Import.SingleColumn", Name(suggested), suggested)));
        }

        if (options.Delimiter is { } d && header.Length == 1)
        {
            var other = new[] { ';', ',', '\t' }.Where(x => x != d).FirstOrDefault(x => CountOutsideQuotes(headerLine, x) > 0);
            if (other != default(char))
            {
                issues.Add(new ImportIssue(ImportIssueKind.WrongDelimiter, file, 1, null, Shorten(headerLine),
                    Localization.Messages.Format("Import.WrongDelimiter", Name(d), Name(other), other == '\t' ? "\\t" : other.ToString())));
            }
        }

        var rows = new List<TabularRow>();
        for (var r = 1; r < records.Count; r++)
        {
            var rec = records[r];
            var rowNumber = r + 1;
            if (rec.Length == 1 && rec[0].Length == 0)
            {
                continue; // an empty line: no respondent
            }

            var cells = new string?[header.Length];
            for (var c = 0; c < cells.Length && c < rec.Length; c++)
            {
                cells[c] = rec[c].Length == 0 ? null : rec[c];
            }

            if (rec.Length != header.Length)
            {
                var extra = rec.Length > header.Length ? string.Join(delimiter, rec.Skip(header.Length)) : null;
                issues.Add(new ImportIssue(ImportIssueKind.RaggedRow, file, rowNumber, null, extra,
                    rec.Length > header.Length
                        ? Localization.Messages.Format("Import.ExtraCells", rec.Length, header.Length)
                        : Localization.Messages.Format("Import.MissingCells", rec.Length, header.Length)));
            }

            rows.Add(new TabularRow(rowNumber, cells));
        }

        return DatasetAssembler.Assemble(file, header, rows, instrument, options, issues);
    }

    /// <summary>The character other than ; , and tab that most probably separates the header's columns, or null.</summary>
    private static char? SuggestDelimiter(string headerLine)
    {
        var best = default(char?);
        var bestCount = 0;
        foreach (var d in new[] { '|', ':', '^', '~', '#', '/', ' ' })
        {
            var n = CountOutsideQuotes(headerLine, d);
            if (n > bestCount)
            {
                best = d;
                bestCount = n;
            }
        }

        return best;
    }

    private static string LineAt(string text, int line)
    {
        var start = 0;
        for (var l = 1; l < line && start >= 0; l++)
        {
            start = text.IndexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }

        return start < 0 ? string.Empty : FirstLine(text[start..]);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    /// <summary>The most frequent of semicolon, comma and tab outside quotes in the header line (comma when none occurs).</summary>
    internal static char Detect(string headerLine)
    {
        var best = ',';
        var bestCount = 0;
        foreach (var d in new[] { ';', ',', '\t' })
        {
            var n = CountOutsideQuotes(headerLine, d);
            if (n > bestCount)
            {
                best = d;
                bestCount = n;
            }
        }

        return best;
    }

    private static int CountOutsideQuotes(string line, char d)
    {
        var n = 0;
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == d && !quoted)
            {
                n++;
            }
        }

        return n;
    }

    private static string Name(char d) => d switch
    {
        ';' => Localization.Messages.Get("Import.Semicolon"),
        ',' => Localization.Messages.Get("Import.Comma"),
        '\t' => Localization.Messages.Get("Import.Tab"),
        _ => "'" + d + "'",
    };

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
