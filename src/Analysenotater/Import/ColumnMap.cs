using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Analysenotater.Instruments;

namespace Analysenotater.Import;

/// <summary>
/// Maps the headers of a data file to an instrument's item ids: <see cref="Auto"/> matches item ids, question numbers
/// («1. Kjønn:»), verbatim question texts (normalised, or their beginning when the export truncates them) and, for a
/// header nothing else explains, the column's values against the items' answer labels; <see cref="FromFile"/> reads
/// a mapping file (header → item id). Every header gets a <see cref="ColumnMatch"/> saying how; a header that
/// several items fit is reported as ambiguous and never guessed.
/// </summary>
public static partial class ColumnMap
{
    /// <summary>The shortest normalised text accepted as the beginning of a question text.</summary>
    public const int MinimumPrefixLength = 12;

    /// <summary>Matches every header to the instrument.</summary>
    /// <param name="instrument">The instrument whose items the file holds.</param>
    /// <param name="headers">The headers in file order.</param>
    /// <param name="values">Optional: the distinct non-empty cell texts of each header (same order), for matching by answer labels.</param>
    /// <param name="roleColumns">Headers that are respondent columns of the study (never mapped to items).</param>
    /// <returns>One match per header, in file order.</returns>
    public static ColumnMapResult Auto(Instrument instrument, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyCollection<string>>? values = null,
        IReadOnlyCollection<string>? roleColumns = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(headers);
        var roles = new HashSet<string>(roleColumns ?? [], StringComparer.OrdinalIgnoreCase);
        var first = new List<ColumnMatch>(headers.Count);
        for (var h = 0; h < headers.Count; h++)
        {
            var header = headers[h] ?? "";
            first.Add(roles.Contains(header.Trim()) && !instrument.HasItem(header.Trim())
                ? new ColumnMatch(header, null, ColumnMatchMethod.Role, "navngitt som rolle i studiebeskrivelsen")
                : MatchOne(instrument, header, values is not null && h < values.Count ? values[h] : null));
        }

        return new ColumnMapResult("auto", ResolveDuplicates(first));
    }

    /// <summary>
    /// Reads a mapping file and checks it against the instrument and the headers. The file is JSON
    /// (<c>{"Spm 9": "q9", …}</c>) or CSV/TSV with two columns (header, item id; a first line «kolonne,sporsmal» or
    /// similar is skipped when its second cell is no item id). Headers the file does not name keep their own name
    /// when it is an item id (any letter case).
    /// </summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="FormatException">The file is not a mapping, or names an item the instrument lacks (the message names file, line and value).</exception>
    public static ColumnMapResult FromFile(string path, Instrument instrument, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(headers);
        var map = ReadFile(path);
        foreach (var (header, item) in map)
        {
            if (!instrument.HasItem(item.Value))
            {
                throw new FormatException($"{path}, line {item.Line}: «{header}» is mapped to «{item.Value}», which is not an item of instrument '{instrument.Id}'.");
            }
        }

        var matches = headers.Select(h => map.TryGetValue(h.Trim(), out var m)
                ? new ColumnMatch(h, m.Value, ColumnMatchMethod.MappingFile, $"{Path.GetFileName(path)} linje {m.Line.ToString(CultureInfo.InvariantCulture)}")
                : instrument.HasItem(h.Trim()) ? new ColumnMatch(h, h.Trim(), ColumnMatchMethod.ItemId, "overskriften er spørsmåls-id")
                : instrument.Items.FirstOrDefault(i => string.Equals(i.Id, h.Trim(), StringComparison.OrdinalIgnoreCase)) is { } ci
                    ? new ColumnMatch(h, ci.Id, ColumnMatchMethod.ItemIdIgnoringCase, "overskriften er spørsmåls-id med annen skrivemåte")
                : new ColumnMatch(h, null, ColumnMatchMethod.Unmatched, "ikke i kolonnekartfila"))
            .ToList();
        return new ColumnMapResult(path, ResolveDuplicates(matches));
    }

