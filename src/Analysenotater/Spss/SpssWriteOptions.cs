namespace Analysenotater.Spss;

/// <summary>Options for <see cref="SpssWriter"/>.</summary>
public sealed record SpssWriteOptions
{
    /// <summary>The creation date and time stored in the header. Null means the current local time; fix it for byte-identical output.</summary>
    public DateTime? CreationTime { get; init; }

    /// <summary>The file label (up to 64 bytes of UTF-8; longer labels are cut at a character boundary). Null uses <see cref="SpssFileInfo.FileLabel"/>.</summary>
    public string? FileLabel { get; init; }
}
