using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Reporting;

namespace Analysenotater.Tables;

/// <summary>
/// The answers to one item counted by category, for everyone (<see cref="GroupLabels.Total"/>) and per group:
/// counts and percentages, valid n, the denominator, and no-answer and each missing reason counted apart.
/// Immutable; build one with <see cref="FrequencyTables"/>.
/// </summary>
/// <remarks>
/// Disclosure: each group is judged on its denominator n (the answers its percentages rest on), with secondary
/// suppression so that no hidden number can be worked out from the shown ones (<see cref="CellState"/>; see
/// docs/specs/tables-and-disclosure.md).
/// When the policy hides a group, <see cref="Percent"/> returns NaN and <see cref="Count"/>, <see cref="ValidN"/> and
/// <see cref="MissingCount"/> return null; rendered cells show the marker «*» with a note saying why.
/// </remarks>
public sealed class FrequencyTable : Result
{
    private readonly int[][] _counts;
    private readonly int[] _validN;
    private readonly int[] _denominator;
    private readonly Dictionary<ResponseStatus, int>[] _missing;
    private readonly int[] _respondents;
    private readonly DisclosureLevel[] _levels;
    private readonly bool[] _secondary;
    private readonly int _withoutGroup;
    private readonly DisclosureLevel _withoutGroupLevel;

    internal FrequencyTable(string itemId, string itemText, IReadOnlyList<string> categories, IReadOnlyList<string> groups,
        int[][] counts, int[] validN, int[] denominator, Dictionary<ResponseStatus, int>[] missing, int[] respondents,
        FrequencyOptions options, DisclosurePolicy disclosure, string groupedBy, int missingGroupValue,
        (DisclosureLevel[] Levels, bool[] Secondary, DisclosureLevel WithoutGroup) decision)
    {
        ItemId = itemId;
        ItemText = itemText;
        Categories = categories;
        Groups = groups;
        _counts = counts;
        _validN = validN;
        _denominator = denominator;
        _missing = missing;
        _respondents = respondents;
        Options = options;
        Disclosure = disclosure;
        GroupedBy = groupedBy;
        _withoutGroup = missingGroupValue;
        (_levels, _secondary, _withoutGroupLevel) = decision;
    }

    /// <summary>The item counted.</summary>
    public string ItemId { get; }

    /// <summary>The item's label (short label or verbatim text).</summary>
    public string ItemText { get; }

    /// <summary>The category labels in order (scale labels, or the recode's labels).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The group labels: <see cref="GroupLabels.Total"/> first, then one per group in order.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>The grouping variable(s) (for example <c>kommunestorrelse</c> or <c>kommunestorrelse × kjonn</c>); empty when ungrouped.</summary>
    public string GroupedBy { get; }

    /// <summary>
    /// Respondents with no value on the grouping variable: in <see cref="GroupLabels.Total"/>, in no group. Null when
    /// there are some but too few to show their number (they are then protected like a hidden group); 0 when none.
    /// </summary>
    public int? RespondentsWithoutGroup => _withoutGroup == 0 || _withoutGroupLevel != DisclosureLevel.Nothing ? _withoutGroup : null;

    /// <summary>The options used (recode, denominator, decimals).</summary>
    public FrequencyOptions Options { get; }

    /// <summary>The disclosure policy applied.</summary>
    public DisclosurePolicy Disclosure { get; }

    /// <summary>What the policy allows for a group.</summary>
    /// <exception cref="KeyNotFoundException">No such group or category; the message lists the known ones.</exception>
    public DisclosureLevel Level(string group) => _levels[G(group)];

    /// <summary>True when the group's distribution is hidden (percentages and counts).</summary>
    public bool IsSuppressed(string group) => Level(group) != DisclosureLevel.Full;

    /// <summary>The number of answers in a category; null when hidden.</summary>
    public int? Count(string group, string category) => Level(group) == DisclosureLevel.Full ? _counts[G(group)][C(category)] : null;

    /// <summary>The unweighted mean of the valid answer codes per group (Totalt first).</summary>
    internal double[] Means { get; init; } = [];

    /// <summary>
    /// The mean of the valid answer codes in a group (unweighted, before any recode; for example 1–5 on the KoRus
    /// scale): shown from «n and means» level (KoRus 2017: 4 or more answers); NaN when the group shows nothing or has no valid answer.
    /// NaN too when the mean would pin the group's answers (only one distribution of its n answers on the scale gives
    /// that mean, as at the scale's minimum or maximum) or would give such a mean by subtraction; a note says so.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public double Mean(string group) => RawMean(G(group));

    /// <summary>The released mean of group index <paramref name="g"/> (NaN when hidden).</summary>
    internal double RawMean(int g) => Means.Length == 0 || _levels[g] == DisclosureLevel.Nothing || MeanHiddenAt(g) ? double.NaN : Means[g];

