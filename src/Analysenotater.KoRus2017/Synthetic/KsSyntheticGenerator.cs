using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Instruments;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Seeded synthetic data for one municipal unit in the KS user survey for mental health and substance use
/// (brukerundersøkelse psykisk helse og rus): two years (2021 and 2022), 26 items on 1–4 plus <c>kommentarer_1</c>.
/// 2022 reproduces the readable Tilgjengelighet chart of seed 000 exactly (counts = printed percentages of 100
/// respondents, the gap to 100 % as missing) and every dimension score of its dimension table (mean of item means,
/// one decimal); 2021 and the national averages follow the printed differences (signs assumed, see
/// <c>ks-generator-assumptions.csv</c>). Targets are read from <c>ks-eroph-*.csv</c>. Comments are composed from the
/// fragments in <c>ks-comment-fragments.csv</c> (written for this project); about 10 % of them name a local service,
/// a place, a staff member or a first name (ground truth: <see cref="IdentifyingDetails"/>). Comments are drawn after
/// every item answer, so changing them leaves the item answers unchanged. Synthetic: no real respondent.
/// </summary>
public static class KsSyntheticGenerator
{
    /// <summary>Seed of the bundled data in <c>data-samples/ks-psykisk-helse-rus/</c>.</summary>
    public const ulong DefaultSeed = 2022;

    /// <summary>The open-text column the comments are written to.</summary>
    public const string CommentColumn = "kommentarer_1";

    /// <summary>
    /// The invented names of the unit's local services that some synthetic comments mention («Fyrlykta», «Ankerfestet»).
    /// A screener must be told these (<c>ScreeningLexicon.Default.WithLocalServices(...)</c>): no shipped list can know a
    /// municipality's own service names.
    /// </summary>
    public static IReadOnlyList<string> LocalServices { get; } = ["Fyrlykta", "Ankerfestet"];

    /// <summary>Generates both years (column <c>aar</c> = 2021 or 2022). Deterministic for a seed.</summary>
    public static SurveyDataset Generate(ulong seed = DefaultSeed) => Build(seed).Dataset;

    /// <summary>
    /// Ground truth for comment screening: the comments of <see cref="Generate"/> (same seed) that carry an identifying
    /// detail, one entry per planted detail (row 0-based over both years; <see cref="IdentifyingDetail.RespondentId"/>
    /// = row + 1, since the KS file has no respondent number; kind <c>tjeneste</c>, <c>sted</c>, <c>ansatt</c> or
    /// <c>fornavn</c>). About 10 % of the comments carry one (<c>comment_identifying_share</c> in
    /// <c>ks-generator-assumptions.csv</c>). Deterministic for a seed.
    /// </summary>
    public static IReadOnlyList<IdentifyingDetail> IdentifyingDetails(ulong seed = DefaultSeed) => Build(seed).Details;

    private static (SurveyDataset Dataset, IReadOnlyList<IdentifyingDetail> Details) Build(ulong seed)
    {
        var ins = KnownInstruments.KsPsykiskHelseRus;
        var assume = Assumptions();
        var pub = Published();
        var chart = ResourceCsv.LoadEmbedded("ks-eroph-tilgjengelighet-2022.csv");
        var sign = assume["sign_of_differences"];
        var rng = new Xoshiro256StarStar(seed);
        var n22 = (int)assume["respondents_2022"];
        var n21 = (int)assume["respondents_2021"];
        var n = n21 + n22;
        var year = new double[n];
        for (var i = 0; i < n; i++)
        {
            year[i] = i < n21 ? 2021 : 2022;
        }

        var person = new double[n];
        for (var i = 0; i < n; i++)
        {
            person[i] = rng.NextNormal();
        }

        var cols = new List<SurveyColumn> { new NumericColumn("aar", year) };
        var scored = ins.Items.Where(it => it.Type == ItemType.SingleChoice).ToList();
        foreach (var item in scored)
        {
            var dim = item.Id[..item.Id.LastIndexOf('_')];
            var codes = new short[n];
            foreach (var (from, count, y) in new[] { (0, n21, 2021), (n21, n22, 2022) })
            {
                var target = pub[dim] - (y == 2021 ? sign * Diff(dim, "diff_eroph_2021") : 0);
                int[] counts;
                var row = chart.Rows.FirstOrDefault(r => chart.Get(r, "item") == item.Id);
                if (y == 2022 && row is not null)
                {
                    counts = [.. new[] { "p1", "p2", "p3", "p4" }.Select(c => (int)Math.Round(double.Parse(chart.Get(row, c), CultureInfo.InvariantCulture) / 100 * count))];
                }
                else
                {
                    var valid = count - (int)Math.Round(assume["missing_share_other_items"] * count);
                    counts = CountsForMean(target, valid, dim == "tilgjengelighet" ? ChartMeanOffset(chart, item.Id, pub[dim]) : ItemOffset(ins, dim, item.Id, assume["item_mean_spread"]));
                }

                var noise = new double[count];
                for (var j = 0; j < count; j++)
                {
                    noise[j] = person[from + j] + 0.8 * rng.NextNormal();
                }

                var order = Enumerable.Range(0, count).OrderBy(j => noise[j]).ThenBy(j => j).ToArray();
                var missing = count - counts.Sum();
                var missingRows = new HashSet<int>();
                while (missingRows.Count < missing)
                {
                    missingRows.Add(rng.NextInt(count));
                }

                var pos = 0;
                var answered = order.Where(j => !missingRows.Contains(j)).ToArray();
                for (var code = 1; code <= 4; code++)
                {
                    for (var t = 0; t < counts[code - 1]; t++)
                    {
                        codes[from + answered[pos++]] = (short)code;
                    }
                }

                foreach (var j in missingRows)
                {
                    codes[from + j] = CodeColumn.Empty;
                }
            }

            cols.Add(new CodeColumn(item.Id, codes));
        }

        var (comments, details) = new KsCommentComposer(rng, assume["comment_share"], assume["comment_identifying_share"]).Compose(year);
        cols.Add(new TextColumn(CommentColumn, comments));
        return (new SurveyDataset(ins, cols, DatasetRoles.Default with { Municipality = null, SizeGroup = null, Gender = null, Age = null, Weight = null }), details);
    }

