using System.Text;
using Analysenotater.Disclosure;
using Analysenotater.Import;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// Cross-release attacks through a second import of the same file: the release ledger belongs to an import, so an
/// analyst who reads the file again starts with a clean ledger unless the ledger knows the data is the same.
/// </summary>
public sealed class CrossReleaseImportTests
{
    /// <summary>
    /// Attack 1 over two imports of one file: municipality K1 (2) and K2 (20) in size group S1, K3 (12) and K4 (30) in
    /// S2. The table by municipality of the first import hides K1 and K3; the table by size group of the second
    /// import of the same file shows S1 = K1 + K2 in full, so K1 = S1 − K2.
    /// </summary>
    [Fact]
    public void Reading_the_same_file_again_does_not_give_the_hidden_municipality_as_size_group_minus_the_rest()
    {
        var csv = new StringBuilder("q1;k;s\n");
        foreach (var (k, s, n) in new[] { (1, 1, 2), (2, 1, 20), (3, 2, 12), (4, 2, 30) })
        {
            for (var i = 0; i < n; i++)
            {
                csv.Append(k == 1 ? 3 - i : 1 + (i % 3)).Append(';').Append(k).Append(';').Append(s).Append('\n');
            }
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        var first = SurveyCsvReader.Read(new MemoryStream(bytes), "svar.csv", null).Dataset;
        var again = SurveyCsvReader.Read(new MemoryStream(bytes), "svar.csv", null).Dataset;
        var byK = first.Frequencies("q1", by: "k");
        var byS = again.Frequencies("q1", by: "s");
        Assert.Equal(DisclosureLevel.Nothing, byK.Level("1"));
        var k1 = new[] { "1", "2", "3" }.Select(c => byS.Count("1", c) is { } s1 && byK.Count("2", c) is { } k2 ? s1 - k2 : (int?)null).ToArray();
        Assert.False(k1.SequenceEqual([(int?)0, 1, 1]), $"K1 = S1 − K2 = [{string.Join(", ", k1)}] (its answers: 3, 2)");
    }
}
