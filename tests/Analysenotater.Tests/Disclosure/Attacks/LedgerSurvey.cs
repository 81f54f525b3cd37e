using Analysenotater.Data;
using Analysenotater.Instruments;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// The survey of the across-releases attacks (issue 17, session 5): 26 respondents in groups g = 1 («a», 12 rows),
/// 2 («b», 12 rows) and 3 («c», 2 rows: below every threshold). Columns: items <c>q</c> and <c>q2</c> (1–5, scale S5)
/// scored together as indicator <c>ind</c>, a 0/1 outcome <c>z</c>, a comment <c>kommentar</c>, the grouping
/// <c>g</c> and <c>g2</c> (= g with «c» merged into «b»: codes 1, 2). The two «c» respondents answered
/// <see cref="SecretQ"/> on q (so their mean is <see cref="SecretMean"/>), 1 on z and wrote about «kattemat».
/// Every call builds a new import, so every test starts with an empty release ledger.
/// </summary>
internal static class LedgerSurvey
{
    public const int A = 12;

    public const int B = 12;

    public const int C = 2;

    public static readonly int[] SecretQ = [4, 5];

    public static double SecretMean => SecretQ.Average();

    public static int N => A + B + C;

    /// <summary>The g code per row: rows 0–11 «a» (1), 12–23 «b» (2), 24–25 «c» (3).</summary>
    public static int G(int row) => row < A ? 1 : row < A + B ? 2 : 3;

    /// <summary>The instrument of the survey: items q and q2 on S5, indicator «ind» over both.</summary>
    public static Instrument Instrument { get; } = new("ledger", "1", "Ledger test", "tests", [TestInstruments.S5],
        [new Item("q", "1", "Q", ItemType.SingleChoice, "S5"), new Item("q2", "2", "Q2", ItemType.SingleChoice, "S5")], null,
        [new IndicatorDefinition("ind", "Samlet", ["q", "q2"], "korus-sum-max-prorated")]);

    /// <summary>A new import of the survey; <paramref name="secret"/> overrides the «c» answers on q.</summary>
    public static SurveyDataset Data(int[]? secret = null)
    {
        secret ??= SecretQ;
        var q = new int?[N];
        var q2 = new int?[N];
        var z = new double[N];
        var text = new string?[N];
        var g = new int?[N];
        var g2 = new int?[N];
        for (var r = 0; r < N; r++)
        {
            var k = G(r);
            g[r] = k;
            g2[r] = k == 3 ? 2 : k;
            switch (k)
            {
                case 1:
                    q[r] = 1 + (r % 5);
                    q2[r] = 1 + ((r + 2) % 5);
                    z[r] = r % 2;
                    text[r] = r % 2 == 0 ? "venteliste lang tid" : "hjelpen kommer raskt";
                    break;
                case 2:
                    q[r] = 2 + (r % 3);
                    q2[r] = 1 + (r % 4);
                    z[r] = r % 3 == 0 ? 1 : 0;
                    text[r] = r % 2 == 0 ? "trygg oppfølging hver uke" : "venteliste lang tid";
                    break;
                default:
                    q[r] = secret[r - A - B];
                    q2[r] = 5;
                    z[r] = 1;
                    text[r] = "kattemat hver dag";
                    break;
            }
        }

        return new SurveyDataset(Instrument,
        [
            CodeColumn.FromNullable("q", q), CodeColumn.FromNullable("q2", q2), new NumericColumn("z", z),
            new TextColumn("kommentar", text), CodeColumn.FromNullable("g", g), CodeColumn.FromNullable("g2", g2),
        ]);
    }

    /// <summary>The mean of q over the rows with g in <paramref name="codes"/> (the attacker's arithmetic check).</summary>
    public static double TrueMean(params int[] codes)
    {
        var d = Data();
        var q = ((CodeColumn)d["q"]).Codes.ToArray();
        return Enumerable.Range(0, N).Where(r => codes.Contains(G(r))).Average(r => (double)q[r]);
    }

    /// <summary>Whether a note says the number is hidden because of what was released before from the same data.</summary>
    public static bool SaysEarlierReleases(string? note) => note is not null &&
        (note.Contains("tidligere", StringComparison.Ordinal) || note.Contains("alt er vist", StringComparison.Ordinal));
}
