using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>
/// Files written by <see cref="SpssWriter"/> are read back by GNU PSPP (Readback/readback.sps and pspp-convert); the
/// variables, labels, user-missing values, multiple-response sets and every data value PSPP prints are compared with
/// what was written. PSPP is the independent reader; it must be installed (Debian package pspp; .ci/run installs it).
/// </summary>
public sealed class SpssWriterTests : IDisposable
{
    private static readonly DateTime Fixed = new(2017, 11, 30, 13, 45, 10, DateTimeKind.Unspecified);
    private readonly string _dir = Directory.CreateTempSubdirectory("analysenotater-spss-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(20171, 200)]
    public void PSPP_reads_back_the_written_dictionary_and_data(int seed, int cases)
    {
        var file = SpssTestData.Make(seed, cases);
        var path = Path.Combine(_dir, "skrevet.sav");
        SpssWriter.Write(file, path, new SpssWriteOptions { CreationTime = Fixed });
        var (dictionary, data, messages) = PsppRunner.ReadBack(path);

        Assert.DoesNotContain("warning", messages, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("error", messages, StringComparison.OrdinalIgnoreCase);
        PsppExpectations.AssertVariables(file, dictionary);
        PsppExpectations.AssertValueLabels(file, dictionary);
        PsppExpectations.AssertMultipleResponseSets(file, dictionary);
        PsppExpectations.AssertData(file, data);

        var info = PsppCsv.Table(PsppCsv.Parse(dictionary), "File Information").ToDictionary(r => r[0], r => r.Count > 1 ? r[1] : "");
        // PSPP names the weight variable by its label.
        Assert.Equal("Vekt (etterstratifisering)", info["Weight"]);
        Assert.Equal(cases.ToString(System.Globalization.CultureInfo.InvariantCulture), info["Cases"]);
        Assert.Equal("UTF-8", info["Encoding"]);
        Assert.Equal("SAV", info["Compression"]);
        Assert.StartsWith("30 Nov 17 13:45:10", info["Created"], StringComparison.Ordinal);
        Assert.Contains("Syntetiske data – æøå", dictionary, StringComparison.Ordinal);
        Assert.Contains($"Skrevet av Analysenotater; syntetiske data (seed {seed}).", dictionary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20171, 200)]
    [InlineData(5, 30000)] // several MB of bytecode data: more than one ZLIB block of SPSS's size (0x3FF000 bytes)
    public void PSPP_reads_back_a_written_zsav(int seed, int cases)
    {
        var file = SpssTestData.Make(seed, cases);
        var path = Path.Combine(_dir, "skrevet.zsav");
        SpssWriter.Write(file, path, new SpssWriteOptions { CreationTime = Fixed });
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("$FL3"u8.ToArray(), bytes[..4]);
        var blocks = ZlibBlockCount(bytes);
        Assert.True(cases > 10000 ? blocks >= 2 : blocks == 1, $"{blocks} ZLIB blocks");
        var (dictionary, data, messages) = PsppRunner.ReadBack(path);

        Assert.DoesNotContain("warning", messages, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("error", messages, StringComparison.OrdinalIgnoreCase);
        PsppExpectations.AssertVariables(file, dictionary);
        PsppExpectations.AssertValueLabels(file, dictionary);
        PsppExpectations.AssertData(file, data);
        var info = PsppCsv.Table(PsppCsv.Parse(dictionary), "File Information").ToDictionary(r => r[0], r => r.Count > 1 ? r[1] : "");
        Assert.Equal("ZSAV", info["Compression"]);
        Assert.Equal(cases.ToString(System.Globalization.CultureInfo.InvariantCulture), info["Cases"]);

        // Our reader gives the same file as the .sav of the same content.
        var back = SpssReader.Read(path);
        Assert.Empty(back.Warnings);
        Assert.Equal(SpssCompression.Zlib, back.Info.Compression);
        PsppExpectations.AssertData(back, data);
    }

    /// <summary>The block count of a .zsav's trailer (the last 24 + 24·n bytes: −bias, 0, block size, n, entries).</summary>
    private static int ZlibBlockCount(byte[] bytes)
    {
        for (var n = 1; n < 1000; n++)
        {
            var at = bytes.Length - (24 + (24 * n));
            if (at > 0 && BitConverter.ToInt64(bytes, at) == -100 && BitConverter.ToInt64(bytes, at + 8) == 0 && BitConverter.ToInt32(bytes, at + 20) == n)
            {
                return n;
            }
        }

        return -1;
    }

    [Fact]
    public void A_zsav_is_smaller_than_the_sav_and_uncompressed_output_is_refused()
    {
        var file = SpssTestData.Make(9, 400);
        var sav = SpssWriter.ToBytes(file, new SpssWriteOptions { CreationTime = Fixed });
        var zsav = SpssWriter.ToBytes(file, new SpssWriteOptions { CreationTime = Fixed, Compression = SpssCompression.Zlib });
        Assert.True(zsav.Length < sav.Length, $"{zsav.Length} vs {sav.Length}");
        Assert.Throws<ArgumentException>(() => SpssWriter.ToBytes(file, new SpssWriteOptions { Compression = SpssCompression.None }));
    }

    [Fact]
    public void Our_reader_reads_our_writer_to_what_PSPP_prints()
    {
        var file = SpssTestData.Make(7, 50);
        var path = Path.Combine(_dir, "rundtur.sav");
        SpssWriter.Write(file, path, new SpssWriteOptions { CreationTime = Fixed });
        var (dictionary, data, _) = PsppRunner.ReadBack(path);
        var back = SpssReader.Read(path);
        Assert.Empty(back.Warnings);
        Assert.Equal("vekt_for_analyse", back.Info.WeightVariable);
        PsppExpectations.AssertVariables(back, dictionary);
        PsppExpectations.AssertValueLabels(back, dictionary);
        PsppExpectations.AssertMultipleResponseSets(back, dictionary);
        PsppExpectations.AssertData(back, data);
    }

    [Fact]
    public void Output_is_byte_identical_for_a_fixed_creation_time()
    {
        var a = SpssWriter.ToBytes(SpssTestData.Make(3, 40), new SpssWriteOptions { CreationTime = Fixed });
        var b = SpssWriter.ToBytes(SpssTestData.Make(3, 40), new SpssWriteOptions { CreationTime = Fixed });
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("with space")]
    [InlineData("BY")]
    [InlineData("slutt.")]
    public void Invalid_variable_names_are_refused_with_the_name_in_the_message(string name)
    {
        var f = new SpssFile(new SpssFileInfo(), [new SpssVariable(name, 0)], [new double[] { 1 }]);
        var ex = Assert.Throws<ArgumentException>(() => SpssWriter.ToBytes(f));
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_wider_than_its_variable_is_refused_naming_variable_and_case()
    {
        var f = new SpssFile(new SpssFileInfo(), [new SpssVariable("navn", 3)], [new[] { "ok", "Åfjord" }]);
        var ex = Assert.Throws<ArgumentException>(() => SpssWriter.ToBytes(f));
        Assert.Contains("'navn', case 2", ex.Message, StringComparison.Ordinal);
    }
}
