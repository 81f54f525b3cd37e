using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Instruments;
using Analysenotater.Reporting;

namespace Analysenotater.Scoring;

/// <summary>
/// The scores of one indicator for every respondent, with n scored, n excluded by reason, the summary mean, minimum
/// and maximum, and the rule used (named in every rendering). Immutable.
/// </summary>
/// <remarks>
/// The per-respondent <see cref="Scores"/> are microdata for further analysis (NaN = not scored) and are not
/// suppressed. The summary statistics obey the disclosure policy: <see cref="Mean"/> is NaN when the policy shows
/// nothing for <see cref="NScored"/> respondents; <see cref="Min"/>, <see cref="Max"/> and
/// <see cref="StandardDeviation"/> are NaN unless distributions may be shown.
/// </remarks>
public sealed class IndicatorScores : Result
{
    private readonly double[] _scores;
    private readonly double _mean;
    private readonly double _min;
    private readonly double _max;
    private readonly double _sd;
    private readonly int _nScored;
    private readonly IReadOnlyDictionary<ScoreExclusion, int> _excluded;

    internal IndicatorScores(IndicatorDefinition indicator, ScoringRule rule, double[] scores, double mean,
        IReadOnlyDictionary<ScoreExclusion, int> excluded, (double Low, double High) attainable, DisclosurePolicy disclosure)
    {
        Indicator = indicator;
        Rule = rule;
        _scores = scores;
        _excluded = excluded;
        AttainableRange = attainable;
        Disclosure = disclosure;
        // Two passes over the scored values in row order, no copies: count, sum, min, max; then the squared deviations.
        var n = 0;
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var s in scores)
        {
            if (!double.IsNaN(s))
            {
                n++;
                sum += s;
                min = Math.Min(min, s);
                max = Math.Max(max, s);
            }
        }

        _nScored = n;
        _mean = mean;
        _min = n == 0 ? double.NaN : min;
        _max = n == 0 ? double.NaN : max;
        var average = n == 0 ? double.NaN : sum / n;
        double squares = 0;
        if (n >= 2)
        {
            foreach (var s in scores)
            {
                if (!double.IsNaN(s))
                {
                    squares += (s - average) * (s - average);
                }
            }
        }

