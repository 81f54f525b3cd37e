namespace Analysenotater.Spss;

/// <summary>File-level facts from an SPSS system file header and its machine records.</summary>
public sealed record SpssFileInfo
{
    /// <summary>The product that wrote the file (header text after <c>@(#) SPSS DATA FILE</c>, trimmed).</summary>
    public string Product { get; init; } = "";

    /// <summary>The creation date as stored (<c>dd mmm yy</c>).</summary>
    public string CreationDate { get; init; } = "";

    /// <summary>The creation time as stored (<c>hh:mm:ss</c>).</summary>
    public string CreationTime { get; init; } = "";

    /// <summary>The file label (trailing blanks removed), or empty.</summary>
    public string FileLabel { get; init; } = "";

    /// <summary>How the case data is stored.</summary>
    public SpssCompression Compression { get; init; } = SpssCompression.Bytecode;

    /// <summary>The character encoding used for all text (web name, for example <c>utf-8</c> or <c>windows-1252</c>).</summary>
    public string EncodingName { get; init; } = "utf-8";

    /// <summary>The name of the weight variable, or null when the file is not weighted.</summary>
    public string? WeightVariable { get; init; }
}
