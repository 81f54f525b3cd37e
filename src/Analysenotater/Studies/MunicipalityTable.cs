using System.Globalization;

namespace Analysenotater.Studies;

/// <summary>
/// Municipality number → name, size group and county, read from a CSV file (comma, semicolon or tab; a header line
/// naming the columns, in this order: number, name, size group, county — extra columns are ignored). Used by a
/// study to derive the size group (or name, county) from the municipality column.
/// </summary>
public sealed class MunicipalityTable
{
    private readonly Dictionary<int, MunicipalityEntry> _byNumber;

    /// <summary>Creates a table.</summary>
    /// <exception cref="ArgumentException">A number appears twice.</exception>
    public MunicipalityTable(string source, IReadOnlyList<MunicipalityEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Source = source ?? "";
        Entries = entries;
        _byNumber = [];
        foreach (var e in entries)
        {
            if (!_byNumber.TryAdd(e.Number, e))
            {
                throw new ArgumentException($"{Source}: municipality number {e.Number} appears twice.", nameof(entries));
            }
        }
    }

    /// <summary>The file it was read from.</summary>
    public string Source { get; }

    /// <summary>Every municipality in file order.</summary>
    public IReadOnlyList<MunicipalityEntry> Entries { get; }

    /// <summary>The municipality with this number, or null.</summary>
    public MunicipalityEntry? Find(int number) => _byNumber.GetValueOrDefault(number);

    /// <summary>Reads a table from a CSV file.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="FormatException">A line is not «number, name, size group[, county]»; the message names file, line and value.</exception>
    public static MunicipalityTable Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such municipality table: {path}", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses a table from CSV text; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="FormatException">A line is malformed; the message names source, line and value.</exception>
    public static MunicipalityTable Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var entries = new List<MunicipalityEntry>();
        char? sep = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            sep ??= line.Contains('\t', StringComparison.Ordinal) ? '\t' : line.Contains(';', StringComparison.Ordinal) ? ';' : ',';
            var cells = line.Split(sep.Value).Select(c => c.Trim().Trim('"')).ToArray();
            if (!int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                if (entries.Count == 0)
                {
                    continue; // the header line
                }

                throw new FormatException($"{source}, line {i + 1}: «{cells[0]}» is not a municipality number.");
            }

            if (cells.Length < 3)
            {
                throw new FormatException($"{source}, line {i + 1}: expected number, name, size group[, county]; found «{line}».");
            }

            entries.Add(new MunicipalityEntry(number, cells[1], cells[2], cells.Length > 3 ? cells[3] : ""));
        }

        return new MunicipalityTable(source, entries);
    }
}
