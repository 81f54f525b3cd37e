using Analysenotater.Disclosure;
using Analysenotater.Reporting;

namespace Analysenotater.Tables;

/// <summary>
/// Key figures: one row per <see cref="KeyFigureRow"/> (a share in %), columns <see cref="GroupLabels.Total"/> and
/// one per group. Each cell is judged by the disclosure policy on its own denominator n (secondary suppression
/// included); a hidden share reads NaN, a hidden n null, and a hidden cell <see cref="ReportCell.Suppressed"/>.
/// Rows are addressed by label or, when labels repeat (several «Annet» options), by index.
/// </summary>
public sealed class KeyFigureTable : Result
{
    private readonly List<(KeyFigureRow Row, double[] Percent, int[] N, bool MultipleChoice)> _rows;
    private readonly (DisclosureLevel[] Levels, bool[] Secondary)[] _levels; // per row, secondary suppression included
    private readonly int _withoutGroup;
    private readonly DisclosureLevel _withoutGroupLevel;

    internal KeyFigureTable(string title, IReadOnlyList<string> groups, List<(KeyFigureRow Row, double[] Percent, int[] N, bool MultipleChoice)> rows,
        Denominator denominator, DisclosurePolicy disclosure, string groupedBy, int withoutGroup,
        List<(DisclosureLevel[] Levels, bool[] Secondary)> decisions, DisclosureLevel withoutGroupLevel)
    {
        Title = title;
        Groups = groups;
        _rows = rows;
        Denominator = denominator;
        Disclosure = disclosure;
        GroupedBy = groupedBy;
        _withoutGroup = withoutGroup;
        _withoutGroupLevel = withoutGroupLevel;
        _levels = [.. decisions];
    }

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>The column groups: <see cref="GroupLabels.Total"/>, then one per group.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>The row definitions in order.</summary>
    public IReadOnlyList<KeyFigureRow> Rows => [.. _rows.Select(r => r.Row)];

    /// <summary>What the percentages of single-choice items are of.</summary>
    public Denominator Denominator { get; }

    /// <summary>The disclosure policy applied.</summary>
    public DisclosurePolicy Disclosure { get; }

    /// <summary>The grouping variable.</summary>
    public string GroupedBy { get; }

    /// <summary>Respondents with no value on the grouping variable (in Totalt only); null when there are too few to show their number.</summary>
    public int? RespondentsWithoutGroup => _withoutGroup == 0 || _withoutGroupLevel != DisclosureLevel.Nothing ? _withoutGroup : null;

    /// <summary>The weight column when the percentages are weighted (n and disclosure stay unweighted); null when unweighted.</summary>
    public string? WeightColumn { get; init; }

    /// <summary>The percentage in a row (by label; the first row with that label) and group; NaN when hidden.</summary>
    /// <exception cref="KeyNotFoundException">No such row or group.</exception>
    public double Percent(string rowLabel, string group) => Percent(RowIndex(rowLabel), group);

    /// <summary>The percentage in row <paramref name="row"/> (0-based) and a group; NaN when hidden.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public double Percent(int row, string group)
    {
        var g = GroupIndex(group);
        return LevelOf(CheckRow(row), g) == DisclosureLevel.Full ? _rows[row].Percent[g] : double.NaN;
    }

    /// <summary>The denominator n of a row (by label; the first row with that label) and group; null when the group is hidden entirely.</summary>
    /// <exception cref="KeyNotFoundException">No such row or group.</exception>
    public int? N(string rowLabel, string group) => N(RowIndex(rowLabel), group);

    /// <summary>
    /// The denominator n of row <paramref name="row"/> (0-based) and a group: the valid answers (plus «ikke aktuelt»
    /// under <see cref="Denominator.ValidAndNotApplicable"/>), or every respondent in the group for a tick box; null when
    /// the group is hidden entirely.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public int? N(int row, string group)
    {
        var g = GroupIndex(group);
        return LevelOf(CheckRow(row), g) != DisclosureLevel.Nothing ? _rows[row].N[g] : null;
    }

    /// <summary>The percentage of row <paramref name="row"/> and a group as released: rounded as shown (whole percent), or <see cref="ReportCell.Suppressed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public ReportCell PercentCell(int row, string group)
    {
        var g = GroupIndex(group);
        return LevelOf(CheckRow(row), g) == DisclosureLevel.Full ? ReportCell.ReleasedPercent(_rows[row].Percent[g], 0, Disclosure) : ReportCell.Suppressed;
    }

