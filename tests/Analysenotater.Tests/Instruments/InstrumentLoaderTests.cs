using Analysenotater.Instruments;

namespace Analysenotater.Tests.Instruments;

public sealed class InstrumentLoaderTests
{
    [Fact]
    public void Loader_reports_every_problem_with_its_json_path()
    {
        var ex = Assert.Throws<InstrumentLoadException>(() => InstrumentLoader.Parse(BrokenInstrument.Json, "broken.json"));

        // The five faults written into BrokenInstrument, in document order.
        var expected = new[]
        {
            "$.scales[0].colour: unknown property (check the spelling against instrument.schema.json)",
            "$.items[0].scale: names scale \"S9\", which does not exist",
            "$.items[1].type: unknown item type \"rating\" (expected one of singleChoice, multipleChoice, numeric, year, openText)",
            "$.items[2].text: required string is missing",
            "$.items[3].id: item id \"a\" is used twice",
        };
        Assert.Equal(expected, ex.Problems.Select(p => p.ToString()));
        Assert.StartsWith("Instrument 'broken.json' is not valid (5 problem(s)):", ex.Message);
        Assert.Equal("broken.json", ex.SourceName);
    }

    [Fact]
    public void Loader_reports_a_dangling_condition_with_the_item_index()
    {
        const string json = """
            { "format": "analysenotater-instrument", "formatVersion": 1, "id": "x", "version": "1", "title": "x", "source": "x",
              "scales": [ { "id": "S", "options": [ { "code": 1, "label": "Ja" } ] } ],
              "items": [ { "id": "a", "number": "1", "text": "A", "type": "singleChoice", "scale": "S" },
                         { "id": "b", "number": "2", "text": "B", "type": "singleChoice", "scale": "S", "condition": { "text": "hvis a", "item": "zz" } } ] }
            """;
        var ex = Assert.Throws<InstrumentLoadException>(() => InstrumentLoader.Parse(json));
        Assert.Equal("$.items[1].condition.item: names item \"zz\", which does not exist", Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void Ks_instrument_has_26_scored_items_in_8_groups_and_the_open_question()
    {
        var ks = KnownInstruments.KsPsykiskHelseRus;

        // survey.md: 6 + 4 + 1 + 1 + 3 + 5 + 5 + 1 = 26 scored items; kommentarer_1 is open text and not scored.
        Assert.Equal(8, ks.Groups.Count);
        Assert.Equal(new[] { 6, 4, 1, 1, 3, 5, 5, 1 }, ks.Groups.Select(g => g.ItemIds.Count));
        var scored = ks.Items.Where(i => i.Type == ItemType.SingleChoice).ToList();
        Assert.Equal(26, scored.Count);
        Assert.Equal(26, ks.Groups.SelectMany(g => g.ItemIds).Distinct().Count());
        Assert.Equal(ItemType.OpenText, ks.GetItem("kommentarer_1").Type);
        Assert.Equal("Har du andre kommentarer til innholdet i tjenesten?", ks.GetItem("kommentarer_1").Text);

        var scale = ks.ScaleOf("tilgjengelighet_1")!;
        Assert.Equal(new[] { "Helt uenig", "Litt uenig", "Litt enig", "Helt enig" }, scale.Options.Select(o => o.Label));
        Assert.Equal((1, 4), (scale.MinValid, scale.MaxValid));
        Assert.Equal("Ventetiden fra jeg søkte psykisk helsetjeneste til jeg fikk hjelp, var akseptabel", ks.GetItem("tilgjengelighet_1").Text);

        Assert.Equal(8, ks.Indicators.Count);
        Assert.All(ks.Indicators, ind => Assert.Equal("ks-dimension-mean", ind.Rule));
        Assert.Equal(ks.Groups.Select(g => g.ItemIds), ks.Indicators.Select(i => i.ItemIds));
    }

    [Fact]
    public void Ks_instrument_loads_from_disk_like_the_embedded_copy()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ks-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, KnownInstruments.ReadEmbeddedText("ks-psykisk-helse-rus.json"));
        try
        {
            var fromDisk = InstrumentLoader.LoadFile(path);
            Assert.Equal(KnownInstruments.KsPsykiskHelseRus.Items.Select(i => i.Text), fromDisk.Items.Select(i => i.Text));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Enum_values_are_read_in_camel_case_only_as_the_schema_says()
    {
        const string json = """
            { "format": "analysenotater-instrument", "formatVersion": 1, "id": "x", "version": "1", "title": "x", "source": "x",
              "scales": [ { "id": "S", "direction": "HigherIsBetter", "options": [ { "code": 1, "label": "Ja" } ] } ],
              "items": [ { "id": "a", "number": "1", "text": "A", "type": "singlechoice", "scale": "S" } ] }
            """;
        var ex = Assert.Throws<InstrumentLoadException>(() => InstrumentLoader.Parse(json));
        Assert.Equal(
        [
            "$.scales[0].direction: unknown direction \"HigherIsBetter\" (expected one of higherIsBetter, higherIsWorse, ordinal, nominal)",
            "$.items[0].type: unknown item type \"singlechoice\" (expected one of singleChoice, multipleChoice, numeric, year, openText)",
        ], ex.Problems.Select(p => p.ToString()));
    }
}
