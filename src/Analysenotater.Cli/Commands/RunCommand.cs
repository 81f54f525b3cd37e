using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Html;
using Analysenotater.Notebooks.Parameters;
using Analysenotater.Notebooks.Running;
using Analysenotater.Reports;
using Analysenotater.Cli.Progress;

namespace Analysenotater.Cli.Commands;

/// <summary><c>analysenotater run</c>: executes notebooks (a file or every notebook in a folder) or a .csx script and writes .ipynb and .html.</summary>
internal sealed class RunCommand : CliCommand<RunSettings>
{
    private readonly Argument<string> _path = new("path")
    {
        Description = CliTexts.Get("Help.Run.Path"),
    };

    private readonly Option<string[]> _parameters = new("--parameter", "-p")
    {
        Description = CliTexts.Get("Help.Run.Parameter"),
        HelpName = "name=value",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = CliTexts.Get("Help.Run.Output"),
        HelpName = "folder",
        DefaultValueFactory = _ => "output",
    };

    private readonly Option<bool> _allowErrors = new("--allow-errors")
    {
        Description = CliTexts.Get("Help.Run.AllowErrors"),
    };

    private readonly Option<string> _formats = new("--format")
    {
        Description = CliTexts.Get("Help.Run.Format"),
        HelpName = "ipynb,html,report,pdf,docx,pptx",
    };

    private readonly Option<bool> _report = new("--report")
    {
        Description = CliTexts.Get("Help.Run.ReportOnly"),
    };

    private readonly Option<bool> _slides = new("--slides")
    {
        Description = CliTexts.Get("Help.Run.Slides"),
    };

    private readonly Option<bool> _quiet = new("--quiet", "-q")
    {
        Description = CliTexts.Get("Help.Run.Quiet"),
    };

    private readonly Option<string> _culture = new("--culture")
    {
        Description = CliTexts.Get("Help.Run.Culture"),
        HelpName = "nb-NO|en-GB|…",
    };

    private readonly Option<string> _ledger = DataCommands.DataOptions.Ledger();

