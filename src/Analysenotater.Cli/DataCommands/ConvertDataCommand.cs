using Analysenotater.Export;
using Analysenotater.Spss;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater convert-data in out</c>: reads any survey data file (.csv/.tsv/.txt/.xlsx/.sav/.zsav) and
/// writes .csv (<see cref="SurveyCsvWriter"/>), .xlsx (<see cref="SurveyXlsxWriter"/>) or .sav/.zsav
/// (<see cref="SpssExport"/>: variable and value labels and user-missing codes from the instrument).
/// </summary>
internal sealed class ConvertDataCommand : ICliCommand
{
    private static readonly string[] ValueOptions = ["--instrument", "--study", "--map"];
    private static readonly string[] Flags = ["--strict", "--force"];
    private static readonly string[] WritableExtensions = [".csv", ".xlsx", ".sav", ".zsav"];

    public string Name => "convert-data";

    public string Usage => "convert-data <in.csv|.xlsx|.sav|.zsav> <out.csv|.xlsx|.sav|.zsav> [--instrument korus-2017|ks-psykisk-helse-rus|path.json|auto|none] [--study path.json|korus-2017|auto|none] [--map path.json|path.csv|auto] [--strict] [--force]";

    public string Summary => "Converts survey data between CSV, Excel and SPSS .sav/.zsav (labels and user-missing values go into the SPSS file); --force overwrites.";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        var a = DataArguments.Parse(args, ValueOptions, Flags);
        if (a.Positional.Count != 2)
        {
            throw new CliUsageException("convert-data needs an input and an output file.");
        }

        var (from, to) = (a.Positional[0], a.Positional[1]);
        var outExt = Path.GetExtension(to).ToLowerInvariant();
        if (!WritableExtensions.Contains(outExt))
        {
            throw new CliUsageException($"{to}: convert-data writes {string.Join(", ", WritableExtensions)}.");
        }

        if (string.Equals(Path.GetFullPath(from), Path.GetFullPath(to), StringComparison.Ordinal))
        {
            throw new CliUsageException("the input and output are the same file.");
        }

        if (File.Exists(to) && !a.Flag("--force"))
        {
            throw new CliUsageException($"{to} exists; use --force to overwrite it.");
        }

        return Task.FromResult(DataCommandErrors.Guard(Name, context, () =>
        {
            var (data, report) = SurveyDataInput.Read(from, a.Value("--instrument"), a.Value("--study"), a.Value("--map"), context);
            if (SurveyDataInput.ReportIssues(report, a.Flag("--strict"), context))
            {
                return 1;
            }

            switch (outExt)
            {
                case ".csv":
                    SurveyCsvWriter.Write(data, to);
                    break;
                case ".xlsx":
                    SurveyXlsxWriter.Write(data, to);
                    break;
                default:
                    SpssExport.Write(data, to);
                    break;
            }

            context.Out.WriteLine($"wrote {to} ({data.RowCount} respondents × {data.Columns.Count} variables)");
            return 0;
        }));
    }
}