    /// <summary>The raw codes of each category as shown (empty when the codes of an item without a scale are not named).</summary>
    internal IReadOnlyList<IReadOnlyList<int>> CategoryCodeSets { get; init; } = [];

    /// <summary>Per group (Totalt first): lowered because of what was released before from the same data (<see cref="ReleaseLedger"/>).</summary>
    internal bool[] LoweredByLedger { get; init; } = [];

    /// <summary>Per group (Totalt first): the mean is hidden although the n is shown.</summary>
    internal bool[] MeanHidden { get; init; } = [];

    private bool MeanHiddenAt(int g) => g < MeanHidden.Length && MeanHidden[g] && !Disclosure.IsDisabled;

    /// <summary>The weighted sums when the table was built with <see cref="FrequencyOptions.Weights"/>; null when unweighted.</summary>
    internal WeightedCounts? Weighted { get; init; }

    /// <summary>True when the percentages are weighted (<see cref="FrequencyOptions.Weights"/>); counts and n are then still unweighted.</summary>
    public bool IsWeighted => Weighted is not null;

    /// <summary>The sum of weights in a category; null when unweighted or hidden.</summary>
    public double? WeightedCount(string group, string category) =>
        Weighted is { } wc && Level(group) == DisclosureLevel.Full ? wc.Counts[G(group)][C(category)] : null;

    /// <summary>
    /// The percentage (0–100) of the denominator in a category (weighted when the table is weighted); NaN when hidden
    /// or the denominator is 0.
    /// </summary>
    public double Percent(string group, string category)
    {
        var g = G(group);
        var c = C(category);
        return _levels[g] != DisclosureLevel.Full ? double.NaN : Pct(g, c);
    }

    /// <summary>
    /// The percentage of a group and category as released in a report: rounded to <see cref="FrequencyOptions.Decimals"/>
    /// (full precision only under a policy named for it), or <see cref="ReportCell.Suppressed"/> when the group's
    /// distribution is hidden or has no answers.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such group or category.</exception>
    public ReportCell PercentCell(string group, string category)
    {
        var g = G(group);
        var c = C(category);
        return Full(g) && _denominator[g] > 0 ? ReportCell.ReleasedPercent(Pct(g, c), Options.Decimals, Disclosure) : ReportCell.Suppressed;
    }

    /// <summary>The percentage (0–100) in the last category (the top box, for example «I stor/svært stor grad» under <see cref="Recode.KoRusThreeWay"/>).</summary>
    public double TopBoxPercent(string group) => Percent(group, Categories[^1]);

    /// <summary>The number of valid answers in a group; null when the group is hidden entirely.</summary>
    public int? ValidN(string group) => Level(group) != DisclosureLevel.Nothing ? _validN[G(group)] : null;

    /// <summary>The number the percentages are taken of (valid, or valid + «ikke aktuelt»/«har ikke»); null when hidden entirely.</summary>
    public int? DenominatorN(string group) => Level(group) != DisclosureLevel.Nothing ? _denominator[G(group)] : null;

    /// <summary>The number of respondents in a group (answered or not); null when hidden entirely.</summary>
    public int? Respondents(string group) => Level(group) != DisclosureLevel.Nothing ? _respondents[G(group)] : null;

    /// <summary>The number of answers with a given missing status (no answer, «ikke aktuelt» …) in a group; null when hidden.</summary>
    public int? MissingCount(string group, ResponseStatus status) =>
        Level(group) == DisclosureLevel.Full ? _missing[G(group)].GetValueOrDefault(status) : null;

