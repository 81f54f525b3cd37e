using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Screening;
using Xunit.Abstractions;

namespace Analysenotater.Tests.Text;

/// <summary>
/// Section 5.8 on the bundled synthetic KoRus comments (data-samples/korus-2017/korus-2017-synthetic.csv, generator
/// seed 2017, written by another engineer, so this is an out-of-sample check of the screener; ground truth in
/// identifying-details.csv): screening first, then the top words per question with the report's settings, printed
/// beside the report's word lists (Data/korus2017-open_text_top_words.csv, a copy of the published table).
/// </summary>
public sealed class KoRusOpenTextTests(ITestOutputHelper output)
{
    private static readonly string[] Questions = ["open_bra", "open_darlig", "open_forslag"];

    private static readonly string[] Screened = ["open_bra", "open_darlig", "open_forslag", "q33b"];

    private static readonly Lazy<SurveyDataset> Bundled = new(LoadBundled);

    private static readonly Lazy<List<(int Row, string Column, string Kind)>> Planted = new(LoadPlanted);

    private static string Folder => Path.Combine(TestPaths.RepoRoot, "data-samples", "korus-2017");

    [Fact]
    public void Screening_finds_the_planted_identifying_details()
    {
        var data = Bundled.Value;
        var screener = CommentScreener.Default;
        int planted = 0, found = 0, flaggedRows = 0, flaggedWithPlant = 0;
        var missed = new List<string>();
        var falseAlarms = new List<string>();
        foreach (var q in Screened)
        {
            var col = (TextColumn)data[q];
            var plantedRows = Planted.Value.Where(d => d.Column == q).Select(d => d.Row).ToHashSet();
            for (var row = 0; row < col.Count; row++)
            {
                var text = col[row];
                if (text is null)
                {
                    Assert.DoesNotContain(row, plantedRows);
                    continue;
                }

                var flags = screener.FindFlags(text);
                if (plantedRows.Contains(row))
                {
                    planted++;
                    if (flags.Count > 0)
                    {
                        found++;
                    }
                    else
                    {
                        missed.Add($"{q} row {row + 1}: {string.Join(", ", Planted.Value.Where(d => d.Column == q && d.Row == row).Select(d => d.Kind))}");
                    }
                }

                if (flags.Count > 0)
                {
                    flaggedRows++;
                    if (plantedRows.Contains(row))
                    {
                        flaggedWithPlant++;
                    }
                    else
                    {
                        falseAlarms.Add($"{q} row {row + 1}: {string.Join(", ", flags.Select(f => f.Kind))}");
                    }
                }
            }
        }

        var recall = found / (double)planted;
        var precision = flaggedWithPlant / (double)flaggedRows;
        output.WriteLine($"Bundled synthetic KoRus comments ({string.Join(", ", Screened)}): {planted} answers with a planted identifying detail; {found} flagged.");
        output.WriteLine($"Recall = {recall:F3}; precision = {precision:F3} ({flaggedRows} answers flagged).");
        output.WriteLine("Missed: " + (missed.Count == 0 ? "none" : string.Join("; ", missed)));
        output.WriteLine("False alarms: " + (falseAlarms.Count == 0 ? "none" : string.Join("; ", falseAlarms.Take(30))));
        Assert.Equal(Planted.Value.Count, planted); // every planted detail is in a screened column
        Assert.True(recall >= 0.95, $"Recall {recall:F3} on planted details is below 0.95. Missed: {string.Join("; ", missed)}");
    }

