#:project ../src/Analysenotater/Analysenotater.csproj

// A .NET 10 file-based app: the core library without the notebook engine.
// Run from the repository root:  dotnet run examples/rapport.cs
// With a data file (a KoRus 2017 CSV, for example data-samples/korus-2017/korus-2017-synthetic.csv):
//   dotnet run examples/rapport.cs -- data-samples/korus-2017/korus-2017-synthetic.csv
using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Reporting;

var instrument = KnownInstruments.KoRus2017;

// Table 1: the instrument's indicators (always available: the instrument is embedded in the library).
var indikatorer = new ReportTableBuilder($"Indikatorer i {instrument.Id}", "Indikator", "Antall spørsmål", "Regel");
foreach (var indicator in instrument.Indicators)
{
    indikatorer.Row(ReportCell.FromText(indicator.Name), ReportCell.FromCount(indicator.ItemIds.Count), ReportCell.FromText(indicator.Rule));
}

Console.WriteLine(indikatorer.Note("Fra spørreskjemafilen som følger med biblioteket.").Build().ToText());

// Table 2 (when a data file is given): valid answers per indicator item.
if (args.Length > 0)
{
    var (data, report) = SurveyCsvReader.Read(args[0], instrument);
    var n = new ReportTableBuilder($"Gyldige svar ({Path.GetFileName(args[0])}, {data.RowCount} respondenter)", "Spørsmål", "n", "Andel");
    foreach (var id in instrument.Indicators.SelectMany(i => i.ItemIds).Distinct().Where(data.HasColumn))
    {
        var valid = data.ValidN(id);
        n.Row(ReportCell.FromText(instrument.GetItem(id).DisplayLabel), ReportCell.FromCount(valid), ReportCell.FromPercent(100.0 * valid / data.RowCount));
    }

    Console.WriteLine(n.Note($"{report.Issues.Count} merknader ved import.").Build().ToText());
}
