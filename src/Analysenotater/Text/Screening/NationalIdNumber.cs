namespace Analysenotater.Text.Screening;

/// <summary>The control-digit check of Norwegian national identity numbers (fødselsnummer and D-nummer, 11 digits).</summary>
public static class NationalIdNumber
{
    private static readonly int[] Weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] Weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>
    /// True when <paramref name="digits"/> is 11 digits whose two control digits follow the mod-11 rule:
    /// k1 = 11 − (3·d1 + 7·d2 + 6·d3 + 1·d4 + 8·d5 + 9·d6 + 4·d7 + 5·d8 + 2·d9) mod 11 and
    /// k2 = 11 − (5·d1 + 4·d2 + 3·d3 + 2·d4 + 7·d5 + 6·d6 + 5·d7 + 4·d8 + 3·d9 + 2·k1) mod 11, where 11 becomes 0 and 10 is invalid.
    /// The date part is not checked. Spaces are ignored; other characters make it false.
    /// </summary>
    public static bool HasValidControlDigits(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var d = digits.Where(c => c != ' ').Select(c => c - '0').ToArray();
        if (d.Length != 11 || d.Any(x => x is < 0 or > 9))
        {
            return false;
        }

        var k1 = Control(d, Weights1);
        var k2 = Control(d, Weights2);
        return k1 == d[9] && k2 == d[10];
    }

    private static int Control(int[] d, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i] * d[i];
        }

        var k = 11 - (sum % 11);
        return k == 11 ? 0 : k; // 10 never equals a digit, so it fails the comparison
    }
}