    /// <summary>The table: categories as rows, groups as columns (percentages), then valid n and the missing counts, with notes.</summary>
    public override ReportTable Summary()
    {
        var grouped = Groups.Count > 1;
        var d = Options.Decimals;
        var b = grouped
            ? new ReportTableBuilder(ItemText, ["Svar", .. Groups])
            : new ReportTableBuilder(ItemText, "Svar", IsWeighted ? "Antall (uvektet)" : "Antall", IsWeighted ? "Prosent (vektet)" : "Prosent");
        for (var c = 0; c < Categories.Count; c++)
        {
            if (grouped)
            {
                b.Row([ReportCell.FromText(Categories[c]), .. Groups.Select((_, g) => Full(g) ? ReportCell.ReleasedPercent(Pct(g, c), d, Disclosure) : ReportCell.Suppressed)]);
            }
            else
            {
                b.Row(ReportCell.FromText(Categories[c]),
                    Full(0) ? ReportCell.FromCount(_counts[0][c]) : ReportCell.Suppressed,
                    Full(0) ? ReportCell.ReleasedPercent(Pct(0, c), d, Disclosure) : ReportCell.Suppressed);
            }
        }

        ReportCell NCell(int g, int n) => _levels[g] != DisclosureLevel.Nothing ? ReportCell.FromCount(n) : ReportCell.Suppressed;
        ReportCell MCell(int g, int n) => Full(g) ? ReportCell.FromCount(n) : ReportCell.Suppressed;
        if (grouped)
        {
            b.Row([ReportCell.FromText("Antall gyldige svar (n)"), .. Groups.Select((_, g) => NCell(g, _validN[g]))]);
            if (Options.Denominator == Denominator.ValidAndNotApplicable)
            {
                b.Row([ReportCell.FromText("Prosentgrunnlag"), .. Groups.Select((_, g) => NCell(g, _denominator[g]))]);
            }
        }
        else
        {
            b.Row(ReportCell.FromText("Antall gyldige svar (n)"), NCell(0, _validN[0]), ReportCell.Empty);
            if (Options.Denominator == Denominator.ValidAndNotApplicable)
            {
                b.Row(ReportCell.FromText("Prosentgrunnlag"), NCell(0, _denominator[0]), ReportCell.Empty);
            }
        }

        foreach (var status in Enum.GetValues<ResponseStatus>().Where(s => s != ResponseStatus.Valid && _missing[0].GetValueOrDefault(s) > 0))
        {
            var label = MissingLabel(status);
            if (grouped)
            {
                b.Row([ReportCell.FromText(label), .. Groups.Select((_, g) => MCell(g, _missing[g].GetValueOrDefault(status)))]);
            }
            else
            {
                b.Row(ReportCell.FromText(label), MCell(0, _missing[0].GetValueOrDefault(status)), ReportCell.Empty);
            }
        }

        foreach (var note in Notes)
        {
            b.Note(note);
        }

        return b.Build();
    }

    /// <summary>
    /// The table turned on its side for many groups (for example one per municipality): one row per group (Totalt
    /// first) with the number of answers, the mean and the percentage in each category, so it stays narrow however
    /// many groups there are. The same disclosure gate as <see cref="Summary"/>: n and mean from the «n and means»
    /// level, percentages only at full release, «*» otherwise; groups hidden for the same reason share one note.
    /// </summary>
    public ReportTable SummaryByGroup()
    {
        var first = GroupedBy.Length == 0 ? "Gruppe" : char.ToUpper(GroupedBy[0], CultureInfo.GetCultureInfo("nb-NO")) + GroupedBy[1..];
        var b = new ReportTableBuilder(ItemText, [first, "Antall svar (n)", "Gjennomsnitt", .. Categories.Select(c => c + " %")]);
        for (var g = 0; g < Groups.Count; g++)
        {
            var group = Groups[g];
            b.Row([
                ReportCell.FromText(group),
                DenominatorN(group) is { } n ? ReportCell.FromCount(n) : ReportCell.Suppressed,
                Mean(group) is var m && !double.IsNaN(m) ? ReportCell.FromNumber(m, 1) : ReportCell.Suppressed,
                .. Categories.Select(c => PercentCell(group, c)),
            ]);
        }

        foreach (var note in BuildNotes(collapseGroups: true))
        {
            b.Note(note);
        }

        return b.Build();
    }

    /// <summary>The notes printed under the table: denominator, recode, grouping, disclosure.</summary>
    public override IReadOnlyList<string> Notes => BuildNotes(collapseGroups: false);

    /// <summary>The notes; with <paramref name="collapseGroups"/>, groups hidden for the same reason share one note («A», «B»: …).</summary>
    private List<string> BuildNotes(bool collapseGroups)
    {
        var notes = new List<string>();
        if (IsWeighted)
        {
            notes.Add($"Prosentene er vektet med «{Options.Weights}» (sum av vekter i kategorien ÷ sum av vekter i nevneren); antall og n er uvektede, og personvernreglene gjelder de uvektede tallene.");
        }

        notes.AddRange(new[]
        {
            (Options.Denominator == Denominator.Valid
                ? "Prosent av gyldige svar; «ikke aktuelt», «har ikke» og ubesvart er holdt utenfor og vist som antall."
                : "Prosent av gyldige svar pluss «ikke aktuelt»/«har ikke»; ubesvart er holdt utenfor.")
            + (Options.Recode is { } r ? $" Kategorier slått sammen etter {r.Name}." : ""),
        });
        if (WithoutGroupNote(_withoutGroup, _withoutGroupLevel, GroupedBy) is { } wg)
        {
            notes.Add(wg);
        }

        var hidden = new List<(string Group, string Note)>();
        for (var g = 0; g < Groups.Count; g++)
        {
            if ((g < LoweredByLedger.Length && LoweredByLedger[g] ? DisclosurePolicy.LedgerNote(Groups[g]) : Disclosure.NoteFor(Groups[g], _denominator[g], _levels[g], _secondary[g])) is { } n)
            {
                hidden.Add((Groups[g], n));
            }
        }

        if (collapseGroups)
        {
            const string Slot = "«\u0000»";
            foreach (var same in hidden.GroupBy(h => h.Note.Replace($"«{h.Group}»", Slot, StringComparison.Ordinal), StringComparer.Ordinal))
            {
                notes.Add(same.Count() == 1 ? same.First().Note : same.Key.Replace(Slot, string.Join(", ", same.Select(h => $"«{h.Group}»")), StringComparison.Ordinal));
            }
        }
        else
        {
            notes.AddRange(hidden.Select(h => h.Note));
        }

        for (var g = 0; g < Groups.Count; g++)
        {
            if (MeanHiddenAt(g) && _levels[g] == DisclosureLevel.MeansOnly)
            {
                notes.Add($"{ReportCell.SuppressedMarker} «{Groups[g]}»: gjennomsnittet vises ikke, fordi det sammen med antallet ville vise hvordan hver enkelt svarte (eller kunne regnes ut av andre gjennomsnitt).");
            }
        }

        if (IsWeighted && Disclosure.DominanceNote is { } dn)
        {
            notes.Add(dn);
        }

        if (Disclosure.PolicyNote is { } pn)
        {
            notes.Add(pn);
        }

        return notes;
    }





