namespace Analysenotater.Spss;

/// <summary>One segment of the case layout: a numeric variable, a string variable of up to 255 bytes, or one part of a very long string.</summary>
/// <param name="RawIndex">The 0-based index of its variable record among all variable records (dictionary index − 1).</param>
/// <param name="Width">0 for numeric; the segment width in bytes for strings.</param>
internal sealed record SpssSegment(int RawIndex, int Width)
{
    /// <summary>The number of 8-byte elements the segment occupies in each case.</summary>
    public int Elements => Width == 0 ? 1 : (Width + 7) / 8;
}
