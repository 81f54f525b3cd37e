using System.Text;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Reads the small RFC 4180 CSV files embedded under <c>Resources/</c> (comma separated, double-quoted fields,
/// first line is the header). Used for the published KoRus 2017 numbers and the generator's stated assumptions.
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
        var records = new List<string[]>();
        var field = new StringBuilder();
        var record = new List<string>();
        var inQuotes = false;
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add([.. record]);
                    record.Clear();
                    line++;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new InvalidDataException($"{name}: unterminated quoted field at line {line}.");
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add([.. record]);
        }

        if (records.Count == 0)
        {
            throw new InvalidDataException($"{name}: the file is empty.");
        }

        return new ResourceCsv(name, records[0], records.Skip(1).Where(r => r.Length > 1 || r[0].Length > 0).ToList());
    }
}
