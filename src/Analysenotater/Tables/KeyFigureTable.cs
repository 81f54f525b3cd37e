using System.Globalization;
using Analysenotater.Disclosure;
using Analysenotater.Reporting;

namespace Analysenotater.Tables;

/// <summary>
/// The KoRus 2017 Nøkkeltall layout: one row per key figure (a share in %), columns Totalt and one per group
/// (default Menn, Kvinner). Each cell is judged by the disclosure policy on its own denominator n.
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

    /// <summary>The percentage in a row (by label) and group; NaN when hidden.</summary>
    /// <exception cref="KeyNotFoundException">No such row or group.</exception>
    public double Percent(string rowLabel, string group)
    {
        var (r, g) = Find(rowLabel, group);
        return LevelOf(r, g) == DisclosureLevel.Full ? _rows[r].Percent[g] : double.NaN;
    }

    /// <summary>The denominator n of a row and group; null when the group is hidden entirely.</summary>
    /// <exception cref="KeyNotFoundException">No such row or group.</exception>
    public int? N(string rowLabel, string group)
    {
        var (r, g) = Find(rowLabel, group);
        return LevelOf(r, g) != DisclosureLevel.Nothing ? _rows[r].N[g] : null;
    }

    /// <summary>The level of group <paramref name="g"/> in row <paramref name="r"/>, secondary suppression included.</summary>
    private DisclosureLevel LevelOf(int r, int g) => _levels[r].Levels[g];

    /// <summary>The layout as a report table (% per group), with the denominators in the notes.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder(Title, ["", .. Groups]);
        for (var r = 0; r < _rows.Count; r++)
        {
            var (row, pct, _, _) = _rows[r];
            var rr = r;
            b.Row([ReportCell.FromText(row.Label), .. pct.Select((p, g) => LevelOf(rr, g) == DisclosureLevel.Full ? ReportCell.ReleasedPercent(p, 0, Disclosure) : ReportCell.Suppressed)]);
        }

        b.Note(Denominator == Denominator.Valid
            ? "Prosent av gyldige svar («ikke aktuelt», «har ikke» og ubesvart holdt utenfor); avkrysningsspørsmål: prosent av alle respondenter i gruppen."
            : "Prosent av gyldige svar pluss «ikke aktuelt»/«har ikke» (nevneren i KoRus 2017 Nøkkeltall II); avkrysningsspørsmål: prosent av alle respondenter i gruppen.");
        if (WeightColumn is { } wcol)
        {
            b.Note($"Prosentene er vektet med «{wcol}»; n er uvektede, og personvernreglene gjelder de uvektede tallene.");
        }

        b.Note("Prosentgrunnlag (n) per rad: " + string.Join("; ", _rows.Select((r, ri) =>
            r.Row.Label + " " + string.Join("/", r.N.Select((x, g) => LevelOf(ri, g) != DisclosureLevel.Nothing ? x.ToString(CultureInfo.InvariantCulture) : ReportCell.SuppressedMarker)))) + $" ({string.Join("/", Groups)}).");
        if (FrequencyTable.WithoutGroupNote(_withoutGroup, _withoutGroupLevel, GroupedBy) is { } wg)
        {
            b.Note(wg);
        }

        for (var r = 0; r < _rows.Count; r++)
        {
            var (row, _, n, _) = _rows[r];
            var secondary = _levels[r].Secondary;
            for (var g = 0; g < Groups.Count; g++)
            {
                if (Disclosure.NoteFor(Groups[g], n[g], _levels[r].Levels[g], secondary[g]) is { } note)
                {
                    b.Note($"{note} (rad «{row.Label}»)");
                }
            }
        }

        if (Disclosure.PolicyNote is { } pn)
        {
            b.Note(pn);
        }

        return b.Build();
    }





    private (int Row, int Group) Find(string rowLabel, string group)
    {
        var r = _rows.FindIndex(x => x.Row.Label == rowLabel);
        if (r < 0)
        {
            throw new KeyNotFoundException($"Key-figure table has no row '{rowLabel}'. Rows: {string.Join(", ", _rows.Select(x => x.Row.Label))}.");
        }

        var g = -1;
        for (var i = 0; i < Groups.Count; i++)
        {
            if (Groups[i] == group)
            {
                g = i;
            }
        }

        return g < 0 ? throw new KeyNotFoundException($"Key-figure table has no group '{group}'. Groups: {string.Join(", ", Groups)}.") : (r, g);
    }
}
