using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// One release of a <see cref="CrossReleaseSurvey"/>, made through the public API: a frequency table of one item for
/// everyone («of»), by k, s or h («k», «s», «h»), by s × h («sh»), or key figures (top box, code 3) by a variable
/// («kf-k», «kf-s», «kf-h»; «kf2-…»: one row per item of the survey, in one table), of all rows or of a subset
/// (<see cref="CrossReleaseSubset"/>).
/// </summary>
internal sealed record CrossReleaseStep(CrossReleaseSubset Subset, string Item, string Kind)
{
    /// <summary>The kinds of release.</summary>
    public static readonly string[] Kinds = ["of", "k", "s", "h", "sh", "kf-k", "kf-s", "kf-h", "kf2-k", "kf2-s", "kf2-h"];

    /// <summary>The variables the release groups by ("" for a table of everyone).</summary>
    public string Variables => Kind switch { "of" => "", "sh" => "sh", var x => x[^1..] };

    /// <summary>Makes the release, reads every number it shows into <paramref name="facts"/>, and returns it (a <see cref="FrequencyTable"/> or <see cref="KeyFigureTable"/>).</summary>
    public Analysenotater.Reporting.Result Release(CrossReleaseSurvey s, CrossReleaseFacts facts, string name)
    {
        var data = s.DataOf(Subset);
        Func<int[], bool> inData = key => Subset.Atom(s, key);
        var options = Variables.Length == 0 ? new FrequencyOptions() : new FrequencyOptions
        {
            GroupLabels = s.Labels(Variables[0]),
            SecondGroupLabels = Variables.Length > 1 ? s.Labels(Variables[1]) : null,
        };
        var vars = Variables;
        if (Kind.StartsWith("kf", StringComparison.Ordinal))
        {
            IReadOnlyList<string> items = Kind.StartsWith("kf2-", StringComparison.Ordinal) ? s.Items : [Item];
            var kf = FrequencyTables.KeyFigures(data, [.. items.Select(i => new KeyFigureRow(i, "Topp " + i, [3]))], groupBy: vars, context: s.Context, groupLabels: options.GroupLabels);
            facts.Add(kf, inData, label => s.GroupAtoms(label, vars), s.WithoutGroup(vars), name);
            return kf;
        }

        var t = vars.Length switch
        {
            0 => FrequencyTables.Of(data, Item, options, s.Context),
            1 => FrequencyTables.By(data, Item, vars, options: options, context: s.Context),
            _ => FrequencyTables.By(data, Item, vars[..1], vars[1..], options, s.Context),
        };
        facts.Add(t, Item, inData, label => s.GroupAtoms(label, vars), vars.Length == 0 ? null : s.WithoutGroup(vars), name);
        return t;
    }

    /// <summary>The name of the cell of this release an atom falls in: its group, «no group value», or «not in the rows».</summary>
    public string CellName(CrossReleaseSurvey s, int[] key) =>
        !Subset.Atom(s, key) ? "not in rows"
        : Variables.Length == 0 ? GroupLabels.Total
        : Variables.Any(v => s.ValueOf(v, key) == 0) ? "no " + Variables
        : string.Join(" – ", Variables.Select(v => char.ToUpperInvariant(v) + s.ValueOf(v, key).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public override string ToString() => $"{Kind} {Item} of {Subset.Name}";
}

/// <summary>
/// The rows a release is computed on: all rows, the rows not left out by index (<c>data.Where(i =&gt; !leftOut[i])</c>),
/// or the rows where a grouping variable has (or has not) a value (<c>data.Where(i =&gt; h[i] == 1)</c>; a blank is
/// value 0). The survey takes each subset once and reuses it, as an analyst would (<see cref="CrossReleaseSurvey.DataOf"/>).
/// </summary>
internal sealed record CrossReleaseSubset(string Name, char Variable, bool Equal, int Value)
{
    public static CrossReleaseSubset All { get; } = new("all", ' ', true, 0);

    public static CrossReleaseSubset NotLeftOut { get; } = new("not left out", 'x', true, 0);

    /// <summary>Whether a row is in the subset.</summary>
    public bool Row(CrossReleaseSurvey s, int row) => Variable switch
    {
        ' ' => true,
        'x' => !s.Excluded[row],
        var v => (s.ValueOf(v, row) == Value) == Equal,
    };

    /// <summary>Whether an atom is in the subset.</summary>
    public bool Atom(CrossReleaseSurvey s, int[] key) => Variable switch
    {
        ' ' => true,
        'x' => key[2] == 0,
        var v => (s.ValueOf(v, key) == Value) == Equal,
    };

    public override string ToString() => Name;
}