    /// <summary>Declares the arguments and options.</summary>
    public RunCommand()
        : base("run", CliTexts.Get("Help.Run"))
    {
        Add(_path);
        Add(_parameters);
        Add(_output);
        Add(_allowErrors);
        Add(_formats);
        Add(_report);
        Add(_slides);
        Add(_quiet);
        Add(_culture);
        Add(_ledger);
        _culture.Validators.Add(result =>
        {
            var name = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (name is not null && !IsCulture(name))
            {
                result.AddError(CliTexts.Format("Error.Culture", name));
            }
        });
        _parameters.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.IndexOf('=', StringComparison.Ordinal) <= 0)
                {
                    result.AddError(CliTexts.Format("Error.Parameter", token.Value));
                }
            }
        });
        _formats.CompletionSources.Add([.. RunSettings.KnownFormats, RunSettings.DefaultFormats]);
        _formats.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
            {
                return;
            }

            var formats = SplitFormats(result.Tokens[^1].Value);
            var unknown = formats.Where(f => !RunSettings.KnownFormats.Contains(f, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0 || formats.Count == 0)
            {
                result.AddError(CliTexts.Format("Error.RunFormat", string.Join(", ", RunSettings.KnownFormats), string.Join(",", unknown)));
            }
        });
    }

    /// <inheritdoc />
    protected override RunSettings Bind(ParseResult parseResult)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parseResult.GetValue(_parameters) ?? [])
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            parameters[pair[..eq].Trim()] = pair[(eq + 1)..];
        }

        var formats = parseResult.GetValue(_formats);
        var report = parseResult.GetValue(_report);
        if (report && formats is not null)
        {
            throw new CliUsageException(CliTexts.Format("Error.ReportAndFormat", RunSettings.ReportOnlyFormats));
        }

        return new RunSettings
        {
            Path = parseResult.GetRequiredValue(_path),
            OutputDirectory = parseResult.GetValue(_output) ?? "output",
            Ledger = parseResult.GetValue(_ledger),
            AllowErrors = parseResult.GetValue(_allowErrors),
            Formats = new HashSet<string>(SplitFormats(formats ?? (report ? RunSettings.ReportOnlyFormats : RunSettings.DefaultFormats)), StringComparer.OrdinalIgnoreCase),
            SlidesForAll = parseResult.GetValue(_slides),
            Parameters = parameters,
            Quiet = parseResult.GetValue(_quiet),
            Culture = parseResult.GetValue(_culture) is { } culture ? CultureInfo.GetCultureInfo(culture) : null,
        };
    }

    /// <inheritdoc />
    protected override async Task<int> ExecuteAsync(RunSettings parsed, CliContext context, CancellationToken cancellationToken)
    {
        // The notebooks' imports keep their release ledgers between runs (and share one per data file within this run).
        using var ledger = Analysenotater.Disclosure.Persistence.LedgerPersistence.Use(parsed.Ledger ?? Analysenotater.Disclosure.Persistence.LedgerPersistence.DefaultDirectory);
        var inputs = ResolveInputs(parsed.Path);
        var outputDir = Path.GetFullPath(parsed.OutputDirectory);
        var folderRun = Directory.Exists(parsed.Path);
        // Absolute paths: while a notebook runs, the current directory is its folder (as in Jupyter).
        var notebooks = inputs.Select(i => (Path: Path.GetFullPath(i), Notebook: NotebookFile.Read(i))).ToList();
        CheckParametersAreDeclared(parsed.Parameters, notebooks, folderRun);

        var total = Stopwatch.StartNew();
        var progress = ProgressFor(parsed, context);

        // Notebooks are independent sessions (cell output is routed per async flow), so a folder runs them on all
        // cores; progress is shown per cell as it happens, and results are reported in notebook order.
        var runs = new NotebookRunResult[notebooks.Count];
        var skipped = new int[notebooks.Count];
        await progress.RunAsync(() => Parallel.ForEachAsync(Enumerable.Range(0, notebooks.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var (path, notebook) = notebooks[i];
                var name = Path.GetFileName(path);
                var parameters = folderRun
                    ? parsed.Parameters.Where(p => ParameterInjector.Declared(notebook).Any(d => d.Name == p.Key)).ToDictionary()
                    : parsed.Parameters;
                progress.NotebookStarted(i, name, notebook.Cells.Count(c => c.Kind == NotebookCellKind.Code) + (parameters.Count > 0 ? 1 : 0));
                runs[i] = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions
                {
                    BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!,
                    UseNotebookFolderAsCurrentDirectory = true,
                    NotebookName = name,
                    AllowErrors = parsed.AllowErrors,
                    Parameters = parameters,
                    WarmUp = notebooks.Count > 1,
                    Culture = parsed.Culture,
                    CellStarting = c => progress.CellStarting(i, c),
                    Progress = p =>
                    {
                        if (p.Skipped)
                        {
                            Interlocked.Increment(ref skipped[i]);
                        }

                        progress.CellFinished(i, p);
                    },
                }, ct).ConfigureAwait(false);
                progress.NotebookFinished(i, runs[i]);
            })).ConfigureAwait(false);

        var failed = 0;
        var cells = 0;
        await using var reports = new ReportExporter(parsed.ReportFormats, parsed.SlidesForAll, w => context.Error.WriteLine(CliTexts.Format("Run.ReportWarning", w)));
        for (var i = 0; i < notebooks.Count; i++)
        {
            var result = runs[i];
            cells += result.CellsRun;
            if (!result.Success)
            {
                failed++;
            }

            if (!parsed.Quiet)
            {
                context.Error.WriteLine(CliTexts.Format("Run.Result", Path.GetFileName(notebooks[i].Path), result.CellsRun, result.Elapsed.TotalSeconds, CliTexts.Get(result.Success ? "Run.ResultOk" : "Run.ResultFailed")));
            }

            var written = Write(result.Notebook, notebooks[i].Path, outputDir, parsed.Formats).ToList();
            if (parsed.ReportFormats != ReportFormats.None)
            {
                written.AddRange(await reports.ExportAsync(result.Notebook, Path.GetFileNameWithoutExtension(notebooks[i].Path), Path.Combine(outputDir, RunSettings.ReportFolder), cancellationToken).ConfigureAwait(false));
            }

            foreach (var file in written)
            {
                context.Out.WriteLine(CliTexts.Format("Run.Wrote", Path.GetRelativePath(Environment.CurrentDirectory, file)));
            }
        }

        if (!parsed.Quiet)
        {
            context.Error.WriteLine(CliTexts.Format("Run.Summary", notebooks.Count, cells, skipped.Sum(), total.Elapsed.TotalSeconds, failed, outputDir));
        }

        return failed > 0 && !parsed.AllowErrors ? 1 : 0;
    }

    private static IRunProgress ProgressFor(RunSettings settings, CliContext context)
    {
        if (settings.Quiet)
        {
            return new QuietProgress();
        }

        var liveTerminal = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");
        return liveTerminal ? new LiveProgress(context.Error) : new PlainProgress(context.Error);
    }

    private static List<string> ResolveInputs(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path).Where(NotebookFile.IsSupported).Order(StringComparer.Ordinal).ToList();
            return files.Count > 0 ? files : throw new FileNotFoundException(CliTexts.Format("Error.NoNotebooks", Path.GetFullPath(path)));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException(CliTexts.Format("Error.NoNotebook", Path.GetFullPath(path)));
        }

        return NotebookFile.IsSupported(path) ? [path] : throw new CliUsageException($"'{path}' is not a notebook or script (.ipynb, .dib, .csx).");
    }

    private static void CheckParametersAreDeclared(IReadOnlyDictionary<string, string> parameters, List<(string Path, Notebook Notebook)> notebooks, bool folderRun)
    {
        if (!folderRun || parameters.Count == 0)
        {
            return;
        }

        foreach (var name in parameters.Keys)
        {
            if (!notebooks.Any(n => ParameterInjector.Declared(n.Notebook).Any(d => d.Name == name)))
            {
                throw new ParameterException($"-p {name}: no notebook in the folder declares '{name}' in a cell tagged 'parameters'.");
            }
        }
    }

    private static IEnumerable<string> Write(Notebook notebook, string input, string outputDir, IReadOnlySet<string> formats)
    {
        var stem = Path.GetFileNameWithoutExtension(input);
        var written = new List<string>();
        if (formats.Contains("ipynb"))
        {
            var target = Path.Combine(outputDir, stem + ".ipynb");
            if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(input), StringComparison.Ordinal))
            {
                throw new IOException(CliTexts.Format("Error.Overwrite", target));
            }

            NotebookFile.Write(target, notebook);
            written.Add(target);
        }

        if (formats.Contains("html"))
        {
            var target = Path.Combine(outputDir, stem + ".html");
            Directory.CreateDirectory(outputDir);
            File.WriteAllText(target, HtmlExporter.Export(notebook, TitleOf(notebook, stem)), new UTF8Encoding(false));
            written.Add(target);
        }

        return written;
    }

    private static string TitleOf(Notebook notebook, string fallback)
    {
        var heading = notebook.Cells.Where(c => c.Kind == NotebookCellKind.Markdown)
            .SelectMany(c => c.Source.Split('\n'))
            .FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
        return heading is null ? fallback : heading[2..].Trim();
    }

    private static bool IsCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static List<string> SplitFormats(string value)
        => [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