    /// <summary>The text used to compare headers and question texts: lower case, letters and digits only, single spaces.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    private static ColumnMatch MatchOne(Instrument instrument, string header, IReadOnlyCollection<string>? values)
    {
        var head = header.Trim();
        if (head.Length == 0)
        {
            return new ColumnMatch(header, null, ColumnMatchMethod.Unmatched, "tom overskrift");
        }

        if (instrument.HasItem(head))
        {
            return new ColumnMatch(header, head, ColumnMatchMethod.ItemId, "overskriften er spørsmåls-id");
        }

        if (instrument.Items.FirstOrDefault(i => string.Equals(i.Id, head, StringComparison.OrdinalIgnoreCase)) is { } byCase)
        {
            return new ColumnMatch(header, byCase.Id, ColumnMatchMethod.ItemIdIgnoringCase, "overskriften er spørsmåls-id med annen skrivemåte");
        }

        var items = instrument.Items;
        var number = NumberPrefix().Match(head);
        if (number.Success)
        {
            var num = number.Groups["n"].Value.Replace(',', '.').TrimEnd('.');
            var rest = Normalise(number.Groups["rest"].Value);
            var withNumber = items.Where(i => i.Number == num).ToList();
            if (withNumber.Count == 1 && (rest.Length == 0 || TextFits(withNumber[0], rest)))
            {
                return new ColumnMatch(header, withNumber[0].Id, ColumnMatchMethod.Number, $"nummer {num}" + (rest.Length > 0 ? ", tekst stemmer" : ""));
            }

            if (withNumber.Count > 1)
            {
                var fitting = withNumber.Where(i => TextFits(i, rest)).ToList();
                var exact = fitting.Where(i => TextsOf(i).Contains(rest)).ToList();
                if (exact.Count == 1 || fitting.Count == 1)
                {
                    var pick = exact.Count == 1 ? exact[0] : fitting[0];
                    return new ColumnMatch(header, pick.Id, ColumnMatchMethod.NumberAndText, $"nummer {num} har {withNumber.Count} spørsmål; teksten peker ut {pick.Id}");
                }

                if (fitting.Count == 0 && rest.Length > 0 && ByText(items, rest) is { } viaText)
                {
                    return viaText with { Header = header };
                }

                return Ambiguous(header, fitting.Count > 1 ? fitting : withNumber, $"nummer {num}");
            }
        }

        var text = Normalise(head);
        if (ByText(items, text) is { } m)
        {
            return m with { Header = header };
        }

        if (values is { Count: > 0 } && ByLabels(instrument, values) is { } byLabels)
        {
            return byLabels with { Header = header };
        }

        return new ColumnMatch(header, null, ColumnMatchMethod.Unmatched, "ingen spørsmåls-id, nummer eller tekst passer");
    }

    private static ColumnMatch? ByText(IReadOnlyList<Item> items, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var exact = items.Where(i => TextsOf(i).Contains(text)).ToList();
        if (exact.Count == 1)
        {
            return new ColumnMatch("", exact[0].Id, ColumnMatchMethod.Text, "spørsmålsteksten er lik");
        }

        if (exact.Count > 1)
        {
            return Ambiguous("", exact, "samme tekst");
        }

        if (text.Length < MinimumPrefixLength)
        {
            return null;
        }

        var prefix = items.Where(i => TextsOf(i).Any(t => t.StartsWith(text, StringComparison.Ordinal))).ToList();
        return prefix.Count switch
        {
            1 => new ColumnMatch("", prefix[0].Id, ColumnMatchMethod.TextPrefix, "overskriften er begynnelsen av spørsmålsteksten"),
            > 1 => Ambiguous("", prefix, "begynnelsen av teksten"),
            _ => null,
        };
    }

