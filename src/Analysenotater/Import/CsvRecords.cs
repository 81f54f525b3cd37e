using nietras.SeparatedValues;

namespace Analysenotater.Import;

/// <summary>
/// Splits delimited text into records of unescaped cells with the Sep library, after <see cref="CsvQuotes"/> has
/// found the quotes to read as plain characters (a quote inside a field, or one that opens a field and is never
/// closed): those are hidden from Sep behind a character the text does not contain and put back in the cells, so an
/// unclosed quote swallows nothing. A delimiter Sep does not take (for example <c>#</c> or a letter outside ASCII)
/// is handed to Sep the same way, as U+001F.
/// Records are counted as spreadsheet rows: the first record is row 1, an empty line is a record (of one empty cell),
/// and a quoted line break does not start a record. Line ends: CR LF, LF or CR.
/// </summary>
internal static class CsvRecords
{
    private const char DelimiterStandIn = '\u001F';

    /// <summary>The records of <paramref name="text"/>, in order; record k (0-based) is row k + 1.</summary>
    /// <param name="text">The whole text, decoded, without a byte order mark.</param>
    /// <param name="delimiter">The field delimiter; not a quote or a line break.</param>
    /// <param name="unclosed">Quotes that open a field and are never closed; they were read as plain characters.</param>
    /// <exception cref="ArgumentException"><paramref name="delimiter"/> is a quote or a line break, or it is a character Sep does not take and the text already holds U+001F.</exception>
    public static List<string[]> Read(string text, char delimiter, out List<CsvQuotes.Unclosed> unclosed)
    {
        if (delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException($"the delimiter U+{(int)delimiter:X4} cannot separate fields: it is a quote or a line break", nameof(delimiter));
        }

        var plain = CsvQuotes.PlainQuotes(text, delimiter, out unclosed);
        var sep = SepFor(delimiter);
        var quoteStandIn = default(char?);
        var delimiterStandIn = sep.Separator != delimiter ? DelimiterStandIn : default(char?);
        if (delimiterStandIn is not null && text.Contains(DelimiterStandIn, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the delimiter '{delimiter}' is not one the CSV parser takes and the file already holds U+001F, which would stand in for it; choose another delimiter", nameof(delimiter));
        }

        if (plain.Count > 0 || delimiterStandIn is not null)
        {
            var chars = text.ToCharArray();
            if (plain.Count > 0)
            {
                quoteStandIn = UnusedChar(text);
                foreach (var at in plain)
                {
                    chars[at] = quoteStandIn.Value;
                }
            }

            if (delimiterStandIn is { } d)
            {
                chars.AsSpan().Replace(delimiter, d);
            }

            text = new string(chars);
        }

        var records = new List<string[]>();
        using var reader = sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = row[c].ToString();
                if (quoteStandIn is { } q)
                {
                    cell = cell.Replace(q, '"');
                }

                if (delimiterStandIn is { } d)
                {
                    cell = cell.Replace(d, delimiter);
                }

                cells[c] = cell;
            }

            records.Add(cells);
        }

        return records;
    }

    /// <summary>Sep for <paramref name="delimiter"/>, or for U+001F when Sep does not take it as a separator.</summary>
    private static Sep SepFor(char delimiter)
    {
        try
        {
            return Sep.New(delimiter);
        }
        catch (ArgumentException)
        {
            return Sep.New(DelimiterStandIn);
        }
    }

    /// <summary>A private-use character that does not occur in <paramref name="text"/>.</summary>
    private static char UnusedChar(string text)
    {
        for (var c = '\uE000'; c <= '\uF8FF'; c++)
        {
            if (!text.Contains(c, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new ArgumentException("the text uses every private-use character; its plain quotes cannot be told apart", nameof(text));
    }
}
