using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// Whether a dataset is the KoRus 2017 data the printed report describes, judged from the data against the
/// report's own sample facts (Forord and Vedlegg 3 Tabell 1: respondents, municipalities, respondents per size
/// group) and the import report. Notebooks show a comparison with the printed numbers only when <see cref="Applies"/>;
/// otherwise <see cref="Message"/> says that the comparison is skipped and why (worked out from the file).
/// </summary>
public sealed class PrintedReportCheck
{
    private PrintedReportCheck(bool applies, IReadOnlyList<string> differences)
    {
        Applies = applies;
        Differences = differences;
    }

    /// <summary>True when the data match the printed report's sample (same n, municipalities, n per size group, no import errors).</summary>
    public bool Applies { get; }

    /// <summary>How the data differ from the printed report's sample (empty when <see cref="Applies"/>).</summary>
    public IReadOnlyList<string> Differences { get; }

    /// <summary>One sentence: the comparison is shown, or skipped and why.</summary>
    public string Message => Applies
        ? "Dataene har samme utvalg som den trykte KoRus 2017-rapporten (respondenter, kommuner og størrelsesgrupper): sammenligningen med de trykte tallene vises."
        : "Sammenligningen med den trykte KoRus 2017-rapporten er hoppet over: " + string.Join("; ", Differences) + ". De trykte tallene gjelder et annet datasett og vises derfor ikke.";

    /// <summary>Checks <paramref name="data"/> (and, when given, its import report) against the printed report's sample.</summary>
    public static PrintedReportCheck Of(SurveyDataset data, ValidationReport? report = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var facts = ResourceCsv.LoadEmbedded("korus2017-published-study_facts.csv");
        var bySize = ResourceCsv.LoadEmbedded("korus2017-published-sample_by_size.csv");
        int Fact(string key) => int.Parse(facts.Get(facts.Rows.First(r => facts.Get(r, "key") == key), "value"), CultureInfo.InvariantCulture);
        var differences = new List<string>();
        var gate = new ReproductionDisclosure(data);
        if (data.Instrument?.Id != "korus-2017")
        {
            differences.Add($"instrumentet er {data.Instrument?.Id ?? "ukjent"}, ikke korus-2017");
        }

        var n = Fact("n_respondents");
        if (data.RowCount != n)
        {
            differences.Add($"fila har {data.RowCount} respondenter, rapporten {n}");
        }

        var municipality = data.Roles.Municipality;
        if (municipality is null || !data.HasColumn(municipality))
        {
            differences.Add("fila har ingen kommunekolonne");
        }
        else
        {
            var count = Enumerable.Range(0, data.RowCount).Where(i => !data[municipality].IsEmpty(i)).Select(i => data[municipality].FormatInvariant(i)).Distinct().Count();
            var printed = Fact("n_municipalities");
            if (count != printed)
            {
                differences.Add($"fila har {count} kommuner, rapporten {printed}");
            }
        }

        var size = data.Roles.SizeGroup;
        if (size is not null && data.HasColumn(size))
        {
            foreach (var (letter, code, label) in new[] { ("L", "1", "små"), ("M", "2", "mellomstore"), ("S", "3", "store") })
            {
                var printedRow = bySize.Rows.FirstOrDefault(r => bySize.Get(r, "size_group") == letter && bySize.Get(r, "statistic") == "N");
                if (printedRow is null)
                {
                    continue;
                }

                var printed = int.Parse(bySize.Get(printedRow, "value"), CultureInfo.InvariantCulture);
                var actual = Enumerable.Range(0, data.RowCount).Count(i => data[size].FormatInvariant(i) == code);
                if (actual != printed)
                {
                    // A size group below the disclosure rule (or one that would give it away) is named, not counted.
                    differences.Add(gate.LevelOf(size, code) >= Disclosure.DisclosureLevel.MeansOnly
                        ? $"{actual} respondenter i {label} kommuner, rapporten {printed}"
                        : $"antallet respondenter i {label} kommuner er skjult (personvern), rapporten {printed}");
                }
            }
        }

        if (report is not null && report.HasErrors)
        {
            differences.Add($"inndata har {report.Errors.Count()} feil (celler lest som ubesvart)");
        }

        return new PrintedReportCheck(differences.Count == 0, differences);
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
