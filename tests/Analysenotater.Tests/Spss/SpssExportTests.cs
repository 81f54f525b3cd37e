using Analysenotater.Data;
using Analysenotater.Instruments;
using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>
/// Datasets exported with <see cref="SpssExport"/> are read back by PSPP; the labels and missing values PSPP prints
/// are compared with the values written by hand in Fixtures/fixtures.sps (the source of the dataset), and every data
/// value with pspp-convert's output.
/// </summary>
public sealed class SpssExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("analysenotater-spss-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Imported_dataset_with_a_derived_column_goes_back_to_SPSS_with_labels_and_missing_values()
    {
        var data = SpssImport.Read(SpssTestFiles.PathOf("fixture-compressed.sav")).Dataset;
        // A derived indicator: 100 × (q1 − 1) / 4 for valid answers (5 → 100, 4 → 75, 1 → 0, 3 → 50).
        var q1 = data.ValidValues("q1");
        data = data.WithColumn(new NumericColumn("q1_indikator", [.. q1.Select(x => double.IsNaN(x) ? double.NaN : 100 * (x - 1) / 4)]));
        var path = Path.Combine(_dir, "eksport.sav");
        SpssExport.Write(data, path, new SpssWriteOptions { CreationTime = new DateTime(2024, 5, 2, 8, 0, 0) });

        var (dictionary, csv, messages) = PsppRunner.ReadBack(path);
        Assert.DoesNotContain("warning", messages, StringComparison.OrdinalIgnoreCase);
        var written = SpssExport.FromDataset(data);
        PsppExpectations.AssertVariables(written, dictionary);
        PsppExpectations.AssertValueLabels(written, dictionary);
        PsppExpectations.AssertMultipleResponseSets(written, dictionary);
        PsppExpectations.AssertData(written, csv);

        // Independent expectations from fixtures.sps.
        var rows = PsppCsv.Table(PsppCsv.Parse(dictionary), "Variables").ToDictionary(r => r[0]);
        Assert.Equal("6; 9", rows["q1"][9]);
        Assert.Equal("Hvor fornøyd er du med tjenesten?", rows["q1"][2]);
        Assert.Equal("Ordinal", rows["q1"][3]);
        Assert.Equal("A409", rows["kommentar"][7]);
        var labels = PsppCsv.Table(PsppCsv.Parse(dictionary), "Value Labels");
        Assert.Contains(labels, r => r[1] == "6[a]" && r[2] == "Ikke aktuelt");
        Assert.Contains(labels, r => r[1] == "9[a]" && r[2] == "Vet ikke");
        Assert.Contains(labels, r => r[1] == "5" && r[2] == "Svært fornøyd");
        var dataRows = PsppCsv.Parse(csv);
        var ind = dataRows[0].IndexOf("q1_indikator");
        Assert.Equal(["100", "75", " ", " ", "0", " ", "50"], dataRows.Skip(1).Select(r => r[ind]).ToList());
    }

    [Fact]
    public void Four_missing_codes_become_a_range_that_covers_no_valid_code()
    {
        var scale = new AnswerScale("S", [new ScaleOption(1, "Ja"), new ScaleOption(2, "Nei"), new ScaleOption(7, "Ikke aktuelt", MissingReason.NotApplicable),
            new ScaleOption(8, "Har ikke", MissingReason.DoesNotHave), new ScaleOption(9, "Vet ikke", MissingReason.DontKnow), new ScaleOption(99, "Ubesvart", MissingReason.NoAnswer)]);
        var ins = new Instrument("t", "1", "T", "test", [scale], [new Item("q", "1", "Spørsmål", ItemType.SingleChoice, "S")]);
        var ds = new SurveyDataset(ins, [CodeColumn.FromNullable("q", [1, 2, 7, 8, 9, 99, null])]);
        var m = SpssExport.FromDataset(ds).GetVariable("q").MissingValues;
        Assert.Equal(7, m.RangeLow);
        Assert.Equal(99, m.RangeHigh);
        Assert.Empty(m.Numbers);

        var path = Path.Combine(_dir, "range.sav");
        SpssExport.Write(ds, path, new SpssWriteOptions { CreationTime = new DateTime(2024, 1, 1) });
        var (dictionary, _, _) = PsppRunner.ReadBack(path);
        Assert.Equal("7 THRU 99", PsppCsv.Table(PsppCsv.Parse(dictionary), "Variables")[1][9]);

        // Read back through the inferred instrument: the reasons come back from the labels.
        var back = SpssImport.Read(path).Dataset;
        Assert.Equal([ResponseStatus.Valid, ResponseStatus.Valid, ResponseStatus.NotApplicable, ResponseStatus.DoesNotHave, ResponseStatus.DontKnow, ResponseStatus.NoAnswer, ResponseStatus.NoAnswer],
            Enumerable.Range(0, 7).Select(i => back.StatusOf("q", i)).ToList());
    }

    [Fact]
    public void Missing_codes_that_surround_a_valid_code_are_refused_with_a_clear_message()
    {
        var scale = new AnswerScale("S", [new ScaleOption(1, "A", MissingReason.NoAnswer), new ScaleOption(2, "B", MissingReason.NoAnswer), new ScaleOption(3, "Gyldig"),
            new ScaleOption(4, "C", MissingReason.NoAnswer), new ScaleOption(5, "D", MissingReason.NoAnswer), new ScaleOption(6, "Gyldig 2"), new ScaleOption(7, "E", MissingReason.NoAnswer)]);
        var ins = new Instrument("t", "1", "T", "test", [scale], [new Item("q", "1", "Spørsmål", ItemType.SingleChoice, "S")]);
        var ds = new SurveyDataset(ins, [CodeColumn.FromNullable("q", [1])]);
        var ex = Assert.Throws<ArgumentException>(() => SpssExport.FromDataset(ds));
        Assert.Contains("Column 'q'", ex.Message, StringComparison.Ordinal);
    }
}
