using Analysenotater.Data;
using Analysenotater.Reporting;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Tables;

public sealed class SummaryByGroupTests
{
    [Fact]
    public void One_row_per_group_behind_the_same_gate_and_one_note_for_groups_hidden_for_the_same_reason()
    {
        // Groups A–C have 5 answers each (n and mean only under the default KoRus tiers), D has 20, E has 2 (nothing).
        int[] sizes = [5, 5, 5, 20, 2];
        var group = sizes.SelectMany((n, g) => Enumerable.Repeat(g + 1, n)).ToArray();
        var q = group.Select((_, i) => (i % 5) + 1).ToArray();
        var data = new SurveyDataset(TestInstruments.Small, [CodeColumn.FromNullable("kommune", [.. group.Select(g => (int?)g)]), CodeColumn.FromNullable("q9", [.. q.Select(x => (int?)x)])]);
        var t = FrequencyTables.By(data, "q9", "kommune", options: new FrequencyOptions { GroupLabels = new Dictionary<int, string> { [1] = "A", [2] = "B", [3] = "C", [4] = "D", [5] = "E" } });
        var s = t.SummaryByGroup();

        Assert.Equal(["Kommune", "Antall svar (n)", "Gjennomsnitt", .. t.Categories.Select(c => c + " %")], s.Columns);
        Assert.Equal(["Totalt", "A", "B", "C", "D", "E"], s.Rows.Select(r => r[0].Text));
        Assert.Equal("5", s.Rows[1][1].Display());
        Assert.Equal(t.Mean("A"), s.Rows[1][2].Value, 9);
        Assert.All(s.Rows[1].Skip(3), c => Assert.Equal(CellKind.Suppressed, c.Kind)); // 4–10 answers: no percentages
        Assert.Equal(t.PercentCell("D", t.Categories[0]), s.Rows[4][3]);
        Assert.All(s.Rows[5].Skip(1), c => Assert.Equal(CellKind.Suppressed, c.Kind)); // 2 answers: nothing

        // A and B are hidden for the same reason (4–10 answers): one note names both. C is hidden as well (secondary
        // suppression, so that E cannot be worked out from the total) and E has too few answers: their notes stay apart.
        Assert.Single(s.Notes, n => n.Contains("«A», «B»:", StringComparison.Ordinal));
        Assert.DoesNotContain(s.Notes, n => n.StartsWith("* «A»:", StringComparison.Ordinal) || n.StartsWith("* «B»:", StringComparison.Ordinal));
        Assert.Single(t.Notes, n => n.Contains("«A»:", StringComparison.Ordinal));
        Assert.Single(t.Notes, n => n.Contains("«B»:", StringComparison.Ordinal));
        Assert.Equal(t.Notes.Count - 1, s.Notes.Count);
    }
}
