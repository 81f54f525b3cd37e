namespace Analysenotater.Spss;

/// <summary>A value label record (type 3) with its variable index record (type 4), as stored.</summary>
internal sealed record SpssRawValueLabels(long Offset, IReadOnlyList<(byte[] Value, byte[] Label)> Labels, IReadOnlyList<int> Indexes);