        _sd = n < 2 ? double.NaN : Math.Sqrt(squares / (n - 1));
        Level = disclosure.LevelFor(_nScored);
    }

    /// <summary>The indicator scored.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The scoring rule used.</summary>
    public ScoringRule Rule { get; }

    /// <summary>The id of the scoring rule used (for example <c>korus-sum-max-prorated</c>).</summary>
    public string RuleId => Rule.Id;

    /// <summary>One score per respondent in dataset order; NaN where the respondent was not scored.</summary>
    /// <exception cref="InvalidOperationException">The scores belong to a group of a released table (<see cref="IndicatorScorer.ScoreBy"/>): per-respondent values are microdata and are not part of a released result.</exception>
    public IReadOnlyList<double> Scores => IsReleasedSummary ? throw MicrodataWithheld() : _scores;

    /// <summary>
    /// True for the rows of a released table (<see cref="IndicatorScorer.ScoreBy"/>): only the summary the disclosure
    /// level allows is reachable; <see cref="Scores"/>, <see cref="ToArray"/> and <see cref="ToColumn"/> throw.
    /// </summary>
    public bool IsReleasedSummary { get; private set; }

    /// <summary>True when the level was lowered so that a hidden group cannot be worked out from the others (secondary suppression).</summary>
    public bool IsSecondarySuppressed { get; private set; }

    /// <summary>Marks these scores as one group of a released table, at the level decided for the table as a whole.</summary>
    internal IndicatorScores Release(DisclosureLevel level, bool secondary)
    {
        Level = level;
        IsSecondarySuppressed = secondary;
        IsReleasedSummary = true;
        return this;
    }

    /// <summary>True when the level was lowered because, together with what was released before from the same data
    /// (the dataset's release ledger), the figures would give a hidden group; a note says so.</summary>
    public bool IsHiddenByEarlierReleases { get; private set; }

    /// <summary>Lowers the level because of earlier releases from the same data.</summary>
    internal IndicatorScores LowerByLedger(DisclosureLevel level)
    {
        Level = level;
        IsSecondarySuppressed = true;
        IsHiddenByEarlierReleases = true;
        return this;
    }

    /// <summary>The per-respondent scores whatever the release state, for the release ledger.</summary>
    internal ReadOnlySpan<double> UnreleasedScores => _scores;

    /// <summary>True for a group of a released table whose disclosure level is <see cref="DisclosureLevel.Nothing"/>: its counts are not released either.</summary>
    public bool IsWithheld => IsReleasedSummary && Level == DisclosureLevel.Nothing;

    private InvalidOperationException CountsWithheld() => new(
        $"«{Indicator.Name}» is hidden in this released table (disclosure level Nothing): its n, row count and exclusions are not released either; check IsWithheld first.");

    private InvalidOperationException MicrodataWithheld() => new(
        $"The per-respondent scores of «{Indicator.Name}» in a released table are microdata and are not available; score the dataset with IndicatorScorer.Score for internal microdata work.");

    /// <summary>The number of respondents (rows) in the dataset.</summary>
    /// <exception cref="InvalidOperationException">The group is hidden in a released table (<see cref="IsWithheld"/>).</exception>
    public int RespondentCount => IsWithheld ? throw CountsWithheld() : _scores.Length;

    /// <summary>The number of respondents with a score.</summary>
    /// <exception cref="InvalidOperationException">The group is hidden in a released table (<see cref="IsWithheld"/>).</exception>
    public int NScored => IsWithheld ? throw CountsWithheld() : _nScored;

    /// <summary>The number of respondents without a score, by reason (every reason present, zero when none).</summary>
    /// <exception cref="InvalidOperationException">The group is hidden in a released table (<see cref="IsWithheld"/>).</exception>
    public IReadOnlyDictionary<ScoreExclusion, int> Excluded => IsWithheld ? throw CountsWithheld() : _excluded;

    /// <summary>The number of respondents with a score, for the disclosure decision of the table this group belongs to.</summary>
    internal int UnreleasedNScored => _nScored;

    /// <summary>The number of respondents without a score.</summary>
    /// <exception cref="InvalidOperationException">The group is hidden in a released table (<see cref="IsWithheld"/>).</exception>
    public int NExcluded => Excluded.Values.Sum();

    /// <summary>The lowest and highest score attainable under the rule for these items.</summary>
    public (double Low, double High) AttainableRange { get; }

    /// <summary>The disclosure policy the summary statistics obey.</summary>
    public DisclosurePolicy Disclosure { get; }

    /// <summary>What the disclosure policy allows to be shown for <see cref="NScored"/> respondents.</summary>
    public DisclosureLevel Level { get; private set; }

    /// <summary>The summary mean formed as the rule says (<see cref="ScoringRule.SummaryMeanDescription"/>); NaN when nobody is scored or the policy hides the group.</summary>
    public double Mean => Level == DisclosureLevel.Nothing ? double.NaN : _mean;

    /// <summary>The lowest score; NaN when nobody is scored or distributions are hidden.</summary>
    public double Min => Level == DisclosureLevel.Full ? _min : double.NaN;

    /// <summary>The highest score; NaN when nobody is scored or distributions are hidden.</summary>
    public double Max => Level == DisclosureLevel.Full ? _max : double.NaN;

    /// <summary>The sample standard deviation of the scores (n − 1); NaN with fewer than 2 scores or when distributions are hidden.</summary>
    public double StandardDeviation => Level == DisclosureLevel.Full ? _sd : double.NaN;

    /// <summary>A copy of <see cref="Scores"/>.</summary>
    /// <exception cref="InvalidOperationException">The scores belong to a released table (<see cref="IsReleasedSummary"/>).</exception>
    public double[] ToArray() => IsReleasedSummary ? throw MicrodataWithheld() : (double[])_scores.Clone();

    /// <summary>The scores as a dataset column (named after the indicator id unless <paramref name="name"/> is given), for <see cref="SurveyDataset.WithColumn"/>.</summary>
    public NumericColumn ToColumn(string? name = null) => new(name ?? Indicator.Id, ToArray());

    /// <summary>The result as a report table: indicator, rule, n, mean, min, max, excluded; notes give the rule, exclusions and disclosure.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder(Indicator.Name, "Indikator", "n", "Gjennomsnitt", "Min", "Maks", "Ikke skåret");
        var shown = Level != DisclosureLevel.Nothing;
        var full = Level == DisclosureLevel.Full;
        b.Row(
            ReportCell.FromText(Indicator.Name),
            shown ? ReportCell.FromCount(_nScored) : ReportCell.Suppressed,
            shown ? ReportCell.FromNumber(_mean, 1) : ReportCell.Suppressed,
            full ? ReportCell.FromNumber(_min, 1) : ReportCell.Suppressed,
            full ? ReportCell.FromNumber(_max, 1) : ReportCell.Suppressed,
            shown ? ReportCell.FromCount(NExcluded) : ReportCell.Suppressed);
        foreach (var note in Notes)
        {
            b.Note(note);
        }

        return b.Build();
    }

    /// <summary>The notes printed under the table: rule, summary mean, exclusions by reason, disclosure.</summary>
    public override IReadOnlyList<string> Notes => BuildNotes();

    private List<string> BuildNotes()
    {
        var notes = new List<string>
        {
            $"Skåringsregel {Rule.Id}: {Rule.Description}",
            $"Gjennomsnittet er {Rule.SummaryMeanDescription}; mulig skår {NorwegianFormat.Number(AttainableRange.Low, 0)}–{NorwegianFormat.Number(AttainableRange.High, 0)}; spørsmål: {string.Join(", ", Indicator.ItemIds)}.",
        };
        if (Level != DisclosureLevel.Nothing && NExcluded > 0)
        {
            notes.Add("Ikke skåret: " + string.Join("; ", Excluded.Where(e => e.Value > 0).Select(e => ExclusionText(e.Key) + " " + e.Value.ToString(CultureInfo.InvariantCulture))) + ".");
        }

        if ((IsHiddenByEarlierReleases ? DisclosurePolicy.LedgerNote(Indicator.Name) : Disclosure.NoteFor(Indicator.Name, _nScored, Level, IsSecondarySuppressed)) is { } dn)
        {
            notes.Add(dn);
        }

        if (Disclosure.PolicyNote is { } pn)
        {
            notes.Add(pn);
        }

        return notes;
    }





    private static string ExclusionText(ScoreExclusion e) => e switch
    {
        ScoreExclusion.NoValidAnswer => "ingen gyldige svar",
        ScoreExclusion.TooFewValidAnswers => "for få gyldige svar",
        _ => "svarte «ikke aktuelt»/«har ikke»",
    };
}
