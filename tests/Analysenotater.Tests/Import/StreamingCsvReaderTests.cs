using Analysenotater.Import;

namespace Analysenotater.Tests.Import;

/// <summary>
/// The fast single-pass CSV path must give exactly what the general <see cref="SurveyCsvReader"/> gives — the same
/// columns, codes and validation report — and fall back to it for what it does not parse itself.
/// </summary>
public sealed class StreamingCsvReaderTests
{
    private static ImportOptions Options => new() { ExpectedExtraColumns = ["id"] };

    private static (ImportResult Fast, ImportResult General, bool UsedFast) Both(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "streaming-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, content);
        try
        {
            var fast = StreamingCsvReader.Read(path, TestInstruments.Small, Options);
            var usedFast = StreamingCsvReader.LastReadWasFast;
            return (fast, SurveyCsvReader.Read(path, TestInstruments.Small, Options), usedFast);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertSame(ImportResult fast, ImportResult general)
    {
        Assert.Equal(general.Dataset.RowCount, fast.Dataset.RowCount);
        Assert.Equal(general.Dataset.Columns.Select(c => (c.Name, c.Kind)), fast.Dataset.Columns.Select(c => (c.Name, c.Kind)));
        foreach (var col in general.Dataset.Columns)
        {
            var other = fast.Dataset[col.Name];
            for (var r = 0; r < col.Count; r++)
            {
                Assert.Equal(col.FormatInvariant(r), other.FormatInvariant(r));
            }
        }

        Assert.Equal(general.Report.Issues.Select(i => i.Message), fast.Report.Issues.Select(i => i.Message));
    }

    [Fact]
    public void Clean_file_is_read_on_the_fast_path_with_the_same_result()
    {
        var (fast, general, usedFast) = Both("id,kommune,kjonn,alder,q9,q14_1,q12_1,q34\r\n1,301,1,34,5,6,1,19\r\n2,301,2,,3,,0,\r\n\r\n3,5001,1,71,,2,1,22\r\n");
        Assert.True(usedFast);
        AssertSame(fast, general);
        Assert.Equal(3, fast.Dataset.RowCount);
        Assert.Equal(6, fast.Dataset.Codes("q14_1")[0]); // «Ikke aktuelt» kept as its code
        Assert.Null(fast.Dataset.Codes("q9")[2]);
        Assert.True(fast.Report.IsClean);
    }

    [Theory]
    [InlineData("id,kommune,kjonn,alder,q9,q14_1,q12_1,q34\n1,301,1,34,5,6,1,19\n2,301,2,,3,,0,")] // no final line break, empty last cell
    [InlineData("id,kommune,kjonn,alder,q9,q14_1,q12_1,q34\n\n1,301,1,34,,,,\n\n\n2,301,2,,3,,0,\n\n")] // empty lines between and after
    public void Line_endings_and_empty_lines_give_the_general_readers_rows(string content)
    {
        var (fast, general, usedFast) = Both(content);
        Assert.True(usedFast);
        AssertSame(fast, general);
        Assert.Equal(2, fast.Dataset.RowCount);
    }

    [Fact]
    public void File_longer_than_one_read_buffer_gives_the_same_result()
    {
        // About 2.5 MB: the line count and the parse both cross the 1 MB read buffer several times. Seeded values.
        var random = new Random(20261122);
        var text = new System.Text.StringBuilder("id,kommune,kjonn,alder,q9,q14_1,q12_1,q34\n");
        for (var i = 1; i <= 80_000; i++)
        {
            string Code(int max) => random.NextDouble() < 0.05 ? "" : random.Next(1, max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(i).Append(',').Append(301 + random.Next(50)).Append(',').Append(Code(2)).Append(',').Append(random.Next(16, 90))
                .Append(',').Append(Code(5)).Append(',').Append(Code(6)).Append(',').Append(random.Next(0, 2)).Append(',').Append(Code(30)).Append('\n');
        }

        var (fast, general, usedFast) = Both(text.ToString());
        Assert.True(usedFast);
        Assert.Equal(80_000, fast.Dataset.RowCount);
        AssertSame(fast, general);
    }

    [Fact]
    public void Bad_cells_are_reported_with_row_column_and_value_and_kept_empty()
    {
        // Row 3: code 7 is off the S5 scale; row 4: "2,5" is not an integer code, "I stor grad" is a label (accepted),
        // "x" is not a number in the numeric role column alder and not a number for the numeric item q34.
        var (fast, general, usedFast) = Both("id;kommune;alder;q9;q14_1;q34\n1;301;31;4;5;19\n2;301;42;7;1;20\n3;301;x;2,5;I stor grad;x\n");
        Assert.True(usedFast);
        AssertSame(fast, general);
        var issues = fast.Report.Issues;
        Assert.Contains(issues, i => i is { Kind: ImportIssueKind.OutOfRangeCode, Row: 3, Column: "q9", Value: "7" });
        Assert.Contains(issues, i => i is { Kind: ImportIssueKind.UnparseableValue, Row: 4, Column: "q9", Value: "2,5" });
        Assert.Contains(issues, i => i is { Kind: ImportIssueKind.UnparseableValue, Row: 4, Column: "alder", Value: "x" });
        Assert.Contains(issues, i => i is { Kind: ImportIssueKind.UnparseableValue, Row: 4, Column: "q34", Value: "x" });
        Assert.Equal(3, fast.Dataset.RowCount); // nothing dropped
        Assert.Null(fast.Dataset.Codes("q9")[1]);
        Assert.Equal(4, fast.Dataset.Codes("q14_1")[2]);
    }

    [Theory]
    [InlineData("id,q9,open_bra\n1,4,fint\n")] // open text column
    [InlineData("id,q9,kommune\n1,4,\"301\n2,3,302\n")] // a quote never closed: reported by the general reader
    [InlineData("id,q9,kommune\n1,4\",301\n2,3,\"302\"\n")] // a quote inside a field: a plain character
    [InlineData("id,q9,kommune\n1,4\n")] // ragged row
    [InlineData("id,q9,kommune\n1,4,Tr\u00f8ndelag\n")] // a text respondent column
    public void Files_outside_the_fast_path_are_read_by_the_general_reader(string content)
    {
        var (fast, general, usedFast) = Both(content);
        Assert.False(usedFast);
        AssertSame(fast, general);
    }

    [Theory]
    [InlineData("id,q9,kommune\n1,4,\"301\"\n2,\"3\",302\n")] // quoted cells
    [InlineData("\"id\";\"q9\";\"q14_1\";\"alder\"\r\n\"1\";\"4\";\"6\";\"34\"\r\n\"2\";\"\";\"2\";\"\"\r\n")] // everything quoted, CR LF
    [InlineData("id;q9;q14_1\n1;\"4\";\"I stor\ngrad\"\n2;\"7\";\"1\"\"\"\n\n3;5;\"\"\n")] // a line break, a doubled quote, an off-scale code, an empty line
    [InlineData("id,q9,kommune\n1,4,301\n2,3,\"302\"")] // the first quote late in the file, no final line break
    public void Quoted_files_are_read_on_the_fast_path_through_Sep_with_the_same_result(string content)
    {
        var (fast, general, usedFast) = Both(content);
        Assert.True(usedFast);
        AssertSame(fast, general);
    }
}
