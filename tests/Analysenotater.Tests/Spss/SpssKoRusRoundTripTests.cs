using Analysenotater.Data;
using Analysenotater.Instruments;
using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>
/// A seeded synthetic KoRus 2017 dataset (every item, codes drawn from each item's scale including its missing codes)
/// goes to .sav and back: PSPP reads every value and label without warnings, and reading the file with the KoRus
/// instrument gives a clean report and the very codes that were written.
/// </summary>
public sealed class SpssKoRusRoundTripTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("analysenotater-spss-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void KoRus_dataset_survives_the_round_trip_through_sav()
    {
        var ins = KnownInstruments.KoRus2017;
        var rng = new Random(2017);
        const int n = 150;
        var columns = new List<SurveyColumn>();
        foreach (var item in ins.Items)
        {
            switch (item.Type)
            {
                case ItemType.OpenText:
                    columns.Add(new TextColumn(item.Id, [.. Enumerable.Range(0, n).Select(i => rng.NextDouble() < 0.7 ? null : $"Svar {i}: æøå ÆØÅ «sitat»")]));
                    break;
                case ItemType.Numeric:
                case ItemType.Year:
                    columns.Add(new NumericColumn(item.Id, [.. Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.1 ? double.NaN : item.Type == ItemType.Year ? rng.Next(1930, 2000) : rng.Next(0, 100))]));
                    break;
                default:
                    var options = ins.ScaleOf(item.Id)!.Options;
                    columns.Add(CodeColumn.FromNullable(item.Id, [.. Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.08 ? (int?)null : options[rng.Next(options.Count)].Code)]));
                    break;
            }
        }

        var data = new SurveyDataset(ins, columns);
        var path = Path.Combine(_dir, "korus.sav");
        SpssExport.Write(data, path, new SpssWriteOptions { CreationTime = new DateTime(2017, 6, 1) });

        var (dictionary, csv, messages) = PsppRunner.ReadBack(path);
        Assert.DoesNotContain("warning", messages, StringComparison.OrdinalIgnoreCase);
        var written = SpssExport.FromDataset(data);
        PsppExpectations.AssertVariables(written, dictionary);
        PsppExpectations.AssertValueLabels(written, dictionary);
        PsppExpectations.AssertData(written, csv);

        var back = SpssImport.Read(path, ins);
        Assert.True(back.Report.IsClean, back.Report.ToText());
        foreach (var c in columns)
        {
            var b = back.Dataset[c.Name];
            Assert.Equal(c.Kind, b.Kind);
            for (var i = 0; i < n; i++)
            {
                Assert.Equal(c.FormatInvariant(i), b.FormatInvariant(i));
            }
        }
    }
}
