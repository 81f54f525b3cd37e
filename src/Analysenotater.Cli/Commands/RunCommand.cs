using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Html;
using Analysenotater.Notebooks.Parameters;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Cli.Commands;

/// <summary><c>analysenotater run</c>: executes notebooks (a file or every notebook in a folder) or a .csx script and writes .ipynb and .html.</summary>
internal sealed class RunCommand : ICliCommand
{
    public string Name => "run";

    public string Usage => "run <notebook.ipynb|notebook.dib|folder|script.csx> [-p name=value]... [--output dir] [--allow-errors] [--format ipynb,html]";

    public string Summary => "Runs the notebook(s) and writes the executed .ipynb and a self-contained offline .html per notebook (default folder: output).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        var parsed = Parse(args);
        var inputs = ResolveInputs(parsed.Path);
        var outputDir = Path.GetFullPath(parsed.OutputDirectory);
        var folderRun = Directory.Exists(parsed.Path);
        var notebooks = inputs.Select(i => (Path: i, Notebook: NotebookFile.Read(i))).ToList();
        CheckParametersAreDeclared(parsed.Parameters, notebooks, folderRun);

        var total = Stopwatch.StartNew();

        // Notebooks are independent sessions (cell output is routed per async flow), so a folder runs them on all
        // cores; progress is buffered per notebook and printed as one block, and results are reported in input order.
        var runs = new (NotebookRunResult Result, string Progress)[notebooks.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, notebooks.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var (path, notebook) = notebooks[i];
                var name = Path.GetFileName(path);
                var parameters = folderRun
                    ? parsed.Parameters.Where(p => ParameterInjector.Declared(notebook).Any(d => d.Name == p.Key)).ToDictionary()
                    : parsed.Parameters;
                var codeCells = notebook.Cells.Count(c => c.Kind == NotebookCellKind.Code);
                var progress = new StringBuilder();
                progress.Append(CultureInfo.InvariantCulture, $"{name}: {codeCells} code cell(s){(parameters.Count > 0 ? " + 1 injected parameters cell" : "")}\n");
                var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions
                {
                    BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!,
                    NotebookName = name,
                    AllowErrors = parsed.AllowErrors,
                    Parameters = parameters,
                    WarmUp = notebooks.Count > 1,
                    Progress = p =>
                    {
                        lock (progress)
                        {
                            progress.Append(CultureInfo.InvariantCulture,
                                $"  [{p.CodeCellNumber}/{p.CodeCellCount}] {(p.Success ? "ok" : "FAILED")} {p.Elapsed.TotalSeconds:0.00} s{(p.Error is null ? "" : ": " + p.Error)}\n");
                        }
                    },
                }, ct).ConfigureAwait(false);
                runs[i] = (result, progress.ToString());
                lock (context)
                {
                    context.Error.Write(progress.ToString());
                }
            }).ConfigureAwait(false);

        var failed = 0;
        var cells = 0;
        for (var i = 0; i < notebooks.Count; i++)
        {
            var (result, _) = runs[i];
            cells += result.CellsRun;
            if (!result.Success)
            {
                failed++;
            }

            foreach (var written in Write(result.Notebook, notebooks[i].Path, outputDir, parsed.Formats))
            {
                context.Out.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, written)}");
            }
        }

        context.Error.WriteLine(FormattableString.Invariant(
            $"{notebooks.Count} notebook(s), {cells} cell(s) run in {total.Elapsed.TotalSeconds:0.0} s; {failed} with errors. Output: {outputDir}"));
        return failed > 0 && !parsed.AllowErrors ? 1 : 0;
    }

    private static RunArguments Parse(IReadOnlyList<string> args)
    {
        string? path = null;
        var output = "output";
        var allowErrors = false;
        var formats = new HashSet<string>(["ipynb", "html"], StringComparer.OrdinalIgnoreCase);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "-p" or "--parameter":
                    var pair = Next(args, ref i, a);
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new CliUsageException($"-p expects name=value, got '{pair}'.");
                    }

                    parameters[pair[..eq].Trim()] = pair[(eq + 1)..];
                    break;
                case "-o" or "--output":
                    output = Next(args, ref i, a);
                    break;
                case "--allow-errors":
                    allowErrors = true;
                    break;
                case "--format":
                    formats = new HashSet<string>(Next(args, ref i, a).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
                    var unknown = formats.Where(f => f is not ("ipynb" or "html")).ToList();
                    if (unknown.Count > 0 || formats.Count == 0)
                    {
                        throw new CliUsageException($"--format takes ipynb, html or both (comma-separated), not '{string.Join(",", unknown)}'.");
                    }

                    break;
                default:
                    if (a.StartsWith('-'))
                    {
                        throw new CliUsageException($"unknown option '{a}'.");
                    }

                    if (path is not null)
                    {
                        throw new CliUsageException($"one notebook, folder or script at a time ('{path}' and '{a}' given).");
                    }

                    path = a;
                    break;
            }
        }

        return new RunArguments(path ?? throw new CliUsageException("no notebook, folder or script given."), output, allowErrors, formats, parameters);
    }

    private static string Next(IReadOnlyList<string> args, ref int i, string option) =>
        ++i < args.Count ? args[i] : throw new CliUsageException($"{option} needs a value.");

    private static List<string> ResolveInputs(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path).Where(NotebookFile.IsSupported).Order(StringComparer.Ordinal).ToList();
            return files.Count > 0 ? files : throw new FileNotFoundException($"No notebooks (.ipynb, .dib, .csx) in the folder {Path.GetFullPath(path)}");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such notebook, folder or script: {Path.GetFullPath(path)}");
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
                throw new IOException($"Writing {target} would overwrite the notebook being run; choose another --output folder.");
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

    private sealed record RunArguments(string Path, string OutputDirectory, bool AllowErrors, IReadOnlySet<string> Formats, IReadOnlyDictionary<string, string> Parameters);
}
