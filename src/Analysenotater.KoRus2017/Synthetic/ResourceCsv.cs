using System.Text;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Reads the small RFC 4180 CSV files embedded under <c>Resources/</c> (comma separated, double-quoted fields,
/// first line is the header), parsed by Sep through <see cref="Import.SeparatedText"/>. Used for the published KoRus 2017 numbers and the generator's stated assumptions.
/// </summary>
internal sealed class ResourceCsv
{
    private readonly Dictionary<string, int> _index;

    private ResourceCsv(string name, string[] header, List<string[]> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            _index[header[i]] = i;
        }
    }

    public string Name { get; }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public string Get(string[] row, string column) =>
        _index.TryGetValue(column, out var i)
            ? (i < row.Length ? row[i] : "")
            : throw new InvalidDataException($"{Name}: no column '{column}' (columns: {string.Join(", ", Header)}).");

    public bool HasColumn(string column) => _index.ContainsKey(column);

    public static ResourceCsv LoadEmbedded(string fileName)
    {
        var asm = typeof(ResourceCsv).Assembly;
        using var stream = asm.GetManifestResourceStream("Analysenotater.KoRus2017.Resources." + fileName)
            ?? throw new FileNotFoundException($"No embedded resource named '{fileName}'.", fileName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), fileName);
    }

    public static ResourceCsv Parse(string text, string name)
    {
        var records = Import.SeparatedText.ReadRecords(text, ',', name);
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{name}: the file is empty.");
        }

        return new ResourceCsv(name, [.. records[0]], records.Skip(1).Where(r => r.Count > 1 || r[0].Length > 0).Select(r => r.ToArray()).ToList());
    }
}
