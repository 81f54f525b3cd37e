using System.Collections.Concurrent;

namespace Analysenotater.Notebooks.Interactive;

/// <summary>
/// The named values of one session: what <c>#!value --name x</c> cells store and <c>#!set</c> / <c>#!share --from value</c>
/// read (the .NET Interactive value kernel). Values are the cell's text as written. Thread-safe.
/// </summary>
public sealed class ValueStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>The names stored so far.</summary>
    public IReadOnlyCollection<string> Names => [.. _values.Keys];

    /// <summary>Stores <paramref name="value"/> under <paramref name="name"/>, replacing an earlier one.</summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _values[name] = value;
    }

    /// <summary>The value stored under <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No value of that name; the message lists the names there are.</exception>
    public string Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_values.TryGetValue(name, out var value))
        {
            return value;
        }

        var known = _values.IsEmpty ? "none yet" : string.Join(", ", _values.Keys.Order(StringComparer.Ordinal));
        throw new KeyNotFoundException($"No value named '{name}' (a #!value --name {name} cell must run first). Values stored: {known}.");
    }
}