    /// <summary>
    /// The 2021 national average per dimension implied by the dimension table: EROPH 2022 − (sign × printed difference).
    /// Columns of the returned rows: dimension id, landssnitt 2021 (1–4, one decimal).
    /// </summary>
    public static IReadOnlyList<(string Dimension, double Landssnitt2021)> NationalAverages2021()
    {
        var sign = Assumptions()["sign_of_differences"];
        return [.. Published().Select(kv => (kv.Key, Math.Round(kv.Value - sign * Diff(kv.Key, "diff_landssnitt_2021"), 1, MidpointRounding.AwayFromZero)))];
    }

    private static double ChartMeanOffset(ResourceCsv chart, string itemId, double dimensionTarget)
    {
        var row = chart.Rows.FirstOrDefault(r => chart.Get(r, "item") == itemId);
        if (row is null)
        {
            return 0;
        }

        var p = new[] { "p1", "p2", "p3", "p4" }.Select(c => double.Parse(chart.Get(row, c), CultureInfo.InvariantCulture)).ToArray();
        var mean = (p[0] + 2 * p[1] + 3 * p[2] + 4 * p[3]) / p.Sum();
        return mean - dimensionTarget;
    }

    /// <summary>Counts on 1–4 with mean ≈ target (+ offset): 4 gets share x, 3/2/1 share the rest 5:3:2.</summary>
    /// <summary>
    /// A fixed offset of an item's mean from its dimension's target, so items of one dimension differ as real items do
    /// while the mean of the item means stays on target: evenly spaced values in ±<paramref name="spread"/>, summing to
    /// zero, in a scrambled order (not rising with the item number). Zero for a single-item dimension.
    /// </summary>
    private static double ItemOffset(Instrument ins, string dimension, string itemId, double spread)
    {
        var items = ins.Items.Where(i => i.Type == ItemType.SingleChoice && i.Id[..i.Id.LastIndexOf('_')] == dimension).Select(i => i.Id).ToList();
        var k = items.Count;
        if (k < 2)
        {
            return 0;
        }

        var position = (items.IndexOf(itemId) * (k - 1)) % k; // a permutation of 0..k−1 (k−1 and k are coprime)
        return spread * ((2.0 * position / (k - 1)) - 1);
    }

    private static int[] CountsForMean(double target, int valid, double offset)
    {
        var mu = Math.Clamp(target + offset, 2.4, 3.95);
        var x = (mu - 2.3) / 1.7;
        double[] w = [(1 - x) * 0.2, (1 - x) * 0.3, (1 - x) * 0.5, x];
        var counts = new int[4];
        var floor = 0;
        for (var c = 0; c < 4; c++)
        {
            counts[c] = (int)Math.Floor(w[c] * valid);
            floor += counts[c];
        }

        for (var c = 3; floor < valid; c = (c + 3) % 4, floor++)
        {
            counts[c]++;
        }

        return counts;
    }

    private static double Diff(string dimension, string column)
    {
        var csv = ResourceCsv.LoadEmbedded("ks-eroph-published.csv");
        var row = csv.Rows.First(r => csv.Get(r, "dimension") == dimension);
        return double.Parse(csv.Get(row, column), CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, double> Published()
    {
        var csv = ResourceCsv.LoadEmbedded("ks-eroph-published.csv");
        return csv.Rows.ToDictionary(r => csv.Get(r, "dimension"), r => double.Parse(csv.Get(r, "eroph_2022"), CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Assumptions()
    {
        var csv = ResourceCsv.LoadEmbedded("ks-generator-assumptions.csv");
        return csv.Rows.ToDictionary(r => csv.Get(r, "parameter"), r => double.Parse(csv.Get(r, "value"), CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
