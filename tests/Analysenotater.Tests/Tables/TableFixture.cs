using Analysenotater.Data;

namespace Analysenotater.Tests.Tables;

/// <summary>
/// Twelve hand-made respondents (row numbers 1–12 below). Expected numbers in the tests are counted by hand from this listing.
/// <code>
/// row               1  2  3  4  5  6  7  8  9 10 11 12
/// kommunestorrelse  1  1  1  1  2  2  2  2  3  3  3  3     (1 Liten, 2 Mellomstor, 3 Stor)
/// kjonn             2  2  1  1  2  1  2  1  2  2  1  .     (1 Kvinne, 2 Mann; row 12 blank)
/// q14_1 (S5NA)      5  4  3  6  1  2  6  .  4  5  5  3     (6 = Ikke aktuelt, . = blank)
/// q12_1 (tick box)  1  0  1  .  1  .  .  0  1  1  0  1
/// </code>
/// </summary>
internal static class TableFixture
{
    public static SurveyDataset Data { get; } = new(TestInstruments.Small,
    [
        CodeColumn.FromNullable("kommunestorrelse", [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]),
        CodeColumn.FromNullable("kjonn", [2, 2, 1, 1, 2, 1, 2, 1, 2, 2, 1, null]),
        CodeColumn.FromNullable("q14_1", [5, 4, 3, 6, 1, 2, 6, null, 4, 5, 5, 3]),
        CodeColumn.FromNullable("q12_1", [1, 0, 1, null, 1, null, null, 0, 1, 1, 0, 1]),
    ]);
}
