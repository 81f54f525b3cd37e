using Analysenotater.Reporting;

namespace Analysenotater.Import;

/// <summary>
/// The outcome of matching a file's headers to an instrument (<see cref="ColumnMap.Auto"/> or a mapping file): one
/// <see cref="ColumnMatch"/> per header in file order, with the ambiguous and unmatched ones listed separately.
/// Renders as a table of every header, the item it maps to and how. Use <see cref="Map"/> as <see cref="ImportOptions.ColumnMap"/>.
/// </summary>
public sealed class ColumnMapResult : Result
{
    /// <summary>Creates the result from matches in file order.</summary>
    public ColumnMapResult(string source, IReadOnlyList<ColumnMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        Source = source ?? "";
        Matches = matches;
        Map = matches.Where(m => m.ItemId is not null && m.Header != m.ItemId)
            .ToDictionary(m => m.Header, m => m.ItemId!, StringComparer.Ordinal);
    }

    /// <summary>Where the mapping came from («auto» or the mapping file's path).</summary>
    public string Source { get; }

    /// <summary>Every header in file order.</summary>
    public IReadOnlyList<ColumnMatch> Matches { get; }

    /// <summary>Header → item id for the headers that differ from their item id (the <see cref="ImportOptions.ColumnMap"/>).</summary>
    public IReadOnlyDictionary<string, string> Map { get; }

    /// <summary>Headers that several items fit: not mapped, never guessed.</summary>
    public IReadOnlyList<ColumnMatch> Ambiguous => [.. Matches.Where(m => m.Method == ColumnMatchMethod.Ambiguous)];

    /// <summary>Headers that no item fits (and that are no study role).</summary>
    public IReadOnlyList<ColumnMatch> Unmatched => [.. Matches.Where(m => m.Method == ColumnMatchMethod.Unmatched)];

    /// <summary>The table: header, item, method, evidence.</summary>
    public override ReportTable Summary()
    {
        var b = new ReportTableBuilder($"Kolonnekart ({Source})", "Kolonne i fila", "Spørsmål", "Hvordan", "Grunnlag");
        foreach (var m in Matches)
        {
            b.Row(ReportCell.FromText(m.Header), ReportCell.FromText(m.ItemId ?? "–"), ReportCell.FromText(MethodText(m.Method)), ReportCell.FromText(m.Detail));
        }

        var items = Matches.Count(m => m.IsItem);
        b.Note($"{items} av {Matches.Count} kolonner koblet til spørsmål; {Ambiguous.Count} tvetydige og {Unmatched.Count} uten treff (lest etter innhold, ikke gjettet).");
        return b.Build();
    }

    /// <summary>The method in Norwegian words.</summary>
    public static string MethodText(ColumnMatchMethod method) => method switch
    {
        ColumnMatchMethod.ItemId => "spørsmåls-id",
        ColumnMatchMethod.ItemIdIgnoringCase => "spørsmåls-id (annen skrivemåte)",
        ColumnMatchMethod.MappingFile => "kolonnekartfil",
        ColumnMatchMethod.Number => "spørsmålsnummer",
        ColumnMatchMethod.NumberAndText => "nummer og tekst",
        ColumnMatchMethod.Text => "spørsmålstekst",
        ColumnMatchMethod.TextPrefix => "begynnelsen av spørsmålsteksten",
        ColumnMatchMethod.ValueLabels => "svarverdiene er svaralternativer",
        ColumnMatchMethod.Role => "bakgrunnsvariabel i studien",
        ColumnMatchMethod.Ambiguous => "TVETYDIG – ikke koblet",
        _ => "ingen treff – lest etter innhold",
    };
}
