namespace Analysenotater.Spss;

/// <summary>One entry of a .zsav ZLIB trailer.</summary>
internal readonly record struct SpssZlibBlock(long UncompressedOffset, long CompressedOffset, int UncompressedSize, int CompressedSize);
