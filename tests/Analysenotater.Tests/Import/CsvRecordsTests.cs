using System.Text;
using Analysenotater.Import;

namespace Analysenotater.Tests.Import;

/// <summary>
/// The CSV tokenizing behind <see cref="SurveyCsvReader"/>: Sep splits, <see cref="CsvQuotes"/> decides which quotes
/// are plain characters. Seeded generated records are written as a spreadsheet writes them and must come back cell
/// for cell; an opening quote put into such a file must come back as a plain character, reported at its line.
/// </summary>
public sealed class CsvRecordsTests
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|', '#'];

    private static readonly string[] LineEnds = ["\n", "\r\n", "\r"];

    /// <summary>Cells of letters, spaces, the delimiter, quotes and line breaks, and some empty ones; seeded.</summary>
    private static List<string[]> Records(Random rng, char delimiter, bool plainOnly)
    {
        var alphabet = plainOnly ? ["a", "b", "æ", "1", " "] : new[] { "a", "b", "æ", "1", " ", "\"", "\n", "\r\n", delimiter.ToString() };
        var records = new List<string[]>();
        var width = rng.Next(1, 6);
        for (var r = rng.Next(1, 12); r > 0; r--)
        {
            var cells = new string[rng.Next(1, 3) == 1 ? rng.Next(1, 8) : width];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = rng.Next(6) == 0 ? "" : string.Concat(Enumerable.Range(0, rng.Next(1, 7)).Select(_ => alphabet[rng.Next(alphabet.Length)]));
            }

            records.Add(cells);
        }

        return records;
    }

    /// <summary>As a spreadsheet writes CSV, with one line end for the file: a cell is quoted (quotes doubled) when it holds the delimiter, a line break or starts with a quote; a quote inside an unquoted cell stays as it is.</summary>
    private static string Write(List<string[]> records, char delimiter, Random rng)
    {
        var lineEnd = LineEnds[rng.Next(LineEnds.Length)];
        var sb = new StringBuilder();
        foreach (var cells in records)
        {
            sb.AppendJoin(delimiter, cells.Select(cell =>
                cell.IndexOfAny([delimiter, '\n', '\r']) >= 0 || cell.StartsWith('"') || (cell.Length > 0 && rng.Next(8) == 0)
                    ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                    : cell));
            sb.Append(lineEnd);
        }

        return sb.ToString();
    }

    private static string Show(IEnumerable<string[]> records) => string.Join(" / ", records.Select(r => string.Join(" | ", r.Select(c => "<" + c.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + ">"))));

    [Fact]
    public void Written_records_read_back_cell_for_cell_with_every_delimiter_and_line_end()
    {
        var rng = new Random(2121);
        for (var i = 0; i < 3000; i++)
        {
            var delimiter = Delimiters[rng.Next(Delimiters.Length)];
            var records = Records(rng, delimiter, plainOnly: false);
            var text = Write(records, delimiter, rng);

            var read = CsvRecords.Read(text, delimiter, out var unclosed);

            Assert.True(Show(records) == Show(read), $"case {i}, delimiter '{delimiter}', text {text.ReplaceLineEndings("⏎")}: expected {Show(records)}, read {Show(read)}");
            Assert.Empty(unclosed);
        }
    }

    [Fact]
    public void An_opening_quote_that_never_closes_is_a_plain_character_reported_at_its_line_and_swallows_nothing()
    {
        var rng = new Random(2122);
        for (var i = 0; i < 2000; i++)
        {
            var delimiter = Delimiters[rng.Next(Delimiters.Length)];
            var records = Records(rng, delimiter, plainOnly: true);
            var row = rng.Next(records.Count);
            var col = rng.Next(records[row].Length);
            records[row][col] = "\"" + records[row][col];
            var text = string.Concat(records.Select(r => string.Join(delimiter, r) + "\n"));

            var read = CsvRecords.Read(text, delimiter, out var unclosed);

            Assert.True(Show(records) == Show(read), $"case {i}, text {text.ReplaceLineEndings("⏎")}: expected {Show(records)}, read {Show(read)}");
            var quote = Assert.Single(unclosed);
            Assert.Equal(row + 1, quote.Row);
            Assert.Equal(row + 1, quote.Line);
        }
    }

    [Fact]
    public void Quotes_inside_an_unquoted_field_are_plain_even_when_they_would_pair_across_lines()
    {
        var read = CsvRecords.Read("q9;tv\n4;5\" skjerm;x\n3;6\" tv;y\n", ';', out var unclosed);
        Assert.Equal("<q9> | <tv> / <4> | <5\" skjerm> | <x> / <3> | <6\" tv> | <y>", Show(read));
        Assert.Empty(unclosed);
    }

    [Fact]
    public void After_a_closing_quote_the_rest_of_the_field_is_plain_text()
    {
        var read = CsvRecords.Read("a;b\n\"ab\"c\"d;e\"\n", ';', out var unclosed);
        Assert.Equal("<a> | <b> / <abc\"d> | <e\">", Show(read));
        Assert.Empty(unclosed);
    }

    [Fact]
    public void Lines_and_rows_of_an_unclosed_quote_count_quoted_line_breaks_as_lines_not_rows()
    {
        // Row 2 opens a quoted field that runs over a line break (lines 2–3) and closes; row 3 (line 4) opens one
        // that never closes (the doubled quotes after it do not close it).
        var read = CsvRecords.Read("a;b\n1;\"to\nlinjer\"\n\"åpen \"\";2\n3;4\n", ';', out var unclosed);
        Assert.Equal("<a> | <b> / <1> | <to\\nlinjer> / <\"åpen \"\"> | <2> / <3> | <4>", Show(read));
        Assert.Equal([(4, 3)], unclosed.Select(u => (u.Line, u.Row)));
    }

    [Fact]
    public void Empty_text_has_no_records_and_an_empty_line_is_a_record_of_one_empty_cell()
    {
        Assert.Empty(CsvRecords.Read("", ',', out _));
        Assert.Equal("<a> / <> / <b>", Show(CsvRecords.Read("a\n\nb", ',', out _)));
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\n')]
    [InlineData('\r')]
    public void A_quote_or_line_break_cannot_be_the_delimiter(char delimiter)
    {
        var ex = Assert.Throws<ArgumentException>(() => CsvRecords.Read("a,b\n", delimiter, out _));
        Assert.Contains("cannot separate fields", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delimiter_the_parser_does_not_take_is_refused_when_its_stand_in_is_already_in_the_text()
    {
        Assert.Equal("<a> | <b\u001Fc>", Show(CsvRecords.Read("a,b\u001Fc", ',', out _)));
        var ex = Assert.Throws<ArgumentException>(() => CsvRecords.Read("a#b\u001Fc", '#', out _));
        Assert.Contains("U+001F", ex.Message, StringComparison.Ordinal);
    }
}
