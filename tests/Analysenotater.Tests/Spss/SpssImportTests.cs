using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>
/// Maps the PSPP fixture onto a <see cref="SurveyDataset"/>. Expected values come from Fixtures/fixtures.sps (the data
/// lines, VALUE LABELS, MISSING VALUES and MRSETS written there by hand), not from the code.
/// </summary>
public sealed class SpssImportTests
{
    private static ImportResult Inferred(string file = "fixture-compressed.sav") => SpssImport.Read(SpssTestFiles.PathOf(file));

    [Fact]
    public void Inferred_instrument_turns_value_labels_into_scales_with_missing_reasons_from_the_labels()
    {
        var r = Inferred();
        Assert.True(r.Report.IsClean, r.Report.ToText());
        var ins = r.Dataset.Instrument!;
        Assert.Equal("fixture-compressed", ins.Id);
        var q1 = ins.GetItem("q1");
        Assert.Equal(ItemType.SingleChoice, q1.Type);
        Assert.Equal("Hvor fornøyd er du med tjenesten?", q1.Text);
        var scale = ins.ScaleOf("q1")!;
        Assert.Equal(
            [(1, "Svært misfornøyd", (MissingReason?)null), (2, "Misfornøyd", null), (3, "Både og", null), (4, "Fornøyd", null), (5, "Svært fornøyd", null),
             (6, "Ikke aktuelt", MissingReason.NotApplicable), (9, "Vet ikke", MissingReason.DontKnow)],
            scale.Options.Select(o => (o.Code, o.Label, o.Missing)).ToList());
    }

    [Fact]
    public void User_missing_codes_keep_their_meaning_in_the_dataset()
    {
        var d = Inferred().Dataset;
        // fixtures.sps: q1 = 5 4 6 9 1 . 3
        Assert.Equal([ResponseStatus.Valid, ResponseStatus.Valid, ResponseStatus.NotApplicable, ResponseStatus.DontKnow, ResponseStatus.Valid, ResponseStatus.NoAnswer, ResponseStatus.Valid],
            Enumerable.Range(0, 7).Select(i => d.StatusOf("q1", i)).ToList());
        Assert.Equal(4, d.ValidN("q1"));
        Assert.Equal([5, 4, double.NaN, double.NaN, 1, double.NaN, 3], d.ValidValues("q1"));
        Assert.Equal([5, 4, 6, 9, 1, null, 3], Enumerable.Range(0, 7).Select(i => d.Codes("q1")[i]).ToList());
    }

    [Fact]
    public void A_variable_whose_only_labels_are_missing_codes_is_numeric_with_user_missing_as_NaN()
    {
        var d = Inferred().Dataset;
        Assert.Equal(ItemType.Numeric, d.Instrument!.GetItem("q2").Type);
        // fixtures.sps: q2 = 1 97 98 99 2 90 5 with MISSING VALUES q2 (90 THRU 99).
        Assert.Equal([1, double.NaN, double.NaN, double.NaN, 2, double.NaN, 5], ((NumericColumn)d["q2"]).Values.ToArray());
    }

    [Fact]
    public void Strings_become_open_text_with_blank_and_user_missing_as_no_answer()
    {
        var d = Inferred().Dataset;
        Assert.Equal(ItemType.OpenText, d.Instrument!.GetItem("kommune").Type);
        var k = (TextColumn)d["kommune"];
        // fixtures.sps: Trondheim Bodø Ukjent(user-missing) Namsos Trondheim Røros "".
        Assert.Equal(["Trondheim", "Bodø", null, "Namsos", "Trondheim", "Røros", null], Enumerable.Range(0, 7).Select(i => k[i]).ToList());
        Assert.Equal("   innrykk", ((TextColumn)d["kommentar"])[4]);
    }

    [Fact]
    public void Multiple_dichotomy_set_members_become_multiple_choice_items_with_the_set_label_as_stem()
    {
        var ins = Inferred("fixture.zsav").Dataset.Instrument!;
        foreach (var id in new[] { "h1", "h2", "h3" })
        {
            Assert.Equal(ItemType.MultipleChoice, ins.GetItem(id).Type);
            Assert.Equal("Hvem har hjulpet deg?", ins.GetItem(id).Stem);
        }

        Assert.Equal(["h1", "h2", "h3"], ins.GetGroup("hjelp").ItemIds);
        Assert.Equal(ins.ScaleOf("h1")!.Id, ins.ScaleOf("h3")!.Id);
    }

