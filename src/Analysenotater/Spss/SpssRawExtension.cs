namespace Analysenotater.Spss;

/// <summary>An extension record (type 7) as stored: subtype, element size and count, and the data bytes.</summary>
internal sealed record SpssRawExtension(long Offset, int Subtype, int Size, int Count, byte[] Data);
