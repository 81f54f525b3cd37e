using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Instruments;
using Analysenotater.Reporting;
using Analysenotater.Tables;

namespace Analysenotater.KoRus2017.Layouts;

/// <summary>
/// The KoRus 2017 Nøkkeltall layout: key figures (Totalt, then per group, by default the gender role as the study
/// labels it: Menn, Kvinner) with the percentage and its n side by side for every group, and a heading row with the
/// instrument's verbatim question text above every question that has more than one row (the options of a
/// single-choice question, the boxes of a grid or tick-box question), so rows such as «Annet» keep their context.
/// Built on the core's <see cref="KeyFigureTable"/> and shows only what its disclosure gate releases.
/// </summary>
public sealed class NokkeltallTable : Result
{
    private readonly Instrument? _instrument;

    private NokkeltallTable(KeyFigureTable figures, Instrument? instrument)
    {
        Figures = figures;
        _instrument = instrument;
    }

    /// <summary>The key figures the layout shows (percentages, n and disclosure decisions).</summary>
    public KeyFigureTable Figures { get; }

    /// <summary>The caption.</summary>
    public string Title => Figures.Title;

    /// <summary>The column groups: <see cref="GroupLabels.Total"/>, then one per group.</summary>
    public IReadOnlyList<string> Groups => Figures.Groups;

    /// <summary>The row definitions in order (heading rows not included).</summary>
    public IReadOnlyList<KeyFigureRow> Rows => Figures.Rows;

    /// <summary>
    /// Builds the layout: one row per <see cref="KeyFigureRow"/>, grouped under question headings taken from the
    /// dataset's instrument. Parameters as <see cref="FrequencyTables.KeyFigures"/>.
    /// </summary>
    /// <param name="data">The dataset (its instrument gives the question texts; without one, no headings are shown).</param>
    /// <param name="rows">The key figures (item and codes).</param>
    /// <param name="groupBy">The grouping variable; null = the gender role.</param>
    /// <param name="denominator">What single-choice percentages are taken of.</param>
    /// <param name="context">The disclosure policy (default <see cref="AnalysisContext.Default"/>).</param>
    /// <param name="title">The caption.</param>
    /// <param name="groupLabels">Labels for the group codes; null = the study's labels of the grouping column.</param>
    /// <param name="weights">A weight column (weighted percentages; n and disclosure stay unweighted), or null.</param>
    /// <exception cref="ArgumentException">No rows, or the dataset has no gender role and <paramref name="groupBy"/> is null.</exception>
    public static NokkeltallTable Of(SurveyDataset data, IReadOnlyList<KeyFigureRow> rows, string? groupBy = null,
        Denominator denominator = Denominator.Valid, AnalysisContext? context = null, string title = "Nøkkeltall",
        IReadOnlyDictionary<int, string>? groupLabels = null, string? weights = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new NokkeltallTable(FrequencyTables.KeyFigures(data, rows, groupBy, denominator, context, title, groupLabels, weights), data.Instrument);
    }

    /// <summary>The percentage in a row (by label; the first row with that label) and group; NaN when hidden.</summary>
    /// <exception cref="KeyNotFoundException">No such row or group.</exception>
    public double Percent(string rowLabel, string group) => Figures.Percent(rowLabel, group);

    /// <summary>The n of a row (by label; the first row with that label) and group; null when the group is hidden entirely.</summary>
    /// <exception cref="KeyNotFoundException">No such row or group.</exception>
    public int? N(string rowLabel, string group) => Figures.N(rowLabel, group);

    /// <summary>
    /// The question headings shown, in order: for each run of rows from one question with more than one row, the
    /// question number and its verbatim text from the instrument (the shared stem for a grid or tick-box question).
    /// </summary>
    public IReadOnlyList<string> Headings => [.. Blocks().Where(b => b.Heading is not null).Select(b => b.Heading!)];

    /// <inheritdoc />
    public override IReadOnlyList<string> Notes => Figures.Notes;

    /// <summary>
    /// The layout as a report table: first column the row labels (with heading rows holding only the question text),
    /// then «% <i>group</i>», «n <i>group</i>» for every group.
    /// </summary>
    public override ReportTable Summary()
    {
        var columns = KeyFigureTable.Columns(Groups);
        var b = new ReportTableBuilder(Title, ["", .. columns]);
        foreach (var block in Blocks())
        {
            if (block.Heading is { } heading)
            {
                b.Row([ReportCell.FromText(heading), .. columns.Select(_ => ReportCell.Empty)]);
            }

            foreach (var r in block.Rows)
            {
                b.Row([ReportCell.FromText(Rows[r].Label), .. Figures.Cells(r)]);
            }
        }

        foreach (var note in Notes)
        {
            b.Note(note);
        }

        return b.Build();
    }

    /// <summary>Consecutive rows of one question, with the heading to show above them (null for a lone row).</summary>
    private List<(string? Heading, List<int> Rows)> Blocks()
    {
        var blocks = new List<(string? Key, string? Heading, List<int> Rows)>();
        var rows = Rows;
        for (var r = 0; r < rows.Count; r++)
        {
            var (key, heading) = Question(rows[r].ItemId);
            if (blocks.Count > 0 && blocks[^1].Key == key)
            {
                blocks[^1].Rows.Add(r);
            }
            else
            {
                blocks.Add((key, heading, [r]));
            }
        }

        return [.. blocks.Select(b => (b.Rows.Count > 1 ? b.Heading : null, b.Rows))];
    }

    /// <summary>The question an item belongs to (a key) and its heading: «number. text», or the stem for a grid row.</summary>
    private (string Key, string? Heading) Question(string itemId)
    {
        if (_instrument is null || !_instrument.HasItem(itemId))
        {
            return ("item:" + itemId, null);
        }

        var item = _instrument.GetItem(itemId);
        if (item.Stem is { Length: > 0 } stem)
        {
            var dot = item.Number.IndexOf('.', StringComparison.Ordinal);
            var number = dot > 0 ? item.Number[..dot] : item.Number;
            return ("stem:" + number + "|" + stem, $"{number}. {stem}");
        }

        return ("item:" + itemId, $"{item.Number}. {item.Text}");
    }
}
