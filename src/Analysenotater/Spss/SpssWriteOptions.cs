namespace Analysenotater.Spss;

/// <summary>Options for <see cref="SpssWriter"/>.</summary>
public sealed record SpssWriteOptions
{
    /// <summary>The creation date and time stored in the header. Null means the current local time; fix it for byte-identical output.</summary>
    public DateTime? CreationTime { get; init; }

    /// <summary>The file label (up to 64 bytes of UTF-8; longer labels are cut at a character boundary). Null uses <see cref="SpssFileInfo.FileLabel"/>.</summary>
    public string? FileLabel { get; init; }

    /// <summary>
    /// How the case data are stored: <see cref="SpssCompression.Bytecode"/> (.sav, the default),
    /// <see cref="SpssCompression.Zlib"/> (.zsav: bytecode inside ZLIB blocks) or <see cref="SpssCompression.None"/>
    /// is not written (use Bytecode). Null: ZLIB when the path ends in <c>.zsav</c>, otherwise bytecode.
    /// </summary>
    public SpssCompression? Compression { get; init; }
}
