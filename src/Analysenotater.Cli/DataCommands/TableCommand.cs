using Analysenotater.Tables;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater table &lt;datafile&gt; &lt;item&gt;</c>: a frequency table of one item, optionally by one or two
/// grouping columns, recoded and with the chosen denominator. Disclosure control is always the library default
/// (<see cref="Analysenotater.Disclosure.AnalysisContext.Default"/>): small groups show «*».
/// </summary>
internal sealed class TableCommand : ICliCommand
{
    private static readonly string[] ValueOptions = ["--by", "--then-by", "--recode", "--denominator", "--decimals", "--instrument", "--format", "--output", "--study", "--map"];
    private static readonly string[] Flags = ["--strict"];

    public string Name => "table";

    public string Usage => "table <datafile> <item> [--by column] [--then-by column] [--recode korus3|topbox|hscl2] [--denominator valid|valid+na] [--decimals n] [--instrument …] [--study path.json|auto|none] [--map path|auto] [--strict] [--format text|markdown|html|csv] [--output file]";

    public string Summary => "Prints the frequency table of one item (by groups, recoded), with disclosure control: suppressed groups show «*».";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        var a = DataArguments.Parse(args, ValueOptions, Flags);
        if (a.Positional.Count != 2)
        {
            throw new CliUsageException("table needs a data file and an item (column) name.");
        }

        if (a.Value("--then-by") is not null && a.Value("--by") is null)
        {
            throw new CliUsageException("--then-by needs --by.");
        }

        var options = new FrequencyOptions
        {
            Recode = a.Value("--recode")?.ToLowerInvariant() switch
            {
                null => null,
                _ when a.Value("--study") is not null => null, // a study recode by name, resolved after reading
                "korus3" => Recode.KoRusThreeWay,
                "topbox" => Recode.KoRusTopBox,
                "hscl2" => Recode.HsclTwoWay,
                var r => throw new CliUsageException($"--recode must be korus3, topbox or hscl2, not '{r}'."),
            },
            Denominator = a.Value("--denominator")?.ToLowerInvariant() switch
            {
                null or "valid" => Denominator.Valid,
                "valid+na" => Denominator.ValidAndNotApplicable,
                var d => throw new CliUsageException($"--denominator must be valid or valid+na, not '{d}'."),
            },
            Decimals = a.Value("--decimals") is { } dec
                ? int.TryParse(dec, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 4
                    ? n
                    : throw new CliUsageException($"--decimals must be a whole number from 0 to 4, not '{dec}'.")
                : 0,
        };
        var format = CommandOutput.ParseFormat(a.Value("--format"), OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Csv);
        var (path, item) = (a.Positional[0], a.Positional[1]);
        return Task.FromResult(DataCommandErrors.Guard(Name, context, () =>
        {
            var input = SurveyDataInput.Read(path, a.Value("--instrument"), a.Value("--study"), a.Value("--map"), context);
            var (data, report) = input;
            if (input.Study?.Study is { } st && a.Value("--recode") is { } rn && st.Recodes.Any(r => r.Name == rn))
            {
                options = options with { Recode = st.GetRecode(rn) };
            }
            if (SurveyDataInput.ReportIssues(report, a.Flag("--strict"), context))
            {
                return 1;
            }

            if (a.Value("--recode") is { } wanted && options.Recode is null && a.Value("--study") is not null)
            {
                throw new CliUsageException($"--recode '{wanted}' is neither korus3, topbox, hscl2 nor a recode of the study ({string.Join(", ", input.Study?.Study.Recodes.Select(r => r.Name) ?? [])}).");
            }

            var table = data.Frequencies(item, by: RoleOrColumn(data, a.Value("--by")), thenBy: RoleOrColumn(data, a.Value("--then-by")), options: options);
            var text = format == OutputFormat.Csv ? table.ToReportTable().ToCsv() : CommandOutput.Render(table, format);
            CommandOutput.Write(text, a.Value("--output"), context);
            return 0;
        }));
    }

    /// <summary>A grouping column: the name itself when the data has it, else the column of a role named so (stratum, cluster, gender, age, municipality, sizegroup, round).</summary>
    private static string? RoleOrColumn(Analysenotater.Data.SurveyDataset data, string? name)
    {
        if (name is null || data.HasColumn(name))
        {
            return name;
        }

        var r = data.Roles;
        return name.ToLowerInvariant() switch
        {
            "stratum" => r.StratumColumn,
            "cluster" or "klynge" => r.ClusterColumn,
            "gender" or "kjønn" => r.Gender,
            "age" => r.Age,
            "municipality" => r.Municipality,
            "sizegroup" => r.SizeGroup,
            "round" or "runde" => r.Round,
            _ => name,
        } ?? name;
    }
}
