namespace Analysenotater.Instruments;

/// <summary>
/// A survey instrument held as data: items with verbatim Norwegian text, answer scales with their missing codes,
/// groups (sections or dimensions) and indicators. Load one with <see cref="InstrumentLoader"/> or
/// <see cref="KnownInstruments"/>; instances are immutable.
/// </summary>
public sealed class Instrument
{
    private readonly Dictionary<string, Item> _items;
    private readonly Dictionary<string, AnswerScale> _scales;

    /// <summary>Creates an instrument. Use <see cref="InstrumentLoader"/> to read and validate one from JSON.</summary>
    /// <exception cref="ArgumentException">An id is duplicated or an item names a scale that does not exist.</exception>
    public Instrument(string id, string version, string title, string source,
        IReadOnlyList<AnswerScale> scales, IReadOnlyList<Item> items,
        IReadOnlyList<ItemGroup>? groups = null, IReadOnlyList<IndicatorDefinition>? indicators = null)
    {
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(items);
        Id = id;
        Version = version;
        Title = title;
        Source = source;
        Scales = scales;
        Items = items;
        Groups = groups ?? [];
        Indicators = indicators ?? [];
        _scales = new Dictionary<string, AnswerScale>(StringComparer.Ordinal);
        foreach (var s in scales)
        {
            if (!_scales.TryAdd(s.Id, s))
            {
                throw new ArgumentException($"Instrument '{id}': scale id '{s.Id}' is duplicated.", nameof(scales));
            }
        }

        _items = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var it in items)
        {
            if (!_items.TryAdd(it.Id, it))
            {
                throw new ArgumentException($"Instrument '{id}': item id '{it.Id}' is duplicated.", nameof(items));
            }

            if (it.ScaleId is not null && !_scales.ContainsKey(it.ScaleId))
            {
                throw new ArgumentException($"Instrument '{id}': item '{it.Id}' names scale '{it.ScaleId}', which does not exist.", nameof(items));
            }
        }
    }

    /// <summary>The instrument id (for example <c>korus-2017</c>).</summary>
    public string Id { get; }

    /// <summary>The version of this instrument description.</summary>
    public string Version { get; }

    /// <summary>The title (Norwegian).</summary>
    public string Title { get; }

    /// <summary>Where the wording comes from.</summary>
    public string Source { get; }

    /// <summary>Answer scales.</summary>
    public IReadOnlyList<AnswerScale> Scales { get; }

    /// <summary>Items in questionnaire order.</summary>
    public IReadOnlyList<Item> Items { get; }

    /// <summary>Sections and dimensions.</summary>
    public IReadOnlyList<ItemGroup> Groups { get; }

    /// <summary>Indicators (scale scores) defined on the items.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>True when the instrument has an item with this id.</summary>
    public bool HasItem(string itemId) => _items.ContainsKey(itemId);

    /// <summary>The item with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such item; the message names the instrument and the id.</exception>
    public Item GetItem(string itemId) => _items.TryGetValue(itemId, out var it)
        ? it
        : throw new KeyNotFoundException($"Instrument '{Id}' has no item '{itemId}'.");

    /// <summary>The scale with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such scale.</exception>
    public AnswerScale GetScale(string scaleId) => _scales.TryGetValue(scaleId, out var s)
        ? s
        : throw new KeyNotFoundException($"Instrument '{Id}' has no scale '{scaleId}'.");

    /// <summary>The answer scale of an item, or null when the item has none (numeric, year, open text).</summary>
    public AnswerScale? ScaleOf(string itemId) => GetItem(itemId).ScaleId is { } sid ? _scales[sid] : null;

    /// <summary>The group with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public ItemGroup GetGroup(string groupId) => Groups.FirstOrDefault(g => g.Id == groupId)
        ?? throw new KeyNotFoundException($"Instrument '{Id}' has no group '{groupId}'.");

    /// <summary>The indicator with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such indicator.</exception>
    public IndicatorDefinition GetIndicator(string indicatorId) => Indicators.FirstOrDefault(i => i.Id == indicatorId)
        ?? throw new KeyNotFoundException($"Instrument '{Id}' has no indicator '{indicatorId}'.");

    /// <inheritdoc />
    public override string ToString() => Localization.Messages.Format("Instrument.Summary", Title, Id, Version, Items.Count);
}
