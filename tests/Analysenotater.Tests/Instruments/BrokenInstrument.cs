namespace Analysenotater.Tests.Instruments;

/// <summary>A deliberately broken instrument document with exactly five faults, one per kind.</summary>
internal static class BrokenInstrument
{
    // Faults: (1) $.items[0].scale names scale "S9", which does not exist; (2) $.items[1].type is "rating";
    // (3) $.items[2] has no text; (4) $.items[3].id repeats "a"; (5) $.scales[0].colour is an unknown property.
    public const string Json = """
        {
          "format": "analysenotater-instrument",
          "formatVersion": 1,
          "id": "broken",
          "version": "1",
          "title": "Ødelagt",
          "source": "test",
          "scales": [ { "id": "S4", "colour": "blue", "options": [ { "code": 1, "label": "Nei" }, { "code": 2, "label": "Ja" } ] } ],
          "items": [
            { "id": "a", "number": "1", "text": "Første", "type": "singleChoice", "scale": "S9" },
            { "id": "b", "number": "2", "text": "Andre", "type": "rating", "scale": "S4" },
            { "id": "c", "number": "3", "type": "singleChoice", "scale": "S4" },
            { "id": "a", "number": "4", "text": "Fjerde", "type": "singleChoice", "scale": "S4" }
          ]
        }
        """;
}
