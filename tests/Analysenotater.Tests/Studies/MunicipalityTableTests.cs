using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Studies;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Studies;

public sealed class MunicipalityTableTests
{
    private const string StudyHead = """{ "format": "analysenotater-study", "formatVersion": 1, "id": "x", "title": "x", "instrument": "korus-2017", """;

    [Fact]
    public void The_2017_table_has_the_426_municipalities_of_SSB_classification_131()
    {
        var t = MunicipalityTable.BuiltIn("norge-2017");
        Assert.Equal(426, t.Entries.Count);
        Assert.Equal(426, t.Entries.Select(e => e.Number).Distinct().Count());
        Assert.DoesNotContain(t.Entries, e => e.Number == 9999); // SSB's «Uoppgitt» is not a municipality
        // County = the county number, the first two digits of the four-digit municipality number (01 Østfold … 20 Finnmark in 2017).
        Assert.All(t.Entries, e => Assert.Equal((e.Number / 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture), e.County));
        Assert.Equal(19, t.Entries.Select(e => e.County).Distinct().Count());
        Assert.All(t.Entries, e => Assert.Equal("", e.SizeGroup));
        // Rows as they stand in SSB's export (gardenberg/kommunekoder, bakgrunnsdata/ssb_kommunekoder_2017.csv).
        Assert.Equal("Halden", t.Find(101)!.Name);
        Assert.Equal("Sør-Varanger", t.Find(2030)!.Name);
        Assert.Null(t.Find(5001)); // Trøndelag's numbers came in 2018
    }

