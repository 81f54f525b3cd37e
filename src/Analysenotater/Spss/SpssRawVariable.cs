namespace Analysenotater.Spss;

/// <summary>One variable record (type 2) as stored, before encodings and very long strings are resolved.</summary>
internal sealed record SpssRawVariable(long Offset, int Type, byte[] Name, byte[]? Label, int MissingCount, byte[] Missing, int Print, int Write);