    /// <summary>The note on respondents without a grouping value: their number only when it may be shown.</summary>
    internal static string? WithoutGroupNote(int count, DisclosureLevel level, string groupedBy) =>
        count == 0 ? null
        : level != DisclosureLevel.Nothing
            ? string.Create(CultureInfo.InvariantCulture, $"{count} respondent(er) uten verdi på «{groupedBy}» er med i {GroupLabels.Total}, men ikke i noen gruppe.")
            : $"Noen respondenter uten verdi på «{groupedBy}» er med i {GroupLabels.Total}, men ikke i noen gruppe; de er for få til at antallet vises, og er skjermet som en skjult gruppe.";

    /// <summary>The disclosure state of the cell of a group and category: released, or why it is hidden.</summary>
    /// <exception cref="KeyNotFoundException">No such group or category.</exception>
    public CellState State(string group, string category)
    {
        var g = G(group);
        _ = C(category);
        return _levels[g] == DisclosureLevel.Full ? CellState.Released : _secondary[g] ? CellState.Secondary : CellState.Primary;
    }

    /// <summary>The disclosure state of a group's n: released unless the group shows nothing.</summary>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public CellState NState(string group)
    {
        var g = G(group);
        return _levels[g] != DisclosureLevel.Nothing ? CellState.Released : _secondary[g] ? CellState.Secondary : CellState.Primary;
    }

    internal int RawCount(int g, int c) => _counts[g][c];

    internal bool SecondaryAt(int g) => _secondary[g];

    internal DisclosureLevel WithoutGroupLevel => _withoutGroupLevel;

    /// <summary>What percentages rest on: the weighted sum when weighted, else the count.</summary>
    internal double RawShareCount(int g, int c) => Weighted is { } wc ? wc.Counts[g][c] : _counts[g][c];

    internal double RawShareDenominator(int g) => Weighted is { } wc ? wc.Denominator[g] : _denominator[g];

    internal double RawShareRespondents(int g) => Weighted is { } wc ? wc.Respondents[g] : _respondents[g];

    internal double RawPercent(int g, int c) => Pct(g, c);

    internal int RawDenominator(int g) => _denominator[g];

    internal int RawValidN(int g) => _validN[g];

    internal DisclosureLevel LevelAt(int g) => _levels[g];

    internal static string MissingLabel(ResponseStatus s) => s switch
    {
        ResponseStatus.NoAnswer => "Ubesvart",
        ResponseStatus.NotApplicable => "Ikke aktuelt",
        ResponseStatus.DoesNotHave => "Har ikke",
        ResponseStatus.DontKnow => "Vet ikke",
        _ => "Hoppet over",
    };

    private bool Full(int g) => _levels[g] == DisclosureLevel.Full;

    private double Pct(int g, int c) => Weighted is { } wc
        ? (wc.Denominator[g] > 0 ? 100.0 * wc.Counts[g][c] / wc.Denominator[g] : double.NaN)
        : _denominator[g] == 0 ? double.NaN : 100.0 * _counts[g][c] / _denominator[g];

    private int G(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        for (var i = 0; i < Groups.Count; i++)
        {
            if (Groups[i] == group)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Table '{ItemId}' has no group '{group}'. Groups: {string.Join(", ", Groups)}.");
    }

    private int C(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Categories[i] == category)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Table '{ItemId}' has no category '{category}'. Categories: {string.Join(", ", Categories)}.");
    }
}
