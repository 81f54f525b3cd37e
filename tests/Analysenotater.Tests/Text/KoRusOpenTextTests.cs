using Analysenotater.Data;
using Analysenotater.Synthetic;
using Analysenotater.Text.Frequencies;
using Analysenotater.Text.Screening;
using Xunit.Abstractions;

namespace Analysenotater.Tests.Text;

/// <summary>
/// Section 5.8 on the bundled synthetic KoRus comments (generator seed 2017, written by another engineer, so this is an
/// out-of-sample check of the screener): screening first, then the top words per question with the report's settings,
/// printed beside the report's word lists (Data/korus2017-open_text_top_words.csv, a copy of the published table).
/// </summary>
public sealed class KoRusOpenTextTests(ITestOutputHelper output)
{
    private static readonly string[] Questions = ["open_bra", "open_darlig", "open_forslag"];

    private static readonly Lazy<KoRusSyntheticResult> Synthetic = new(() => KoRusSyntheticGenerator.GenerateDetailed());

    [Fact]
    public void Screening_finds_the_planted_identifying_details()
    {
        var result = Synthetic.Value;
        var screener = CommentScreener.Default;
        int planted = 0, found = 0, flaggedRows = 0, flaggedWithPlant = 0;
        var missed = new List<string>();
        var falseAlarms = new List<string>();
        foreach (var q in Questions)
        {
            var col = (TextColumn)result.Dataset[q];
            var plantedRows = result.IdentifyingDetails.Where(d => d.Column == q).Select(d => d.Row).ToHashSet();
            for (var row = 0; row < col.Count; row++)
            {
                var text = col[row];
                if (text is null)
                {
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
                        missed.Add($"{q} row {row + 1}: {string.Join(", ", result.IdentifyingDetails.Where(d => d.Column == q && d.Row == row).Select(d => d.Kind))}");
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
        output.WriteLine($"Synthetic KoRus comments (seed {result.Seed}): {planted} answers with a planted identifying detail; {found} flagged.");
        output.WriteLine($"Recall = {recall:F3}; precision = {precision:F3} ({flaggedRows} answers flagged).");
        output.WriteLine("Missed: " + (missed.Count == 0 ? "none" : string.Join("; ", missed)));
        output.WriteLine("False alarms: " + (falseAlarms.Count == 0 ? "none" : string.Join("; ", falseAlarms.Take(30))));
        Assert.True(planted > 0, "The generator planted no identifying details; nothing to measure.");
        Assert.True(recall >= 0.95, $"Recall {recall:F3} on planted details is below 0.95. Missed: {string.Join("; ", missed)}");
    }

    [Fact]
    public void Top_words_per_question_with_the_report_settings_beside_the_published_lists()
    {
        var data = Synthetic.Value.Dataset;
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
