namespace Analysenotater.Import;

/// <summary>How a file header was matched to an instrument item (or why it was not).</summary>
public enum ColumnMatchMethod
{
    /// <summary>The header is the item id.</summary>
    ItemId,

    /// <summary>The header is the item id in other letter case.</summary>
    ItemIdIgnoringCase,

    /// <summary>The mapping file names the item.</summary>
    MappingFile,

    /// <summary>The header starts with the item's number («1. Kjønn:») and only one item has that number.</summary>
    Number,

    /// <summary>The header starts with a number several items share; the text after it picked one item.</summary>
    NumberAndText,

    /// <summary>The header is the item's verbatim text (normalised: case, punctuation, spaces and «…» ignored).</summary>
    Text,

    /// <summary>The header is the start of the item's text (a truncated question, at least 12 letters).</summary>
    TextPrefix,

    /// <summary>The column's values are all answer labels of one item's scale, and no other item's.</summary>
    ValueLabels,

    /// <summary>The header is a respondent column named by the study (id, municipality, gender …): not an item.</summary>
    Role,

    /// <summary>Several items fit equally well; nothing was guessed.</summary>
    Ambiguous,

    /// <summary>No item fits; the column is imported by content under its header.</summary>
    Unmatched,
}
