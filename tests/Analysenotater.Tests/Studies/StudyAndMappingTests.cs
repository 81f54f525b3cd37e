using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Studies;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Studies;

public sealed class StudyAndMappingTests
{
    [Fact]
    public void Auto_map_matches_numbers_texts_and_labels_and_never_guesses_an_ambiguous_header()
    {
        var korus = KnownInstruments.KoRus2017;
        string[] headers = ["1. Kjønn:", "Alt i alt, er tjenestene du har mottatt fra kommunen tilfredsstillende?", "Hva fungerer bra med hjelpen du får fra", "Spm X", "5.", "lopenr"];
        IReadOnlyCollection<string>[] values = [["Kvinne", "Mann"], ["4"], ["fint"], ["Ja", "Nei"], ["3"], ["1"]];
        var map = ColumnMap.Auto(korus, headers, values, ["lopenr"]);
        Assert.Equal(("q1", ColumnMatchMethod.Number), (map.Matches[0].ItemId, map.Matches[0].Method));
        Assert.Equal(("q9", ColumnMatchMethod.Text), (map.Matches[1].ItemId, map.Matches[1].Method));
        Assert.Equal(("open_bra", ColumnMatchMethod.TextPrefix), (map.Matches[2].ItemId, map.Matches[2].Method));
        // «Ja»/«Nei» fit every yes/no item: ambiguous, listed with candidates, not mapped.
        Assert.Equal(ColumnMatchMethod.Ambiguous, map.Matches[3].Method);
        Assert.Null(map.Matches[3].ItemId);
        Assert.Contains("q7", map.Matches[3].Detail, StringComparison.Ordinal);
        // Number 5 belongs to q5 and q5_annet_tekst and there is no text to choose: ambiguous.
        Assert.Equal(ColumnMatchMethod.Ambiguous, map.Matches[4].Method);
        Assert.Equal(ColumnMatchMethod.Role, map.Matches[5].Method);
        Assert.Equal(2, map.Ambiguous.Count);
        Assert.DoesNotContain("Spm X", map.Map.Keys);
    }

    [Fact]
    public void An_instrument_code_written_as_text_gets_a_clear_message()
    {
        const string json = """
            { "format": "analysenotater-instrument", "formatVersion": "1", "id": "x", "version": "1", "title": "x", "source": "x",
              "scales": [ { "id": "S", "options": [ { "code": "1", "label": "Ja" } ] } ],
              "items": [ { "id": "a", "number": "1", "text": "A", "type": "singleChoice", "scale": "S" } ] }
            """;
        var ex = Assert.Throws<InstrumentLoadException>(() => InstrumentLoader.Parse(json));
        Assert.Contains(ex.Problems, p => p.Path == "$.formatVersion" && p.Message.Contains("found the text \"1\"", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Path == "$.scales[0].options[0].code" && p.Message.Contains("found the text \"1\"", StringComparison.Ordinal));
        Assert.DoesNotContain(ex.Problems, p => p.Message.Contains("required integer is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_study_is_validated_against_its_schema_and_derives_gender_with_its_own_labels()
    {
        var bad = Assert.Throws<StudyLoadException>(() => StudyLoader.Parse("""{ "format": "analysenotater-study", "formatVersion": 1, "id": "x", "title": "x", "roles": { "gender": { "kolonne": "k" } } }"""));
        Assert.Contains(bad.Problems, p => p.Path == "$.roles.gender.kolonne" && p.Message.StartsWith("unknown property", StringComparison.Ordinal));

        var study = StudyLoader.Parse("""
            { "format": "analysenotater-study", "formatVersion": 1, "id": "x", "title": "x", "instrument": "korus-2017",
              "roles": { "gender": { "column": "kjonn", "labels": { "1": "Menn", "2": "Kvinner" } } },
              "derived": [ { "name": "kjonn", "kind": "fromItem", "source": "q1", "map": { "1": "2", "2": "1" } } ] }
            """);
        // 30 rows: q1 = 1 (kvinne) on even rows, 2 (mann) on odd rows; 15 men, 15 women, so no group is suppressed.
        var csv = "q1,q9\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"{(i % 2 == 0 ? 1 : 2)},{i % 5 + 1}\n"));
        var (data, _) = SurveyCsvReader.ReadText(csv, "t.csv", KnownInstruments.KoRus2017);
        var applied = StudyApplier.Apply(data, study, "t.csv");
        // q1: 1 = Kvinne, 2 = Mann; mapped to the study's coding 1 = Menn, 2 = Kvinner.
        Assert.Equal([2.0, 1.0, 2.0], applied.Dataset.ValidValues("kjonn").Take(3));
        Assert.Equal("Menn", applied.Dataset.Roles.LabelsOf("kjonn")![1]);
        var table = applied.Dataset.Frequencies("q9", by: "kjonn");
        Assert.Equal(["Totalt", "Menn", "Kvinner"], table.Groups);
        Assert.Equal(15, table.DenominatorN("Menn"));
    }
}
