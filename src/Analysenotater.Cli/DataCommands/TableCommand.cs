using System.CommandLine;
using Analysenotater.Tables;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// <c>analysenotater table &lt;datafile&gt; &lt;item&gt;</c>: a frequency table of one item, optionally by one or two
/// grouping columns, recoded and with the chosen denominator. Disclosure control is always the library default
/// (<see cref="Analysenotater.Disclosure.AnalysisContext.Default"/>): small groups show «*».
/// </summary>
internal sealed class TableCommand : CliCommand<TableSettings>
{
    private readonly Argument<string> _data = DataOptions.DataFile("datafile", CliTexts.Get("Help.DataFile"));
    private readonly Argument<string> _item = new("item") { Description = CliTexts.Get("Help.Table.Item") };
    private readonly Option<string> _by = new("--by") { Description = CliTexts.Get("Help.Table.By"), HelpName = "column" };
    private readonly Option<string> _thenBy = new("--then-by") { Description = CliTexts.Get("Help.Table.ThenBy"), HelpName = "column" };
    private readonly Option<string> _recode = new("--recode") { Description = CliTexts.Get("Help.Table.Recode"), HelpName = "korus3|topbox|hscl2|study recode" };
    private readonly Option<string> _denominator = DataOptions.Choice("--denominator", CliTexts.Get("Help.Table.Denominator"), "valid", "valid+na");
    private readonly Option<int> _decimals = new("--decimals") { Description = CliTexts.Get("Help.Table.Decimals"), HelpName = "n" };
    private readonly DataInputOptions _input = new(missingCodes: true, OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Csv);

    /// <summary>Declares the arguments and options.</summary>
    public TableCommand()
        : base("table", CliTexts.Get("Help.Table"))
    {
        Add(_data);
        Add(_item);
        Add(_by);
        Add(_thenBy);
        _recode.CompletionSources.Add("korus3", "topbox", "hscl2");
        Add(_recode);
        Add(_denominator);
        Add(_decimals);
        _input.AddTo(this);
        _decimals.Validators.Add(result =>
        {
            var text = string.Join(" ", result.Tokens.Select(t => t.Value));
            if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var decimals) || decimals is < 0 or > 4)
            {
                result.AddError(CliTexts.Format("Error.Decimals", text));
            }
        });
    }

    /// <inheritdoc />
    protected override TableSettings Bind(ParseResult parseResult)
    {
        var by = parseResult.GetValue(_by);
        var thenBy = parseResult.GetValue(_thenBy);
        if (thenBy is not null && by is null)
        {
            throw new CliUsageException(CliTexts.Get("Error.ThenByNeedsBy"));
        }

        var recode = parseResult.GetValue(_recode);
        var builtIn = recode?.ToLowerInvariant() is null or "korus3" or "topbox" or "hscl2";
        if (!builtIn && !_input.HasStudy(parseResult))
        {
            throw new CliUsageException(CliTexts.Format("Error.RecodeChoice", recode));
        }

        return new TableSettings
        {
            DataFile = parseResult.GetRequiredValue(_data),
            Item = parseResult.GetRequiredValue(_item),
            By = by,
            ThenBy = thenBy,
            Options = new FrequencyOptions
            {
                Recode = parseResult.GetValue(_recode)?.ToLowerInvariant() switch
                {
                    "korus3" => Recode.KoRusThreeWay,
                    "topbox" => Recode.KoRusTopBox,
                    "hscl2" => Recode.HsclTwoWay,
                    _ => null,
                },
                Denominator = parseResult.GetValue(_denominator)?.ToLowerInvariant() == "valid+na" ? Denominator.ValidAndNotApplicable : Denominator.Valid,
                Decimals = parseResult.GetValue(_decimals),
            },
            Input = _input.Bind(parseResult),
            StudyRecode = builtIn ? null : recode,
        };
    }

    /// <inheritdoc />
    protected override Task<int> ExecuteAsync(TableSettings settings, CliContext context, CancellationToken cancellationToken)
        => Task.FromResult(DataCommandErrors.Guard(Name, context, () =>
        {
            var input = SurveyDataInput.Read(settings.DataFile, settings.Input.Instrument, context, settings.Input.ImportOptions(), settings.Input.Study, settings.Input.Map, settings.Input.Ledger);
            var (data, report) = input;
            var options = settings.Options;
            if (settings.StudyRecode is { } name)
            {
                options = options with
                {
                    Recode = input.Study?.Study.Recodes.FirstOrDefault(r => r.Name == name)
                        ?? throw new CliUsageException(CliTexts.Format("Error.RecodeUnknown", name, string.Join(", ", input.Study?.Study.Recodes.Select(r => r.Name) ?? []))),
                };
            }

            if (SurveyDataInput.ReportIssues(report, settings.Input.Strict, context))
            {
                return CliExitCodes.Failure;
            }

            var table = data.Frequencies(settings.Item, by: RoleOrColumn(data, settings.By), thenBy: RoleOrColumn(data, settings.ThenBy), options: options);
            var text = settings.Input.Format == OutputFormat.Csv ? table.Summary().ToCsv() : CommandOutput.Render(table, settings.Input.Format);
            CommandOutput.Write(text, settings.Input.Output, context);
            return CliExitCodes.Success;
        }));

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
