using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Analysenotater.Studies;

/// <summary>Code → label that enumerates in the order written in the study file (group order), with dictionary lookup.</summary>
internal sealed class OrderedLabels(IReadOnlyList<KeyValuePair<int, string>> pairs) : IReadOnlyDictionary<int, string>
{
    private readonly Dictionary<int, string> _map = pairs.ToDictionary(p => p.Key, p => p.Value);

    public string this[int key] => _map[key];

    public IEnumerable<int> Keys => pairs.Select(p => p.Key);

    public IEnumerable<string> Values => pairs.Select(p => p.Value);

    public int Count => pairs.Count;

    public bool ContainsKey(int key) => _map.ContainsKey(key);

    public IEnumerator<KeyValuePair<int, string>> GetEnumerator() => pairs.GetEnumerator();

    public bool TryGetValue(int key, [MaybeNullWhen(false)] out string value) => _map.TryGetValue(key, out value);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
