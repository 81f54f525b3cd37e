using System.Globalization;
using System.Text;
using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Disclosure.Persistence;
using Analysenotater.Spss;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Ledger;

/// <summary>
/// One release ledger per data source: the same file imported twice in a process shares one ledger, and a ledger kept
/// in a state file is replayed by a later import (another process). The attack: a table by municipality from one
/// import and a table by size group from another; «Liten» minus its two shown municipalities is the hidden
/// municipality of 2. Before the registry each import had a ledger of its own and the subtraction worked.
/// </summary>
public sealed class LedgerAcrossImportsTests
{
    /// <summary>
    /// A CSV file of 82 respondents: municipalities 1–5 with 20, 20, 2, 20 and 20; «storrelse» 1 (Liten) = municipalities
    /// 1–3, 2 (Stor) = 4–5; answers q cycle 1–5. <paramref name="salt"/> names an extra column, so each test's file has
    /// content of its own (the ledger follows the content) while the rows are the same.
    /// </summary>
    internal static string WriteNested(string dir, string salt, string name = "nested.csv")
    {
        int[] sizes = [20, 20, 2, 20, 20];
        var sb = new StringBuilder("q;q2;kommune;storrelse;x_" + salt + "\n");
        var i = 0;
        for (var k = 0; k < sizes.Length; k++)
        {
            for (var j = 0; j < sizes[k]; j++, i++)
            {
                // q2: Liten answers 1–3 only (shown zeros for 4 and 5), one blank in seven.
                var q2 = i % 7 == 0 ? "" : (1 + (i % (k < 3 ? 3 : 5))).ToString(CultureInfo.InvariantCulture);
                sb.Append(CultureInfo.InvariantCulture, $"{1 + (i % 5)};{q2};{k + 1};{(k < 3 ? 1 : 2)};0\n");
            }
        }

        var path = Path.Combine(dir, name);
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    /// <summary>The hidden municipality is «Liten» − the two shown municipalities of Liten when both tables show them in full.</summary>
    internal static bool Derivable(FrequencyTable byKommune, FrequencyTable bySize) =>
        bySize.Level("1") == DisclosureLevel.Full && byKommune.Level("1") == DisclosureLevel.Full && byKommune.Level("2") == DisclosureLevel.Full
        && byKommune.Level("3") == DisclosureLevel.Nothing;

    private static string NewFolder() => Directory.CreateTempSubdirectory("an-ledger-").FullName;

    private static string Salt() => Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public void The_same_file_imported_twice_shares_one_ledger_so_the_second_table_is_checked_against_the_first()
    {
        var path = WriteNested(NewFolder(), Salt());
        var first = SurveyFile.Read(path).Dataset;
        var second = SurveyFile.Read(path).Dataset;
        Assert.Same(ReleaseLedger.Of(first), ReleaseLedger.Of(second));

        var byKommune = FrequencyTables.By(first, "q", "kommune");
        var bySize = FrequencyTables.By(second, "q", "storrelse");
        Assert.Equal(DisclosureLevel.Nothing, byKommune.Level("3"));
        Assert.False(Derivable(byKommune, bySize));
        Assert.Contains(bySize.Notes, n => n.Contains("på tvers av tabeller", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_reader_of_the_file_shares_the_ledger_a_copy_shares_it_through_the_state_directory_and_a_changed_file_does_not()
    {
        var dir = NewFolder();
        var path = WriteNested(dir, Salt());
        var copy = Path.Combine(dir, "kopi.csv");
        File.Copy(path, copy);
        var ledger = ReleaseLedger.Of(SurveyFile.Read(path).Dataset);
        Assert.Same(ledger, ReleaseLedger.Of(Analysenotater.Import.StreamingCsvReader.Read(path, null).Dataset));
        Assert.Same(ledger, ReleaseLedger.Of(global::Analysenotater.Studies.SurveyInput.Load(path, "none", "none").Dataset));

        // With a ledger location the file is known by its content: a copy (another name) is the same source.
        var state = Path.Combine(dir, "tilstand") + Path.DirectorySeparatorChar;
        using (LedgerPersistence.Use(state))
        {
            var kept = ReleaseLedger.Of(SurveyFile.Read(path).Dataset);
            Assert.Same(kept, ReleaseLedger.Of(SurveyFile.Read(copy).Dataset));
            Assert.Same(kept, ReleaseLedger.Of(Analysenotater.Import.StreamingCsvReader.Read(copy, null).Dataset));
        }

        File.AppendAllText(path, "1;1;1;1;0\n");
        Assert.NotSame(ledger, ReleaseLedger.Of(SurveyFile.Read(path).Dataset));
    }

    [Fact]
    public void A_ledger_kept_in_a_state_file_is_replayed_by_a_later_import_of_the_same_file()
    {
        var dir = NewFolder();
        var path = WriteNested(dir, Salt());
        var state = Path.Combine(dir, "tilstand") + Path.DirectorySeparatorChar;
        FrequencyTable byKommune;
        ReleaseLedger first;
        using (LedgerPersistence.Use(state))
        {
            var data = SurveyFile.Read(path).Dataset;
            first = ReleaseLedger.Of(data);
            byKommune = FrequencyTables.By(data, "q", "kommune");
        }

        Assert.Equal(DisclosureLevel.Nothing, byKommune.Level("3"));
        var stateFile = Assert.Single(Directory.GetFiles(state));

        // Another process: the state file under another name, so nothing of this process's ledger is reused.
        var later = Path.Combine(dir, "senere.ledger");
        File.Copy(stateFile, later);
        using (LedgerPersistence.Use(later))
        {
            var data = SurveyFile.Read(path).Dataset;
            Assert.NotSame(first, ReleaseLedger.Of(data));
            var bySize = FrequencyTables.By(data, "q", "storrelse");
            Assert.False(Derivable(byKommune, bySize));
            Assert.Contains(bySize.Notes, n => n.Contains("på tvers av tabeller", StringComparison.Ordinal));
        }

        // A fresh state file (what every import had before) lets the subtraction through: the test can fail.
        using (LedgerPersistence.Use(Path.Combine(dir, "tom.ledger")))
        {
            Assert.True(Derivable(byKommune, FrequencyTables.By(SurveyFile.Read(path).Dataset, "q", "storrelse")));
        }
    }

    [Fact]
    public void A_ledger_replayed_from_its_state_file_decides_later_releases_as_the_ledger_that_made_the_releases()
    {
        var dir = NewFolder();
        var path = WriteNested(dir, Salt());
        var file = Path.Combine(dir, "a.ledger");
        SurveyDataset a;
        using (LedgerPersistence.Use(file))
        {
            a = SurveyFile.Read(path).Dataset;
        }

        _ = FrequencyTables.By(a, "q2", "kommune");
        _ = FrequencyTables.By(a.Where(r => r != 3), "q", "storrelse");
        _ = FrequencyTables.KeyFigures(a, [KeyFigureRow.TopBox("q", "Q"), KeyFigureRow.TopBox("q2", "Q2")], "kommune");
        var copy = Path.Combine(dir, "b.ledger");
        File.Copy(file, copy);
        SurveyDataset b;
        using (LedgerPersistence.Use(copy))
        {
            b = SurveyFile.Read(path).Dataset;
        }

        Assert.NotSame(ReleaseLedger.Of(a), ReleaseLedger.Of(b));
        Assert.Equal(ReleaseLedger.Of(a).AtomCount, ReleaseLedger.Of(b).AtomCount);
        foreach (var (data, item, by) in new[] { (a, "q2", "storrelse"), (a, "q", "kommune"), (a.Where(r => r != 50), "q2", "storrelse") })
        {
            var onA = FrequencyTables.By(data, item, by);
            var onB = FrequencyTables.By(data == a ? b : b.Where(r => r != 50), item, by);
            Assert.Equal(onA.Groups, onB.Groups);
            Assert.Equal(onA.Groups.Select(onA.Level), onB.Groups.Select(onB.Level));
        }

        Assert.Equal(ReleaseLedger.Of(a).AtomCount, ReleaseLedger.Of(b).AtomCount);
    }

    [Fact]
    public void A_damaged_state_file_stops_the_import_with_a_message_naming_it_and_how_to_start_over()
    {
        var dir = NewFolder();
        var path = WriteNested(dir, Salt());
        var good = Path.Combine(dir, "god.ledger");
        using (LedgerPersistence.Use(good))
        {
            _ = FrequencyTables.By(SurveyFile.Read(path).Dataset, "q", "kommune");
        }

        var bytes = File.ReadAllBytes(good);
        var flipped = Path.Combine(dir, "skadet.ledger");
        var damaged = (byte[])bytes.Clone();
        damaged[^12] ^= 0x5A;
        File.WriteAllBytes(flipped, damaged);
        var truncated = Path.Combine(dir, "avkortet.ledger");
        File.WriteAllBytes(truncated, bytes[..^5]);
        var notALedger = Path.Combine(dir, "tekst.ledger");
        File.WriteAllText(notALedger, "dette er ingen logg");
        var otherSource = Path.Combine(dir, "annen.ledger");
        File.Copy(good, otherSource);

        foreach (var (file, problem) in new[] { (flipped, "skadet"), (truncated, "avkortet"), (notALedger, "ikke en utgivelseslogg") })
        {
            var before = File.ReadAllBytes(file);
            using (LedgerPersistence.Use(file))
            {
                var e = Assert.Throws<LedgerStateException>(() => SurveyFile.Read(path));
                Assert.Contains(file, e.Message, StringComparison.Ordinal);
                Assert.Contains(problem, e.Message, StringComparison.Ordinal);
                Assert.Contains("slett eller flytt filen", e.Message, StringComparison.Ordinal);
                Assert.Equal(before, File.ReadAllBytes(file)); // never rewritten or skipped
                Assert.Throws<LedgerStateException>(() => SurveyFile.Read(path)); // and refused again, not forgotten
            }
        }

        var other = WriteNested(dir, Salt(), "annen.csv");
        using (LedgerPersistence.Use(otherSource))
        {
            var e = Assert.Throws<LedgerStateException>(() => SurveyFile.Read(other));
            Assert.Contains("annen datafil", e.Message, StringComparison.Ordinal);
        }
    }
    /// <summary>
    /// A weighted table (weight 0 for the first respondent, 1 for everyone else) kept in a state file: a later process's
    /// unweighted Totalt would be that respondent's answer by subtraction, so it is hidden there too (the weights are in
    /// the log; without them the replayed release would look like the unweighted one).
    /// </summary>
    [Fact]
    public void A_weighted_release_kept_in_a_state_file_is_replayed_with_its_weights()
    {
        var dir = NewFolder();
        var path = WriteNested(dir, Salt());
        var state = Path.Combine(dir, "vekter.ledger");
        using (LedgerPersistence.Use(state))
        {
            var data = SurveyFile.Read(path).Dataset;
            var weighted = data.WithColumn(new NumericColumn("w", [.. Enumerable.Range(0, data.RowCount).Select(r => r == 0 ? 0.0 : 1.0)]));
            Assert.Equal(DisclosureLevel.Full, FrequencyTables.Of(weighted, "q", new FrequencyOptions { Weights = "w" }).Level(GroupLabels.Total));
        }

        var later = Path.Combine(dir, "senere-vekter.ledger");
        File.Copy(state, later);
        using (LedgerPersistence.Use(later))
        {
            Assert.Equal(DisclosureLevel.Nothing, FrequencyTables.Of(SurveyFile.Read(path).Dataset, "q").Level(GroupLabels.Total));
        }

        // A fresh state file lets the unweighted Totalt through: the test can fail.
        using (LedgerPersistence.Use(Path.Combine(dir, "tom-vekter.ledger")))
        {
            Assert.Equal(DisclosureLevel.Full, FrequencyTables.Of(SurveyFile.Read(path).Dataset, "q").Level(GroupLabels.Total));
        }
    }
}
