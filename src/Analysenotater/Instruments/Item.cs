namespace Analysenotater.Instruments;

/// <summary>One question (or one row of a question grid) of an instrument.</summary>
/// <param name="Id">A stable id used as the column name in data files (for example <c>q14_1</c>).</param>
/// <param name="Number">The question number as printed (may repeat, for example two questions numbered 30).</param>
/// <param name="Text">The verbatim Norwegian text of this item (for a grid row, the row label).</param>
/// <param name="Type">The kind of answer.</param>
/// <param name="ScaleId">The answer scale, for single-choice and multiple-choice items; null otherwise.</param>
public sealed record Item(string Id, string Number, string Text, ItemType Type, string? ScaleId = null)
{
    /// <summary>The shared lead text of a grid or multi-select question, verbatim; null for a stand-alone item.</summary>
    public string? Stem { get; init; }

    /// <summary>The section or question group this item belongs to, or null.</summary>
    public string? Section { get; init; }

    /// <summary>A short label for tables and charts (Norwegian); falls back to <see cref="Text"/>.</summary>
    public string? ShortLabel { get; init; }

    /// <summary>Who should answer, when the questionnaire limits it; null when everyone should.</summary>
    public ItemCondition? Condition { get; init; }

    /// <summary>True for reverse-keyed items (scored as max + min − code).</summary>
    public bool Reversed { get; init; }

    /// <summary>Editorial notes (typos kept verbatim, numbering anomalies).</summary>
    public string? Note { get; init; }

    /// <summary>The label to show in tables: <see cref="ShortLabel"/> or, failing that, <see cref="Text"/>.</summary>
    public string DisplayLabel => ShortLabel ?? Text;
}
