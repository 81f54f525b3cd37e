namespace Analysenotater.Import;

/// <summary>One header of a data file and what it was matched to.</summary>
/// <param name="Header">The header as written in the file.</param>
/// <param name="ItemId">The item id it maps to, or null (role, ambiguous or unmatched).</param>
/// <param name="Method">How the match was made.</param>
/// <param name="Detail">The evidence in plain words (the number, the text compared, the candidates when ambiguous).</param>
public sealed record ColumnMatch(string Header, string? ItemId, ColumnMatchMethod Method, string Detail)
{
    /// <summary>True when the header maps to an item.</summary>
    public bool IsItem => ItemId is not null;
}
