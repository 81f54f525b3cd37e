using System.Globalization;
using Analysenotater.Instruments;

namespace Analysenotater.Studies;

/// <summary>
/// Municipality number → name, size group and county, read from a CSV file (comma, semicolon or tab; a header line
/// naming the columns, in this order: number, name, size group, county — extra columns are ignored). Used by a
/// study to derive the size group (or name, county) from the municipality column, and to show municipality names
/// instead of numbers wherever the municipality is a grouping. National tables ship with the library
/// (<see cref="BuiltInIds"/>): every municipality number with its name and county from Statistics Norway's
/// classification 131, without size group (that depends on population and a study's cut-offs; give it in the
/// study's own table).
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

    /// <summary>
    /// The national tables shipped with the library: «norge-2017» (426 municipalities, numbering valid 2017, before the
    /// 2018–2020 mergers) and «norge-2026» (357 municipalities, valid 2026-01-01); «norge-gjeldende» names the newest.
    /// Sources, licence and the producing script: <c>src/Analysenotater/Studies/Resources/README.md</c>.
    /// </summary>
    public static IReadOnlyList<string> BuiltInIds { get; } = ["norge-2017", "norge-2026", "norge-gjeldende"];

    /// <summary>A national table shipped with the library (see <see cref="BuiltInIds"/>).</summary>
    /// <exception cref="KeyNotFoundException">No built-in table has this id; the message lists the ids.</exception>
    public static MunicipalityTable BuiltIn(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var file = id.Trim().ToLowerInvariant() switch
        {
            "norge-2017" => "kommuner-norge-2017.csv",
            "norge-2026" or "norge-gjeldende" => "kommuner-norge-2026.csv",
            _ => throw new KeyNotFoundException($"No built-in municipality table '{id}'. Built-in tables: {string.Join(", ", BuiltInIds)}; or give the path of a CSV file (number, name, size group, county)."),
        };
        return Parse(KnownInstruments.ReadEmbeddedText(file), "innebygd:" + id.Trim().ToLowerInvariant());
    }

    /// <summary>A built-in table by id (<see cref="BuiltInIds"/>), else the CSV file at <paramref name="idOrPath"/> (relative to <paramref name="directory"/>).</summary>
    /// <exception cref="FileNotFoundException">Not a built-in id and no such file; the message lists the built-in ids.</exception>
    /// <exception cref="FormatException">The file has a malformed line; the message names file, line and value.</exception>
    public static MunicipalityTable Resolve(string idOrPath, string directory = ".")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrPath);
        if (BuiltInIds.Contains(idOrPath.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return BuiltIn(idOrPath);
        }

        var path = Path.GetFullPath(Path.Combine(directory ?? ".", idOrPath));
        return File.Exists(path)
            ? Load(path)
            : throw new FileNotFoundException($"No such municipality table: {path} (built-in tables: {string.Join(", ", BuiltInIds)}).", path);
    }

    /// <summary>
    /// Names for the municipality numbers given, in ascending number order (group order): numbers the table lacks are
    /// left out (they show as numbers). A name that two of the numbers share gets its number added, «Våler (0137)».
    /// </summary>
    public IReadOnlyDictionary<int, string> NamesOf(IEnumerable<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var found = numbers.Distinct().Order().Select(Find).OfType<MunicipalityEntry>().ToList();
        var shared = found.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new OrderedLabels([.. found.Select(e => new KeyValuePair<int, string>(e.Number,
            shared.Contains(e.Name) ? string.Create(CultureInfo.InvariantCulture, $"{e.Name} ({e.Number:0000})") : e.Name))]);
    }

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