    /// <summary>The n of row <paramref name="row"/> and a group as released: a count, or <see cref="ReportCell.Suppressed"/> when the group shows nothing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public ReportCell NCell(int row, string group) => N(row, group) is { } n ? ReportCell.FromCount(n) : ReportCell.Suppressed;

    /// <summary>The level of group <paramref name="g"/> in row <paramref name="r"/>, secondary suppression included.</summary>
    private DisclosureLevel LevelOf(int r, int g) => _levels[r].Levels[g];

    /// <summary>
    /// The notes printed under the table: what the percentages are of, weighting, respondents without a group,
    /// every hidden cell with its reason (and row), and the disclosure policy.
    /// </summary>
    public override IReadOnlyList<string> Notes => BuildNotes();

    /// <summary>
    /// The table: one row per key figure, and for each group its percentage and its n (columns «% Totalt», «n Totalt»,
    /// «% <i>group</i>», «n <i>group</i>» …), with <see cref="Notes"/>.
    /// </summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder(Title, ["", .. Columns(Groups)]);
        for (var r = 0; r < _rows.Count; r++)
        {
            b.Row([ReportCell.FromText(_rows[r].Row.Label), .. Cells(r)]);
        }

        foreach (var note in Notes)
        {
            b.Note(note);
        }

        return b.Build();
    }

    /// <summary>The column headers of the groups: «% <i>group</i>», «n <i>group</i>» for each group in order.</summary>
    public static IReadOnlyList<string> Columns(IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return [.. groups.SelectMany(g => new[] { "% " + g, "n " + g })];
    }

    /// <summary>The released cells of row <paramref name="row"/>, in the order of <see cref="Columns"/>: percentage and n per group.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    public IReadOnlyList<ReportCell> Cells(int row)
    {
        CheckRow(row);
        return [.. Groups.SelectMany(g => new[] { PercentCell(row, g), NCell(row, g) })];
    }

    private List<string> BuildNotes()
    {
        var notes = new List<string>
        {
            Denominator == Denominator.Valid
                ? "Prosent av gyldige svar («ikke aktuelt», «har ikke» og ubesvart holdt utenfor); n er antall gyldige svar. Avkrysningsspørsmål: prosent av alle respondenter i gruppen, og n er dem."
                : "Prosent av gyldige svar pluss «ikke aktuelt»/«har ikke»; n er det antallet. Avkrysningsspørsmål: prosent av alle respondenter i gruppen, og n er dem.",
        };
        if (WeightColumn is { } wcol)
        {
            notes.Add($"Prosentene er vektet med «{wcol}»; n er uvektede, og personvernreglene gjelder de uvektede tallene.");
        }

        if (FrequencyTable.WithoutGroupNote(_withoutGroup, _withoutGroupLevel, GroupedBy) is { } wg)
        {
            notes.Add(wg);
        }

        for (var r = 0; r < _rows.Count; r++)
        {
            var (row, _, n, _) = _rows[r];
            var secondary = _levels[r].Secondary;
            for (var g = 0; g < Groups.Count; g++)
            {
                if (Disclosure.NoteFor(Groups[g], n[g], _levels[r].Levels[g], secondary[g]) is { } note)
                {
                    notes.Add($"{note} (rad «{row.Label}»)");
                }
            }
        }

        if (Disclosure.PolicyNote is { } pn)
        {
            notes.Add(pn);
        }

        return notes;
    }

    private int CheckRow(int row) => row >= 0 && row < _rows.Count
        ? row
        : throw new ArgumentOutOfRangeException(nameof(row), row, $"Key-figure table '{Title}' has {_rows.Count} rows (0–{_rows.Count - 1}).");

    private int RowIndex(string rowLabel)
    {
        var r = _rows.FindIndex(x => x.Row.Label == rowLabel);
        return r >= 0 ? r : throw new KeyNotFoundException($"Key-figure table has no row '{rowLabel}'. Rows: {string.Join(", ", _rows.Select(x => x.Row.Label))}.");
    }

    private int GroupIndex(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        for (var i = 0; i < Groups.Count; i++)
        {
            if (Groups[i] == group)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Key-figure table has no group '{group}'. Groups: {string.Join(", ", Groups)}.");
    }
}
