namespace Analysenotater.Kernel;

/// <summary>
/// Converts cursor positions between the protocol's Unicode code points and .NET's UTF-16 indexes
/// (they differ only for characters outside the Basic Multilingual Plane, such as emoji).
/// </summary>
internal static class CodePointIndex
{
    /// <summary>UTF-16 index of the code point at <paramref name="codePoints"/>; clamped to the string.</summary>
    public static int ToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var seen = 0; seen < codePoints && index < text.Length; seen++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }

    /// <summary>Number of code points before the UTF-16 index <paramref name="utf16"/>; clamped to the string.</summary>
    public static int ToCodePoints(string text, int utf16)
    {
        var end = Math.Clamp(utf16, 0, text.Length);
        var count = 0;
        for (var index = 0; index < end; count++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return count;
    }
}
