namespace Analysenotater.Import;

/// <summary>
/// Small delimited files (reference margins, resource tables, codebooks) read through the Sep library: RFC 4180
/// quoting (delimiters, doubled quotes and line breaks inside quotes; a quote inside an unquoted field is a plain
/// character), cells unescaped, rows of any length. For survey
/// data use <see cref="SurveyCsvReader"/> or <see cref="StreamingCsvReader"/>, which validate and report per cell.
/// </summary>
public static class SeparatedText
{
    /// <summary>Splits text into records of cells (the header, if any, is the first record).</summary>
    /// <param name="text">The whole text; a leading byte order mark is ignored.</param>
    /// <param name="separator">The delimiter, e.g. <c>','</c> or <c>';'</c>.</param>
    /// <param name="sourceName">Names the text in messages.</param>
    /// <returns>The records in file order; an empty line gives a record with one empty cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidDataException">A quoted field is never closed; the message names the line where it opens.</exception>
    /// <exception cref="ArgumentException"><paramref name="separator"/> is a quote or a line break.</exception>
    public static List<List<string>> ReadRecords(string text, char separator, string sourceName = "(text)")
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<List<string>>();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Length == 0)
        {
            return records;
        }

        // Sep would read an unclosed quote to the end of the text as one cell; refuse it instead, naming its line.
        var read = CsvRecords.Read(text, separator, out var unclosed);
        if (unclosed.Count > 0)
        {
            throw new InvalidDataException($"{sourceName}: the quoted field that opens on line {unclosed[0].Line} is never closed.");
        }

        records.AddRange(read.Select(cells => cells.ToList()));
        return records;
    }
}
