namespace Analysenotater.Tables;

/// <summary>
/// One row of a <see cref="KeyFigureTable"/>: the share of an item's answers that fall in <paramref name="Codes"/>.
/// For a multiple-choice item (a tick box) the share is of all respondents in the group (not ticked cannot be told
/// from not answered).
/// </summary>
/// <param name="ItemId">The item.</param>
/// <param name="Label">The row label (Norwegian).</param>
/// <param name="Codes">The codes counted (for example 4, 5 for «i stor/svært stor grad», or 1 for «Ja»).</param>
public sealed record KeyFigureRow(string ItemId, string Label, IReadOnlyList<int> Codes)
{
    /// <summary>The top two boxes (codes 4 and 5, for example «i stor/svært stor grad») of a 1–5 item.</summary>
    public static KeyFigureRow TopBox(string itemId, string label) => new(itemId, label, [4, 5]);

    /// <summary>The share «Ja» (code 1) of a yes/no or tick-box item.</summary>
    public static KeyFigureRow Yes(string itemId, string label) => new(itemId, label, [1]);

    /// <summary>One row per valid option of an item's scale, labelled by the option (a block of rows for one question, for example marital status).</summary>
    /// <exception cref="KeyNotFoundException">The instrument has no such item.</exception>
    /// <exception cref="ArgumentException">The item has no answer scale.</exception>
    public static IReadOnlyList<KeyFigureRow> ForEachOption(Instruments.Instrument instrument, string itemId)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var scale = instrument.ScaleOf(itemId) ?? throw new ArgumentException($"Item '{itemId}' has no answer scale.", nameof(itemId));
        return [.. scale.ValidOptions.Select(o => new KeyFigureRow(itemId, o.Label, [o.Code]))];
    }
}
