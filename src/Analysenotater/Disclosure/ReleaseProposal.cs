using System.Collections;
using Analysenotater.Data;

namespace Analysenotater.Disclosure;

/// <summary>
/// What a release shows, as the <see cref="ReleaseLedger"/> sees it: groups of rows of <see cref="Data"/> whose
/// n and sums (level <see cref="DisclosureLevel.MeansOnly"/>) or distributions too (<see cref="DisclosureLevel.Full"/>)
/// of one measure are released.
/// </summary>
/// <param name="Data">The rows the release was computed on (a subset maps to the root rows of its import).</param>
/// <param name="Measure">
/// The variable whose values are released (an item id, an outcome, an indicator, a text column), or
/// <see cref="Respondents"/> for bare respondent counts. Two releases of the same measure are linked cell by cell.
/// </param>
/// <param name="Counted">Per row of <see cref="Data"/>: set when the row has a valid value of the measure (the n the rule judges); null = every row.</param>
/// <param name="Partitions">Per grouping: per row of <see cref="Data"/>, its group key (−1 = in no group of it).</param>
/// <param name="Groups">The groups shown, in the release's order.</param>
/// <param name="Policy">The thresholds the release is judged by.</param>
internal sealed record ReleaseProposal(
    SurveyDataset Data,
    string Measure,
    BitArray? Counted,
    IReadOnlyList<int[]> Partitions,
    IReadOnlyList<ReleaseGroup> Groups,
    DisclosurePolicy Policy)
{
    /// <summary>
    /// Per group (in <see cref="Groups"/> order): the answer classes (raw codes) shown with a count of 0 when the group is
    /// shown in full, or null when the release shows no distribution. A shown zero tells that every row of the group
    /// lacks that answer, which the ledger follows class by class.
    /// </summary>
    public IReadOnlyList<int[]>? Zeros { get; init; }

    /// <summary>The answer classes the release names (an item without a scale names the codes that occur), or null when it names every class.</summary>
    public int[]? Listed { get; init; }

    /// <summary>Computes, per row of <see cref="Data"/>, its answer class (a raw code) or <see cref="int.MinValue"/> when it has no valid value; called only when zeros must be followed. Null with <see cref="Zeros"/> null.</summary>
    public Func<int[]>? Classes { get; init; }

    /// <summary>
    /// Per row of <see cref="Data"/>: the weight of a weighted release (weighted sums are shown), or null. The ledger follows
    /// weighted sums exactly when the weights take at most <see cref="ReleaseLedger.MaxWeightValues"/> distinct values
    /// (an analyst-chosen weight of 0 or 2 for one person is then one person's answer by subtraction); with more, as counts.
    /// </summary>
    public double[]? Weights { get; init; }

    /// <summary>The measure of bare respondent counts (every row counts).</summary>
    public const string Respondents = "#respondents";

    /// <summary>The same groups for another measure (its own validity per row; null = every row).</summary>
    public ReleaseProposal For(string measure, BitArray? counted) => this with { Measure = measure, Counted = counted, Zeros = null, Classes = null, Listed = null, Weights = null };

    /// <summary>Whether row <paramref name="row"/> of <see cref="Data"/> counts.</summary>
    public bool Counts(int row) => Counted is null || Counted[row];
}
