namespace Analysenotater.Spss;

/// <summary>
/// Reads SPSS system files: .sav (uncompressed or bytecode-compressed) and .zsav (ZLIB). Supports variable and value
/// labels (including long string value labels), user-missing values (discrete, ranges with LO/HI, long strings),
/// the character-encoding record (UTF-8 and legacy code pages such as windows-1252), long variable names, very long
/// strings (&gt; 255 bytes), display formats, measurement levels, documents and multiple-response sets.
/// </summary>
/// <remarks>
/// The file is read once, front to back (for .zsav the trailer is read first to locate the blocks). Every count and
/// length is checked against the bytes that remain, so corrupt input cannot cause a huge allocation or a hang.
/// Missing-value policy: system-missing numbers become <see cref="double.NaN"/>; user-missing values are kept as
/// values and described by <see cref="SpssVariable.MissingValues"/>.
/// </remarks>
public static class SpssReader
{
    /// <summary>Reads a .sav or .zsav file.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="SpssFormatException">The file is truncated, corrupt or unsupported; the message names the file, byte offset and record.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static SpssFile Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>
    /// Reads a system file from a stream. A seekable stream positioned at 0 is read in place; a non-seekable stream,
    /// or one positioned elsewhere, is first copied to memory from its current position.
    /// </summary>
    /// <param name="stream">The stream, positioned at the start of the file.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <exception cref="SpssFormatException">The content is truncated, corrupt or unsupported.</exception>
    public static SpssFile Read(Stream stream, string sourceName = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }
        else if (stream.Position != 0)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }

        try
        {
            return new SpssFileParser(stream, sourceName).Parse();
        }
        catch (Exception ex) when (ex is not SpssFormatException and not OutOfMemoryException and not OperationCanceledException)
        {
            // A safety net: any other failure while decoding is still a problem with the file's content.
            long offset;
            try
            {
                offset = stream.Position;
            }
            catch (ObjectDisposedException)
            {
                offset = -1;
            }

            throw new SpssFormatException(sourceName, offset, "unexpected content", $"{ex.GetType().Name}: {ex.Message}", ex);
        }
    }
}
