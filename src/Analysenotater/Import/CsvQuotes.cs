using System.Buffers;

namespace Analysenotater.Import;

/// <summary>
/// Finds the double quotes that RFC 4180, read as spreadsheets read it, treats as plain characters. Sep pairs every
/// quote wherever it stands and reads an unclosed quote to the end of the text; this scan tells which quotes must
/// not take part in that pairing so that Sep splits the text as the rules below do:
/// a quote opens a quoted field only as the first character of a field; inside, a doubled quote is a quote and a
/// single one closes the field (what follows it up to the delimiter is kept as is); any other quote is a plain
/// character; and a quote that opens a field but is never closed is a plain character too — it is returned as
/// unclosed so the reader reports it at the line where it opens, and the lines after it stay rows.
/// One pass over the text (vectorised searches between the characters that matter); text without a quote costs one search.
/// </summary>
internal static class CsvQuotes
{
    /// <summary>A quote that opens a field and is never closed.</summary>
    /// <param name="Offset">Its index in the text (0-based, in chars).</param>
    /// <param name="Line">The physical line it stands on (1-based; counted by line feeds, as an editor shows the file).</param>
    /// <param name="Row">The record it opens a field in (1-based; the header is record 1; empty lines count).</param>
    internal readonly record struct Unclosed(int Offset, int Line, int Row);

    /// <summary>The quotes to read as plain characters (indexes in ascending order) and, among them, those that open a field and are never closed.</summary>
    /// <param name="text">The whole text (no byte order mark).</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="unclosed">The unclosed opening quotes, in text order.</param>
    /// <returns>The indexes of every plain-character quote; empty when Sep's pairing already reads the text as the rules do.</returns>
    public static List<int> PlainQuotes(string text, char delimiter, out List<Unclosed> unclosed)
    {
        unclosed = [];
        var plain = new List<int>();
        var span = text.AsSpan();
        if (span.IndexOf('"') < 0)
        {
            return plain;
        }

        var special = SearchValues.Create([delimiter, '"', '\r', '\n']);
        var row = 1;
        var fieldEmpty = true; // nothing read into the current field yet: a quote here opens a quoted field
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(special);
            if (next < 0)
            {
                break;
            }

            var j = i + next;
            if (j > i)
            {
                fieldEmpty = false;
            }

            var ch = span[j];
            if (ch == '"')
            {
                if (!fieldEmpty)
                {
                    plain.Add(j); // a quote inside an unquoted field
                    i = j + 1;
                    continue;
                }

                var close = ClosingQuote(span, j + 1);
                if (close < 0)
                {
                    plain.Add(j);
                    unclosed.Add(new Unclosed(j, 1 + span[..j].Count('\n'), row));
                    fieldEmpty = false;
                    i = j + 1;
                    continue;
                }

                fieldEmpty = close == j + 1; // `""`: still nothing read into the field
                i = close + 1;
                continue;
            }

            fieldEmpty = true;
            if (ch == delimiter)
            {
                i = j + 1;
                continue;
            }

            row++;
            i = ch == '\r' && j + 1 < span.Length && span[j + 1] == '\n' ? j + 2 : j + 1;
        }

        return plain;
    }

    /// <summary>The index of the quote that closes a quoted field whose content starts at <paramref name="start"/> (doubled quotes skipped), or -1.</summary>
    private static int ClosingQuote(ReadOnlySpan<char> span, int start)
    {
        var k = start;
        while (true)
        {
            var q = span[k..].IndexOf('"');
            if (q < 0)
            {
                return -1;
            }

            q += k;
            if (q + 1 < span.Length && span[q + 1] == '"')
            {
                k = q + 2;
                continue;
            }

            return q;
        }
    }
}
