namespace Analysenotater.Reports.Content;

/// <summary>
/// Turns a flat header whose columns are «category group» pairs (for example «I noen grad Liten %», «I noen grad
/// Stor %», «Antall svar Liten») into two header rows, group on top and categories below, with the columns reordered
/// group by group, as printed reports do. Headers without such a pattern are kept as they are.
/// </summary>
public static class TableShaper
{
    /// <summary>Tables with more columns than this go on a landscape page.</summary>
    public const int PortraitColumns = 8;

    /// <summary>The width of the portrait A4 text column in CSS pixels (180 mm at 96 px per inch).</summary>
    public const double PortraitWidthPx = 180 * 96 / 25.4;

    /// <summary>An estimate of the narrowest width a table can be printed at without breaking a word (9 pt text): per
    /// column the longest word of its header and body cells (a number cell is not broken at all) at 7.5 px per character,
    /// plus padding and rule. Columns of a spanning header cell are not counted from that cell.</summary>
    /// <param name="headerRows">The header rows.</param>
    /// <param name="rows">The body rows.</param>
    /// <returns>The estimated minimum width in CSS pixels.</returns>
    public static double MinimumWidthPx(IReadOnlyList<IReadOnlyList<TableCell>> headerRows, IReadOnlyList<IReadOnlyList<TableCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(headerRows);
        ArgumentNullException.ThrowIfNull(rows);
        var longest = new Dictionary<int, int>();
        void Measure(IReadOnlyList<TableCell> row)
        {
            var column = 0;
            foreach (var cell in row)
            {
                if (cell.ColumnSpan == 1)
                {
                    var chars = cell.Numeric ? cell.Text.Length : cell.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
                    longest[column] = Math.Max(longest.GetValueOrDefault(column), chars);
                }

                column += cell.ColumnSpan;
            }
        }

        foreach (var row in headerRows.Concat(rows))
        {
            Measure(row);
        }

        return longest.Values.Sum(chars => (chars * 7.5) + 12);
    }

    /// <summary>Reshapes <paramref name="header"/> and <paramref name="rows"/> when the header has the pattern.</summary>
    /// <param name="header">The flat header, one text per column.</param>
    /// <param name="rows">The body rows.</param>
    /// <returns>The header rows and the (possibly reordered) body rows.</returns>
    public static (IReadOnlyList<IReadOnlyList<TableCell>> Header, IReadOnlyList<IReadOnlyList<TableCell>> Rows) Shape(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<TableCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var flat = (IReadOnlyList<IReadOnlyList<TableCell>>)[[.. header.Select(h => new TableCell(h))]];
        var split = Split(header);
        if (split is null || rows.Any(r => r.Count != header.Count))
        {
            return (flat, rows);
        }

        // Leading columns without a group (row labels) stay first; then group by group, categories in first-seen order.
        var lead = Enumerable.Range(0, header.Count).Where(i => split[i].Group is null).ToList();
        var groups = split.Where(s => s.Group is not null).Select(s => s.Group!).Distinct().ToList();
        var order = new List<int>(lead);
        foreach (var g in groups)
        {
            order.AddRange(Enumerable.Range(0, header.Count).Where(i => split[i].Group == g));
        }

        var top = new List<TableCell>();
        var bottom = new List<TableCell>();
        foreach (var i in lead)
        {
            top.Add(new TableCell(""));
            bottom.Add(new TableCell(header[i]));
        }

        foreach (var g in groups)
        {
            var members = Enumerable.Range(0, header.Count).Where(i => split[i].Group == g).ToList();
            top.Add(new TableCell(g, members.Count));
            bottom.AddRange(members.Select(i => new TableCell(split[i].Category)));
        }

        var reordered = rows.Select(r => (IReadOnlyList<TableCell>)[.. order.Select(i => r[i])]).ToList();
        return ([top, bottom], reordered);
    }

    private static (string? Group, string Category)[]? Split(IReadOnlyList<string> header)
    {
        if (header.Count < 5)
        {
            return null;
        }

        // Candidate group names: the last word of each header (with a trailing «%» kept on the category side).
        var parts = header.Select(h =>
        {
            var text = h.Trim();
            var unit = text.EndsWith(" %", StringComparison.Ordinal) ? " %" : "";
            var core = text[..^unit.Length];
            var space = core.LastIndexOf(' ');
            return space <= 0 ? (Group: (string?)null, Category: text) : (Group: core[(space + 1)..], Category: core[..space] + unit);
        }).ToArray();
        var counts = parts.Where(p => p.Group is not null).GroupBy(p => p.Group!).ToDictionary(g => g.Key, g => g.Count());
        var repeated = counts.Where(kv => kv.Value >= 2).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        if (repeated.Count < 2)
        {
            return null;
        }

        var result = parts.Select(p => p.Group is not null && repeated.Contains(p.Group) ? p : (Group: (string?)null, Category: p.Group is null ? p.Category : p.Category + " " + p.Group)).ToArray();
        var grouped = result.Count(r => r.Group is not null);
        // Every grouped column must come after the ungrouped lead, and each group must hold the same categories.
        var firstGrouped = Array.FindIndex(result, r => r.Group is not null);
        if (grouped < 4 || result.Skip(firstGrouped).Any(r => r.Group is null))
        {
            return null;
        }

        var categorySets = result.Where(r => r.Group is not null)
            .GroupBy(r => r.Group ?? "", StringComparer.Ordinal)
            .Select(g => string.Join("|", g.Select(x => x.Category)))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return categorySets == 1 ? result : null;
    }
}
