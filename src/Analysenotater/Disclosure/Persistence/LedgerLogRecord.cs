using System.Collections;
using Analysenotater.Data;

namespace Analysenotater.Disclosure.Persistence;

/// <summary>
/// One release as a ledger's log keeps it: the root rows it was computed on, its groupings over those rows, the
/// groups shown with their levels, the policy's thresholds and, per measure, which rows counted. Replaying the
/// records in order on a new ledger of the same source gives the ledger the releases made before.
/// </summary>
internal sealed class LedgerLogRecord
{
    private const byte Version = 3; // 3: a measure's row weights (ReleaseProposal.Weights); 2 is read as without weights

    private LedgerLogRecord(int[]? rootRows, int rowCount, int[][] partitions, ReleaseGroup[] groups, DisclosureLevel[] levels,
        string policyName, int minimumForMeans, int minimumForDistributions, LoggedMeasure[] measures)
    {
        RootRows = rootRows;
        RowCount = rowCount;
        Partitions = partitions;
        Groups = groups;
        Levels = levels;
        PolicyName = policyName;
        MinimumForMeans = minimumForMeans;
        MinimumForDistributions = minimumForDistributions;
        Measures = measures;
    }

    /// <summary>Per row of the release's data, its root row; null when the data has the root's rows in order.</summary>
    public int[]? RootRows { get; }

    /// <summary>The number of rows of the release's data.</summary>
    public int RowCount { get; }

    /// <summary>Per grouping, per row its key (−1 = no group).</summary>
    public int[][] Partitions { get; }

    /// <summary>The groups shown.</summary>
    public ReleaseGroup[] Groups { get; }

    /// <summary>The level each group was shown at.</summary>
    public DisclosureLevel[] Levels { get; }

    /// <summary>The policy's name (for the reader).</summary>
    public string PolicyName { get; }

    /// <summary>The policy's threshold for n and means (0: no disclosure control).</summary>
    public int MinimumForMeans { get; }

    /// <summary>The policy's threshold for distributions.</summary>
    public int MinimumForDistributions { get; }

    /// <summary>Per measure: its name, the rows with a valid value, and the answer classes the ledger follows.</summary>
    public LoggedMeasure[] Measures { get; }

    /// <summary>
    /// One measure of a release: its name, the rows with a valid value (null = every row), and what the ledger follows
    /// class by class (<see cref="ReleaseProposal.Zeros"/>, <see cref="ReleaseProposal.Listed"/>, and each row's class
    /// from <see cref="ReleaseProposal.Classes"/>, computed when the release is logged); null where the release has none.
    /// </summary>
    internal sealed record LoggedMeasure(string Measure, BitArray? Counted, int[][]? Zeros, int[]? Listed, int[]? Classes, double[]? Weights = null);

    /// <summary>The record of a settled release.</summary>
    public static LedgerLogRecord From(IReadOnlyList<ReleaseProposal> proposals, DisclosureLevel[] levels)
    {
        var first = proposals[0];
        return new LedgerLogRecord(first.Data.Lineage.RootRows, first.Data.RowCount, [.. first.Partitions], [.. first.Groups], [.. levels],
            first.Policy.Name, first.Policy.MinimumForMeans, first.Policy.MinimumForDistributions,
            [.. proposals.Select(p => new LoggedMeasure(p.Measure, p.Counted is null ? null : new BitArray(p.Counted),
                p.Zeros is null ? null : [.. p.Zeros.Select(z => (int[])z.Clone())], p.Listed is null ? null : (int[])p.Listed.Clone(),
                p.Classes is null ? null : (int[])p.Classes().Clone(), p.Weights is null ? null : (double[])p.Weights.Clone()))]);
    }

