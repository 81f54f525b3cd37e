using Analysenotater.Instruments;

namespace Analysenotater.Tests;

/// <summary>A small hand-built instrument shaped like KoRus: S5 and S5NA items, a multiple-choice tick box, a numeric item and open text.</summary>
internal static class TestInstruments
{
    public static AnswerScale S5 { get; } = new("S5",
    [
        new(1, "Ikke i det hele tatt"), new(2, "I liten grad"), new(3, "I noen grad"), new(4, "I stor grad"), new(5, "I svært stor grad"),
    ]);

    public static AnswerScale S5NA { get; } = new("S5NA", [.. S5.Options, new ScaleOption(6, "Ikke aktuelt", MissingReason.NotApplicable)]);

    public static AnswerScale Check { get; } = new("CHECK", [new(0, "Nei"), new(1, "Ja")], ScaleDirection.Nominal);

    public static Instrument Small { get; } = new("liten", "1", "Liten test", "tests",
        [S5, S5NA, Check],
        [
            new Item("q9", "9", "Alt i alt, er tjenestene du har mottatt fra kommunen tilfredsstillende?", ItemType.SingleChoice, "S5"),
            new Item("q14_1", "14", "…å skaffe bolig", ItemType.SingleChoice, "S5NA"),
            new Item("q12_1", "12", "Fastlege", ItemType.MultipleChoice, "CHECK"),
            new Item("q34", "34", "Hvor gammel var du første gang …?", ItemType.Numeric),
            new Item("open_bra", "", "Hva fungerer bra med hjelpen du får fra kommunen nå?", ItemType.OpenText),
        ]);
}
