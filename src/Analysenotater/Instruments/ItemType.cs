namespace Analysenotater.Instruments;

/// <summary>The kind of answer an item collects.</summary>
public enum ItemType
{
    /// <summary>One code from the item's answer scale.</summary>
    SingleChoice,

    /// <summary>One tick box of a multi-select question (1 = ticked, 0 = not ticked); the question stem is shared via <see cref="Item.Stem"/>.</summary>
    MultipleChoice,

    /// <summary>A number (for example an age in years).</summary>
    Numeric,

    /// <summary>A four-digit calendar year (for example a birth year).</summary>
    Year,

    /// <summary>Free text. Never scored; screened before display.</summary>
    OpenText,
}