    [Fact]
    public void The_current_table_has_357_municipalities_in_15_counties()
    {
        var t = MunicipalityTable.BuiltIn("norge-2026");
        Assert.Equal(357, t.Entries.Count);
        Assert.Equal(357, t.Entries.Select(e => e.Number).Distinct().Count());
        Assert.Equal(15, t.Entries.Select(e => e.County).Distinct().Count());
        Assert.All(t.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Name)));
        Assert.All(t.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.County)));
        // Rows as they stand in the sources (SSB Klass 2026-01-01; NAV's county list).
        Assert.Equal(("Oslo - Oslove", "Oslo"), (t.Find(301)!.Name, t.Find(301)!.County));
        Assert.Equal(("Eigersund", "Rogaland"), (t.Find(1101)!.Name, t.Find(1101)!.County));
        Assert.Equal(("Alta", "Finnmark"), (t.Find(5601)!.Name, t.Find(5601)!.County));
        Assert.Equal(t.Entries.Count, MunicipalityTable.BuiltIn("norge-gjeldende").Entries.Count);
        Assert.Null(t.Find(101)); // the 2017 numbers of Østfold are gone
    }

    [Fact]
    public void Names_are_given_for_the_numbers_asked_in_number_order_and_shared_names_get_their_number()
    {
        var t = MunicipalityTable.BuiltIn("norge-2017");
        var names = t.NamesOf([426, 137, 101, 101, 9876]);
        Assert.Equal([101, 137, 426], names.Keys);
        Assert.Equal(["Halden", "Våler (0137)", "Våler (0426)"], names.Values);
        Assert.Equal("Våler", t.NamesOf([137, 101])[137]); // alone, the name needs no number
    }

    [Fact]
    public void An_unknown_table_id_or_a_missing_file_names_the_built_in_tables()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => MunicipalityTable.BuiltIn("norge-1999"));
        Assert.Contains("norge-2017", ex.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<FileNotFoundException>(() => MunicipalityTable.Resolve("finnes-ikke.csv", Path.GetTempPath()));
        Assert.Contains("norge-2026", missing.Message, StringComparison.Ordinal);
        var study = Assert.Throws<StudyLoadException>(() => StudyLoader.Parse(StudyHead + """ "municipalities": "kommuner.csv" }""", "s.json", Path.GetTempPath()));
        Assert.Contains(study.Problems, p => p.Path == "$.municipalities" && p.Message.Contains("kommuner.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_study_naming_a_national_table_shows_municipality_names_in_tables_for_the_numbers_in_the_data_only()
    {
        var study = StudyLoader.Parse(StudyHead + """ "municipalities": "norge-2017", "roles": { "municipality": { "column": "kommune" } } }""");
        // 48 respondents in four municipalities (Halden, both Vålers and an unknown number 9876), q9 cycling 1–5.
        int[] numbers = [101, 137, 426, 9876];
        var csv = "kommune,q9\n" + string.Concat(Enumerable.Range(0, 48).Select(i => $"{numbers[i % 4]},{(i % 5) + 1}\n"));
        var (data, _) = SurveyCsvReader.ReadText(csv, "t.csv", KnownInstruments.KoRus2017);
        var applied = StudyApplier.Apply(data, study, "t.csv");
        var table = applied.Dataset.Frequencies("q9", by: "kommune");
        Assert.Equal(["Totalt", "Halden", "Våler (0137)", "Våler (0426)", "9876"], table.Groups);
        Assert.Equal(12, table.DenominatorN("Halden"));
        Assert.Contains(applied.DerivedNotes, n => n.Contains("kommunenavn", StringComparison.Ordinal) && n.Contains("1 nummer uten navn", StringComparison.Ordinal));
        var byGroup = table.SummaryByGroup();
        Assert.Equal(["Totalt", "Halden", "Våler (0137)", "Våler (0426)", "9876"], byGroup.Rows.Select(r => r[0].Text));
        Assert.Equal("12", byGroup.Rows[1][1].Display());
    }

    [Fact]
    public void A_study_of_its_own_names_its_own_municipality_file_and_its_labels_win()
    {
        var dir = Directory.CreateTempSubdirectory("kommuner").FullName;
        File.WriteAllText(Path.Combine(dir, "mine.csv"), "nummer;navn;gruppe;fylke\n7;Fjordby;2;Vest\n8;Dalbygd;1;Vest\n");
        var study = StudyLoader.LoadFile(WriteStudy(dir, """ "municipalities": "mine.csv", "roles": { "municipality": { "column": "kommune" } } }"""));
        var csv = "kommune,q9\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"{(i % 2 == 0 ? 7 : 8)},{(i % 5) + 1}\n"));
        var (data, _) = SurveyCsvReader.ReadText(csv, "t.csv", KnownInstruments.KoRus2017);
        Assert.Equal(["Totalt", "Fjordby", "Dalbygd"], StudyApplier.Apply(data, study, "t.csv").Dataset.Frequencies("q9", by: "kommune").Groups);

        var own = StudyLoader.LoadFile(WriteStudy(dir, """ "municipalities": "mine.csv", "roles": { "municipality": { "column": "kommune", "labels": { "8": "B", "7": "A" } } } }"""));
        Assert.Equal(["Totalt", "B", "A"], StudyApplier.Apply(data, own, "t.csv").Dataset.Frequencies("q9", by: "kommune").Groups);
    }

    [Fact]
    public void A_size_group_looked_up_in_a_national_table_is_reported_missing_row_by_row()
    {
        var study = StudyLoader.Parse(StudyHead + """
            "roles": { "municipality": { "column": "kommune" }, "sizeGroup": { "column": "storrelse" } },
            "derived": [ { "name": "storrelse", "kind": "municipalityLookup", "source": "kommune", "table": "norge-2017", "field": "sizeGroup" } ] }
            """);
        var (data, _) = SurveyCsvReader.ReadText("kommune,q9\n101,3\n137,4\n", "t.csv", KnownInstruments.KoRus2017);
        var applied = StudyApplier.Apply(data, study, "t.csv");
        var issues = applied.Issues.Where(i => i.Kind == ImportIssueKind.DerivationFailed).ToList();
        Assert.Equal(2, issues.Count);
        Assert.Contains("ingen størrelsesgruppe for kommune 101 (Halden)", issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, issues[0].Row);
        // The names still come from the table of the lookup.
        Assert.Equal(["Totalt", "Halden", "Våler"], applied.Dataset.Frequencies("q9", by: "kommune", options: new FrequencyOptions()).Groups);
    }

    private static string WriteStudy(string dir, string tail)
    {
        var path = Path.Combine(dir, $"studie-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, StudyHead + tail);
        return path;
    }
}
