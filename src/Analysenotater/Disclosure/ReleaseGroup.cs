namespace Analysenotater.Disclosure;

/// <summary>
/// A group a release shows: every row of the release's data (<see cref="Everyone"/>, the «Totalt» of a table) or the
/// rows whose key in partition <see cref="Partition"/> is <see cref="Key"/>.
/// </summary>
/// <param name="Partition">Index into <see cref="ReleaseProposal.Partitions"/>, or −1 for every row.</param>
/// <param name="Key">The key of the group in that partition (ignored for every row).</param>
internal readonly record struct ReleaseGroup(int Partition, int Key)
{
    /// <summary>Every row of the release's data.</summary>
    public static ReleaseGroup Everyone => new(-1, -1);
}
