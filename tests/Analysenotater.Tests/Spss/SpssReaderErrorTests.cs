using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>Specific corrupt inputs give <see cref="SpssFormatException"/> naming the file, byte offset and record.</summary>
public sealed class SpssReaderErrorTests
{
    [Fact]
    public void A_CSV_file_is_not_an_SPSS_file()
    {
        var ex = Assert.Throws<SpssFormatException>(() => SpssReader.Read(new MemoryStream("id;kjonn\n1;2\n"u8.ToArray()), "data.csv"));
        Assert.StartsWith("data.csv: byte offset 0 (0x0), file header:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_case_data_names_the_case_and_the_record()
    {
        var bytes = File.ReadAllBytes(SpssTestFiles.PathOf("fixture-uncompressed.sav"));
        // Cut 100 bytes into the last case; a case is nominal_case_size (header offset 68) × 8 bytes uncompressed.
        var caseBytes = BitConverter.ToInt32(bytes, 68) * 8;
        var cut = bytes.AsSpan(0, bytes.Length - caseBytes + 100).ToArray();
        var ex = Assert.Throws<SpssFormatException>(() => SpssReader.Read(new MemoryStream(cut), "kort.sav"));
        Assert.Equal("case data", ex.Record);
        Assert.True(ex.Message.Contains("case 7", StringComparison.Ordinal), ex.Message);
        Assert.True(ex.Message.Contains("truncated", StringComparison.Ordinal), ex.Message);
    }

    [Fact]
    public void Truncated_dictionary_names_the_record()
    {
        var bytes = File.ReadAllBytes(SpssTestFiles.PathOf("fixture-compressed.sav"));
        var ex = Assert.Throws<SpssFormatException>(() => SpssReader.Read(new MemoryStream(bytes.AsSpan(0, 200).ToArray()), "kort.sav"));
        Assert.Contains("variable record (type 2)", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Offset >= 176 && ex.Offset <= 200, $"offset {ex.Offset}");
    }

    [Fact]
    public void Unknown_compression_code_is_unsupported()
    {
        var bytes = File.ReadAllBytes(SpssTestFiles.PathOf("fixture-compressed.sav"));
        bytes[72] = 7;
        var ex = Assert.Throws<SpssFormatException>(() => SpssReader.Read(new MemoryStream(bytes), "x.sav"));
        Assert.Equal(72, ex.Offset);
        Assert.Contains("compression code 7", ex.Message, StringComparison.Ordinal);
    }
}
