using Analysenotater.Data;
using Analysenotater.Export;
using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Tests.Synthetic;

namespace Analysenotater.Tests.Export;

/// <summary>CSV and xlsx writers: exact bytes on a small hand-made dataset, determinism, and round trips through the core importers.</summary>
public sealed class MicrodataWritersTests
{
    private static SurveyDataset Small()
    {
        var ins = KnownInstruments.KoRus2017;
        return new SurveyDataset(ins,
        [
            new CodeColumn("q9", [5, CodeColumn.Empty, 1]),
            new CodeColumn("q14_1", [6, 2, CodeColumn.Empty]),
            new NumericColumn("alder", [42, double.NaN, 19.5]),
            new TextColumn("open_bra", ["God kontakt, og \"trygg\"", null, "Linje1\nLinje2"]),
        ]);
    }

    [Fact]
    public void Csv_is_exactly_as_specified()
    {
        // Hand-written expectation: comma, empty fields for missing, invariant numbers, RFC 4180 quoting, "\n" line ends.
        const string expected = "q9,q14_1,alder,open_bra\n5,6,42,\"God kontakt, og \"\"trygg\"\"\"\n,2,,\n1,,19.5,\"Linje1\nLinje2\"\n";
        Assert.Equal(expected, MicrodataCsvWriter.ToCsv(Small()));
    }

    [Fact]
    public void Xlsx_bytes_are_deterministic()
    {
        Assert.Equal(MicrodataXlsxWriter.ToBytes(Small()), MicrodataXlsxWriter.ToBytes(Small()));
    }

    [Fact]
    public void Synthetic_csv_round_trips_through_the_core_csv_importer()
    {
        var ds = SyntheticFixture.Result.Dataset;
        var extra = new[] { "lopenr", "kommune", "kommunestorrelse", "kjonn", "alder" };
        var result = SurveyCsvReader.ReadText(MicrodataCsvWriter.ToCsv(ds), "synthetic.csv", ds.Instrument, new ImportOptions { ExpectedExtraColumns = extra });
        AssertSame(ds, result.Dataset);
    }

    [Fact]
    public void Synthetic_xlsx_round_trips_through_the_core_xlsx_importer()
    {
        var ds = SyntheticFixture.Result.Dataset;
        var extra = new[] { "lopenr", "kommune", "kommunestorrelse", "kjonn", "alder" };
        using var stream = new MemoryStream(MicrodataXlsxWriter.ToBytes(ds));
        var result = SurveyXlsxReader.Read(stream, "synthetic.xlsx", ds.Instrument, new ImportOptions { ExpectedExtraColumns = extra });
        AssertSame(ds, result.Dataset);
    }

    private static void AssertSame(SurveyDataset expected, SurveyDataset actual)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        foreach (var col in expected.Columns)
        {
            Assert.True(actual.HasColumn(col.Name), $"column {col.Name} lost in the round trip");
            var other = actual[col.Name];
            for (var r = 0; r < expected.RowCount; r++)
            {
                Assert.True(col.FormatInvariant(r) == other.FormatInvariant(r), $"{col.Name} row {r + 1}: '{col.FormatInvariant(r)}' became '{other.FormatInvariant(r)}'");
            }
        }
    }
}