    /// <summary>Records the release on <paramref name="ledger"/> as it was decided (no new decision is made).</summary>
    public void Replay(ReleaseLedger ledger)
    {
        var root = DataLineage.Root(ledger);
        var data = SurveyDataset.RowsOnly(RootRows is null ? root : root.Select(RootRows), RowCount);
        // The levels were decided when the release was made; only the thresholds are needed to know what is protected.
        var policy = MinimumForMeans == 0
            ? DisclosurePolicy.None
            : DisclosurePolicy.Custom(PolicyName, MinimumForMeans, MinimumForDistributions).WithoutComplementarySuppression();
        var proposals = Measures.Select(m => new ReleaseProposal(data, m.Measure, m.Counted, Partitions, Groups, policy)
        {
            Zeros = m.Zeros,
            Listed = m.Listed,
            Classes = m.Classes is { } classes ? () => classes : null,
            Weights = m.Weights,
        }).ToList();
        ledger.SettleHere(proposals, (_, _) => [.. Levels]);
    }

    /// <summary>Writes the record.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Version);
        w.Write(PolicyName);
        w.Write7BitEncodedInt(MinimumForMeans);
        w.Write7BitEncodedInt(MinimumForDistributions);
        w.Write7BitEncodedInt(RowCount);
        w.Write(RootRows is not null);
        if (RootRows is not null)
        {
            // Increasing most of the time (a Where keeps the order): the differences are small.
            var previous = -1;
            foreach (var r in RootRows)
            {
                w.Write7BitEncodedInt64((long)r - previous);
                previous = r;
            }
        }

        w.Write7BitEncodedInt(Partitions.Length);
        foreach (var partition in Partitions)
        {
            foreach (var key in partition)
            {
                w.Write7BitEncodedInt(Math.Max(key, -1) + 1);
            }
        }

        w.Write7BitEncodedInt(Groups.Length);
        for (var g = 0; g < Groups.Length; g++)
        {
            w.Write7BitEncodedInt(Groups[g].Partition + 1);
            w.Write7BitEncodedInt(Groups[g].Partition < 0 ? 0 : Groups[g].Key + 1);
            w.Write((byte)Levels[g]);
        }