    private static ColumnMatch? ByLabels(Instrument instrument, IReadOnlyCollection<string> values)
    {
        var texts = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (texts.Count == 0 || texts.All(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var fits = instrument.Items.Where(i => i.ScaleId is not null && instrument.ScaleOf(i.Id) is { } s
                && texts.All(t => s.FindByLabel(t) is not null || (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) && s.Find(c) is not null)))
            .ToList();
        return fits.Count switch
        {
            1 => new ColumnMatch("", fits[0].Id, ColumnMatchMethod.ValueLabels, $"alle {texts.Count} ulike verdier er svaralternativer bare på {fits[0].Id}"),
            > 1 => Ambiguous("", fits, $"verdiene passer svarskalaen til {fits.Count} spørsmål"),
            _ => null,
        };
    }

    private static bool TextFits(Item item, string rest) =>
        rest.Length == 0 || TextsOf(item).Any(t => t == rest || (rest.Length >= MinimumPrefixLength && t.StartsWith(rest, StringComparison.Ordinal)) || (t.Length >= MinimumPrefixLength && rest.StartsWith(t, StringComparison.Ordinal)));

    private static HashSet<string> TextsOf(Item item)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { Normalise(item.Text) };
        if (item.ShortLabel is { } s)
        {
            set.Add(Normalise(s));
        }

        if (item.Stem is { } stem)
        {
            set.Add(Normalise(stem + " " + item.Text));
        }

        set.Remove("");
        return set;
    }

    private static ColumnMatch Ambiguous(string header, IReadOnlyList<Item> candidates, string why) =>
        new(header, null, ColumnMatchMethod.Ambiguous, $"{why}: passer {string.Join(", ", candidates.Take(8).Select(i => i.Id))}{(candidates.Count > 8 ? " …" : "")}");

    private static List<ColumnMatch> ResolveDuplicates(List<ColumnMatch> matches)
    {
        var byItem = matches.Where(m => m.ItemId is not null).GroupBy(m => m.ItemId!, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Header).ToList(), StringComparer.Ordinal);
        return [.. matches.Select(m => m.ItemId is { } id && byItem.TryGetValue(id, out var heads)
            ? new ColumnMatch(m.Header, null, ColumnMatchMethod.Ambiguous, $"{heads.Count} kolonner passer {id} ({string.Join(" | ", heads)}); ingen er koblet")
            : m)];
    }

    private static Dictionary<string, (string Value, int Line)> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such column map file: {path}", path);
        }

        var text = File.ReadAllText(path);
        var map = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        if (text.TrimStart().StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
                var line = 1;
                foreach (var p in doc.RootElement.EnumerateObject())
                {
                    line++;
                    if (p.Value.ValueKind != JsonValueKind.String)
                    {
                        throw new FormatException($"{path}: «{p.Name}» must map to an item id written as text, found {p.Value.GetRawText()}.");
                    }

                    map[p.Name.Trim()] = (p.Value.GetString()!.Trim(), line);
                }
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}: not valid JSON ({e.Message}).", e);
            }

            return map;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i].Trim();
            if (l.Length == 0 || l.StartsWith('#'))
            {
                continue;
            }

            var sep = l.Contains('\t', StringComparison.Ordinal) ? '\t' : l.Contains(';', StringComparison.Ordinal) ? ';' : ',';
            var cut = l.LastIndexOf(sep);
            if (cut <= 0)
            {
                throw new FormatException($"{path}, line {i + 1}: expected «header{sep}item id», found «{l}».");
            }

            var header = l[..cut].Trim().Trim('"');
            var item = l[(cut + 1)..].Trim().Trim('"');
            if (i == 0 && map.Count == 0 && (item.Equals("sporsmal", StringComparison.OrdinalIgnoreCase) || item.Equals("spørsmål", StringComparison.OrdinalIgnoreCase) || item.Equals("item", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            map[header] = (item, i + 1);
        }

        return map;
    }

    [GeneratedRegex(@"^\s*(?:spm\.?\s*|spørsmål\s*)?(?<n>\d+(?:[.,]\d+)*[a-z]?)\s*[.):]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();
}
