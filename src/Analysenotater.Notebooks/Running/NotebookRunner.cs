using System.Diagnostics;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Execution;
using Analysenotater.Notebooks.Parameters;

namespace Analysenotater.Notebooks.Running;

/// <summary>Runs every C# code cell of a notebook in order in one fresh <see cref="ScriptSession"/> and stores the outputs.</summary>
public static class NotebookRunner
{
    /// <summary>Non-C# cell languages the session renders (Markdown, HTML, JavaScript) or stores (value).</summary>
    private static readonly HashSet<string> RenderedLanguages = new(StringComparer.OrdinalIgnoreCase) { "markdown", "html", "javascript", "value" };

    /// <summary>
    /// Runs <paramref name="notebook"/> (parameters injected first). Errors become error outputs; the run stops at the
    /// first unless <see cref="NotebookRunOptions.AllowErrors"/>. Non-C# code cells are kept with a note, not run, and
    /// reported as skipped. Errors name the cell by its number among the notebook's code cells («cell 4»), the number
    /// the progress shows; cells run with <see cref="NotebookCulture.Resolve"/>'s culture.
    /// </summary>
    /// <exception cref="ParameterException">A parameter cannot be injected.</exception>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var prepared = ParameterInjector.Inject(notebook, options.Parameters, options.NotebookName).WithoutOutputs();
        using var folder = options.UseNotebookFolderAsCurrentDirectory ? await WorkingDirectoryLease.AcquireAsync(options.BaseDirectory, cancellationToken).ConfigureAwait(false) : null;
        using var session = new ScriptSession(new ScriptSessionOptions { BaseDirectory = options.BaseDirectory, WarmUp = options.WarmUp, PackageSources = options.PackageSources, PackageCacheDirectory = options.PackageCacheDirectory, Culture = NotebookCulture.Resolve(notebook, options.Culture) });
        var cells = prepared.Cells.ToList();
        var codeCount = cells.Count(c => c.Kind == NotebookCellKind.Code);
        var errors = new List<string>();
        var codeNumber = 0;
        var run = 0;
        var stopped = false;
        // Collectors of the cells run so far: an Update() of a display shown by an earlier cell is written back there.
        var earlier = new List<(int Index, CellOutputCollector Collector, int ExecutionCount)>();
        var updated = new HashSet<int>();
        bool UpdateEarlier(MimeBundle bundle, string displayId)
        {
            foreach (var (index, owner, _) in earlier)
            {
                if (owner.TryUpdateDisplay(bundle, displayId))
                {
                    lock (updated)
                    {
                        updated.Add(index);
                    }

                    return true;
                }
            }

            return false;
        }

        for (var i = 0; i < cells.Count && !stopped; i++)
        {
            var cell = cells[i];
            if (cell.Kind != NotebookCellKind.Code)
            {
                continue;
            }

            codeNumber++;
            var source = cell.Source;
            if (!cell.IsCSharp && RenderedLanguages.Contains(cell.Language))
            {
                // Polyglot stores a cell's language in its metadata; the session knows these kinds by their magic line
                // (a value cell's own line carries its options).
                source = cell.Source.TrimStart().StartsWith("#!" + cell.Language, StringComparison.OrdinalIgnoreCase) ? cell.Source : "#!" + cell.Language + "\n" + cell.Source;
            }
            else if (!cell.IsCSharp)
            {
                cells[i] = cell with { Outputs = [CellOutput.Stream("stderr", $"Not run: the engine runs C# cells only (this cell is {cell.Language}).\n")] };
                options.Progress?.Invoke(new CellProgress(options.NotebookName, codeNumber, codeCount, true, TimeSpan.Zero, null) { Skipped = true });
                continue;
            }

            options.CellStarting?.Invoke(new CellStarting(options.NotebookName, codeNumber, codeCount));
            var collector = new CellOutputCollector(null, UpdateEarlier);
            var outcome = await session.ExecuteAsync(source, collector, $"cell {codeNumber}", cancellationToken).ConfigureAwait(false);
            run++;
            var outputs = collector.Outputs(outcome.ExecutionCount);
            cells[i] = cell with { Outputs = outputs, ExecutionCount = outcome.ExecutionCount };
            earlier.Add((i, collector, outcome.ExecutionCount));
            lock (updated)
            {
                foreach (var (index, owner, count) in earlier.Where(e => updated.Contains(e.Index)))
                {
                    cells[index] = cells[index] with { Outputs = owner.Outputs(count) };
                }

                updated.Clear();
            }

            string? error = null;
            if (!outcome.Success)
            {
                error = $"{options.NotebookName} {outputs.LastOrDefault(o => o.Kind == CellOutputKind.Error)?.ErrorValue ?? $"(cell {codeNumber}): failed"}";
                errors.Add(error);
                stopped = !options.AllowErrors;
            }

            options.Progress?.Invoke(new CellProgress(options.NotebookName, codeNumber, codeCount, outcome.Success, outcome.Elapsed, error));
        }

        var metadata = session.Packages.Count == 0 ? prepared.MetadataJson : PackageMetadata.Write(prepared.MetadataJson, session.Packages);
        return new NotebookRunResult(prepared with { Cells = cells, MetadataJson = metadata }, errors.Count == 0, run, errors, watch.Elapsed);
    }
}