        w.Write7BitEncodedInt(Measures.Length);
        foreach (var m in Measures)
        {
            w.Write(m.Measure);
            w.Write(m.Counted is not null);
            if (m.Counted is not null)
            {
                var bytes = new byte[(RowCount + 7) / 8];
                m.Counted.CopyTo(bytes, 0);
                w.Write(bytes);
            }

            w.Write(m.Zeros is not null);
            if (m.Zeros is not null)
            {
                w.Write7BitEncodedInt(m.Zeros.Length);
                foreach (var z in m.Zeros)
                {
                    WriteCodes(w, z);
                }
            }

            WriteCodes(w, m.Listed);
            WriteCodes(w, m.Classes);
            w.Write(m.Weights is not null);
            foreach (var x in m.Weights ?? [])
            {
                w.Write(x);
            }
        }
    }

    /// <summary>A nullable list of codes (any int, <see cref="int.MinValue"/> included), zigzag-encoded.</summary>
    private static void WriteCodes(BinaryWriter w, int[]? codes)
    {
        w.Write(codes is not null);
        if (codes is null)
        {
            return;
        }

        w.Write7BitEncodedInt(codes.Length);
        foreach (var c in codes)
        {
            w.Write7BitEncodedInt64(((long)c << 1) ^ ((long)c >> 63));
        }
    }

    private static int[]? ReadCodes(BinaryReader r, int maxLength)
    {
        if (!r.ReadBoolean())
        {
            return null;
        }

        var codes = new int[Check(r.Read7BitEncodedInt(), 0, maxLength)];
        for (var i = 0; i < codes.Length; i++)
        {
            var z = r.Read7BitEncodedInt64();
            var v = (z >>> 1) ^ -(z & 1);
            codes[i] = v is >= int.MinValue and <= int.MaxValue ? (int)v : throw new InvalidDataException("code");
        }

        return codes;
    }

    /// <summary>Reads a record written by <see cref="Write"/> for a root of <paramref name="rootRowCount"/> rows.</summary>
    /// <exception cref="InvalidDataException">The bytes are not such a record.</exception>
    public static LedgerLogRecord Read(BinaryReader r, int rootRowCount)
    {
        var version = r.ReadByte();
        if (version is not (2 or Version))
        {
            throw new InvalidDataException("record version");
        }

        var policyName = r.ReadString();
        var minimumForMeans = r.Read7BitEncodedInt();
        var minimumForDistributions = r.Read7BitEncodedInt();
        if (minimumForMeans < 0 || minimumForDistributions < minimumForMeans || (minimumForMeans == 0 && minimumForDistributions != 0) || policyName.Length == 0)
        {
            throw new InvalidDataException("policy");
        }

        var rowCount = Check(r.Read7BitEncodedInt(), 0, int.MaxValue - 64);
        int[]? rootRows = null;
        if (r.ReadBoolean())
        {
            rootRows = new int[rowCount];
            long previous = -1;
            for (var i = 0; i < rowCount; i++)
            {
                previous += r.Read7BitEncodedInt64();
                rootRows[i] = previous >= 0 && previous < rootRowCount ? (int)previous : throw new InvalidDataException("root row");
            }
        }
        else if (rowCount != rootRowCount)
        {
            throw new InvalidDataException("row count");
        }

        var partitions = new int[Check(r.Read7BitEncodedInt(), 0, 1 << 16)][];
        for (var p = 0; p < partitions.Length; p++)
        {
            partitions[p] = new int[rowCount];
            for (var i = 0; i < rowCount; i++)
            {
                partitions[p][i] = Check(r.Read7BitEncodedInt(), 0, int.MaxValue - 1) - 1;
            }
        }

        var groups = new ReleaseGroup[Check(r.Read7BitEncodedInt(), 0, 1 << 24)];
        var levels = new DisclosureLevel[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            var partition = Check(r.Read7BitEncodedInt(), 0, partitions.Length) - 1;
            var key = r.Read7BitEncodedInt() - 1;
            groups[g] = partition < 0 ? ReleaseGroup.Everyone : new ReleaseGroup(partition, key);
            levels[g] = (DisclosureLevel)Check(r.ReadByte(), (int)DisclosureLevel.Nothing, (int)DisclosureLevel.Full);
        }

        var measures = new LoggedMeasure[Check(r.Read7BitEncodedInt(), 1, 1 << 16)];
        for (var m = 0; m < measures.Length; m++)
        {
            var name = r.ReadString();
            BitArray? counted = null;
            if (r.ReadBoolean())
            {
                var bytes = r.ReadBytes((rowCount + 7) / 8);
                if (bytes.Length != (rowCount + 7) / 8)
                {
                    throw new EndOfStreamException();
                }

                counted = new BitArray(bytes) { Length = rowCount };
            }

            int[][]? zeros = null;
            if (r.ReadBoolean())
            {
                zeros = new int[Check(r.Read7BitEncodedInt(), groups.Length, groups.Length)][];
                for (var g = 0; g < zeros.Length; g++)
                {
                    zeros[g] = ReadCodes(r, 1 << 20) ?? throw new InvalidDataException("zeros");
                }
            }

            var listed = ReadCodes(r, 1 << 20);
            var classes = ReadCodes(r, rowCount);
            if (classes is not null && classes.Length != rowCount)
            {
                throw new InvalidDataException("classes");
            }

            double[]? weights = null;
            if (version >= 3 && r.ReadBoolean())
            {
                weights = new double[rowCount];
                for (var i = 0; i < rowCount; i++)
                {
                    weights[i] = r.ReadDouble();
                    if (!double.IsFinite(weights[i]) || weights[i] < 0)
                    {
                        throw new InvalidDataException("weight");
                    }
                }
            }

            measures[m] = new LoggedMeasure(name, counted, zeros, listed, classes, weights);
        }

        return new LedgerLogRecord(rootRows, rowCount, partitions, groups, levels, policyName, minimumForMeans, minimumForDistributions, measures);
    }

    private static int Check(int value, int min, int max) =>
        value >= min && value <= max ? value : throw new InvalidDataException("value out of range");
}