    [Fact]
    public void Top_words_per_question_with_the_report_settings_beside_the_published_lists()
    {
        var data = Bundled.Value;
        var settings = WordFrequencySettings.KoRus2017Report;
        var result = OpenQuestions.TopWords(data, CommentScreener.Default, settings, Questions);
        var stemmed = OpenQuestions.TopWords(data, CommentScreener.Default, settings.WithStemming(StemmingMode.Light), Questions);
        var published = PublishedLists();
        output.WriteLine(result.ScreeningSummary().ToText());
        foreach (var q in Questions)
        {
            var ours = result[q]!;
            output.WriteLine(ours.ToText());
            var pub = published[q];
            var ranks = pub.Select(w => (Word: w, Rank: RankOf(ours, w), StemRank: RankOf(stemmed[q]!, w))).ToList();
            output.WriteLine($"Published ({q}) beside ours: " + string.Join(", ", ranks.Select(r => $"{r.Word} → {(r.Rank > 0 ? "#" + r.Rank : "–")} (stemmed {(r.StemRank > 0 ? "#" + r.StemRank : "–")})")));
            output.WriteLine($"{ranks.Count(r => r.Rank > 0)} of {pub.Count} published words are in our top {settings.TopN}.");

            // The report's settings hold for every listed word.
            Assert.NotEmpty(ours.Entries);
            Assert.All(ours.Entries, e => Assert.All(e.Word.Split(' '), w => Assert.True(w.Length >= 4, $"'{w}' in '{e.Word}' is shorter than 4 letters.")));
            Assert.All(ours.Entries, e => Assert.True(e.Respondents >= settings.DisclosureThreshold));
            Assert.All(ours.Entries, e => Assert.DoesNotContain(e.Word.Split(' '), w => settings.Exclusions.Contains(w)));
            Assert.True(ours.Entries.Count <= settings.TopN);
        }
    }

    [Fact]
    public void Per_size_group_lists_and_keyness_by_gender_run_on_dataset_columns()
    {
        var data = Bundled.Value;
        var settings = WordFrequencySettings.KoRus2017Report;
        var bra = CommentScreener.Default.Screen(data, "open_bra");
        var size = WordFrequencyAnalysis.GroupLabels(data, "kommunestorrelse");
        var bySize = WordFrequencyAnalysis.CountByGroup(bra, size, settings);
        output.WriteLine(bySize.ToText());
        Assert.Equal(["Liten", "Mellomstor", "Stor"], bySize.Groups.Select(g => g.Group).Where(g => g != WordFrequencyAnalysis.UnlabelledGroup).Order(StringComparer.Ordinal));
        Assert.Equal(bra.Comments.Count, bySize.Groups.Sum(g => g.Comments));

        var gender = WordFrequencyAnalysis.GroupLabels(data, "kjonn");
        var labels = gender.Where(g => g is not null).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, labels.Count);
        var k = Analysenotater.Text.Keyness.KeynessAnalysis.Compare(
            bra.Where(r => gender[r] == labels[0]), labels[0]!, bra.Where(r => gender[r] == labels[1]), labels[1]!, settings);
        output.WriteLine(k.ToText());
        Assert.All(k.Entries, e => Assert.True(e.G2 >= 0));
        Assert.Equal(k.Entries.Select(e => e.G2).OrderDescending(), k.Entries.Select(e => e.G2));
    }

    /// <summary>The open-text columns and the grouping columns of the bundled CSV as a dataset (row = CSV data row).</summary>
    private static SurveyDataset LoadBundled()
    {
        var path = Path.Combine(Folder, "korus-2017-synthetic.csv");
        var rows = LabelledCommentSet.ParseCsv(File.ReadAllText(path));
        var header = rows[0];
        var body = rows.Skip(1).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        foreach (var (r, i) in body.Select((r, i) => (r, i)))
        {
            if (r.Count != header.Count)
            {
                throw new InvalidDataException($"{path}: row {i + 2} has {r.Count} fields; the header has {header.Count}.");
            }
        }

        int Col(string name) => header.IndexOf(name) is var c and >= 0 ? c : throw new InvalidDataException($"{path}: no column '{name}'.");
        var columns = new List<SurveyColumn>();
        foreach (var q in Screened)
        {
            var c = Col(q);
            columns.Add(new TextColumn(q, [.. body.Select(r => r[c].Length == 0 ? null : r[c])]));
        }

        foreach (var name in new[] { "lopenr", "kommunestorrelse", "kjonn" })
        {
            var c = Col(name);
            columns.Add(CodeColumn.FromNullable(name, body.Select(r => r[c].Length == 0 ? (int?)null : int.Parse(r[c], CultureInfo.InvariantCulture))));
        }

        return new SurveyDataset(null, columns);
    }

    /// <summary>identifying-details.csv: lopenr, column, kind; mapped to the dataset row by lopenr.</summary>
    private static List<(int Row, string Column, string Kind)> LoadPlanted()
    {
        var path = Path.Combine(Folder, "identifying-details.csv");
        var rows = LabelledCommentSet.ParseCsv(File.ReadAllText(path));
        var data = Bundled.Value;
        var ids = data.Codes("lopenr");
        var rowOf = Enumerable.Range(0, data.RowCount).ToDictionary(i => ids[i]!.Value);
        return [.. rows.Skip(1).Where(r => r.Count >= 3).Select(r => (rowOf[int.Parse(r[0], CultureInfo.InvariantCulture)], r[1], r[2]))];
    }

    private static int RankOf(WordFrequencyResult r, string word)
    {
        for (var i = 0; i < r.Entries.Count; i++)
        {
            var e = r.Entries[i];
            if (e.Word == word || e.Forms.Any(f => f.Key == word))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static Dictionary<string, List<string>> PublishedLists()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Text", "Data", "korus2017-open_text_top_words.csv");
        var rows = LabelledCommentSet.ParseCsv(File.ReadAllText(path));
        var header = rows[0];
        int type = header.IndexOf("row_type"), qid = header.IndexOf("question_id"), order = header.IndexOf("order_listed"), word = header.IndexOf("word");
        return rows.Skip(1).Where(r => r.Count == header.Count && r[type] == "word")
            .GroupBy(r => r[qid])
            .ToDictionary(g => g.Key, g => g.OrderBy(r => int.Parse(r[order], System.Globalization.CultureInfo.InvariantCulture)).Select(r => r[word]).ToList());
    }
}