    [Fact]
    public void Given_instrument_with_matching_scale_gives_a_clean_report()
    {
        var r = SpssImport.Read(SpssTestFiles.PathOf("fixture.zsav"), Instrument(reversed: false), new ImportOptions { ExpectedExtraColumns = ["id", "q2", "q3", "alder_ved_svar", "vekt", "kommune", "kort", "h1", "h2", "h3", "kommentar"] });
        Assert.True(r.Report.IsClean, r.Report.ToText());
        Assert.Equal(ResponseStatus.NotApplicable, r.Dataset.StatusOf("q1", 2));
        Assert.Equal(ColumnKind.Numeric, r.Dataset["vekt"].Kind);
    }

    [Fact]
    public void Given_instrument_with_other_coding_is_reported_per_code_and_row()
    {
        var r = SpssImport.Read(SpssTestFiles.PathOf("fixture.zsav"), Instrument(reversed: true));
        var issues = r.Report.Issues;
        // The reversed scale labels 1 «Svært fornøyd» where the file says «Svært misfornøyd».
        Assert.Contains(issues, i => i.Kind == ImportIssueKind.OutOfRangeCode && i.Row is null && i.Column == "q1" && i.Value == "1" && i.Detail.Contains("«Svært misfornøyd»", StringComparison.Ordinal));
        // kjonn's scale in the test instrument has only code 1; rows with 2 (cases 2, 5, 7 → spreadsheet rows 3, 6, 8) are kept empty.
        Assert.Equal([3, 6, 8], issues.Where(i => i.Column == "kjonn" && i.Row is not null).Select(i => i.Row!.Value).ToList());
        Assert.Equal([1, null, null, 1, null, 1, null], Enumerable.Range(0, 7).Select(i => r.Dataset.Codes("kjonn")[i]).ToList());
        Assert.Contains(issues, i => i.Kind == ImportIssueKind.UnknownColumn && i.Column == "kommentar");
        Assert.Throws<SurveyImportException>(() => SpssImport.Read(SpssTestFiles.PathOf("fixture.zsav"), Instrument(reversed: true), new ImportOptions { Strict = true }));
    }

    [Fact]
    public void The_weight_variable_of_the_file_becomes_the_weight_role()
    {
        var dir = Directory.CreateTempSubdirectory("analysenotater-spss-").FullName;
        var path = Path.Combine(dir, "w.sav");
        SpssWriter.Write(SpssTestData.Make(5, 10), path, new SpssWriteOptions { CreationTime = new DateTime(2020, 1, 1) });
        var r = SpssImport.Read(path);
        Assert.Equal("vekt_for_analyse", r.Dataset.Roles.Weight);
        Directory.Delete(dir, recursive: true);
    }

    [Theory]
    [InlineData("Ikke aktuelt", MissingReason.NotApplicable)]
    [InlineData("  IKKE AKTUELT ", MissingReason.NotApplicable)]
    [InlineData("Ikkje aktuelt", MissingReason.NotApplicable)]
    [InlineData("Har ikke individuell plan", MissingReason.DoesNotHave)]
    [InlineData("Vet ikke", MissingReason.DontKnow)]
    [InlineData("Veit ikkje", MissingReason.DontKnow)]
    [InlineData("Hoppet over (filter)", MissingReason.Skipped)]
    [InlineData("Ubesvart", MissingReason.NoAnswer)]
    [InlineData("", MissingReason.NoAnswer)]
    [InlineData(null, MissingReason.NoAnswer)]
    public void Missing_reason_follows_the_documented_label_rule(string? label, MissingReason expected) =>
        Assert.Equal(expected, SpssMissingReasons.FromLabel(label));

    private static Instrument Instrument(bool reversed)
    {
        string[] labels = ["Svært misfornøyd", "Misfornøyd", "Både og", "Fornøyd", "Svært fornøyd"];
        if (reversed)
        {
            Array.Reverse(labels);
        }

        var s5 = new AnswerScale("S5", [.. labels.Select((l, i) => new ScaleOption(i + 1, l)), new ScaleOption(6, "Ikke aktuelt", MissingReason.NotApplicable), new ScaleOption(9, "Vet ikke", MissingReason.DontKnow)]);
        var kj = reversed
            ? new AnswerScale("KJ", [new ScaleOption(1, "Mann")])
            : new AnswerScale("KJ", [new ScaleOption(1, "Mann"), new ScaleOption(2, "Kvinne")]);
        return new Instrument("test", "1", "Test", "SpssImportTests", [s5, kj],
            [new Item("q1", "1", "Hvor fornøyd er du med tjenesten?", ItemType.SingleChoice, "S5"), new Item("kjonn", "2", "Kjønn", ItemType.SingleChoice, "KJ")]);
    }
}
