using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using Analysenotater.Notebooks.Formatting;
using Analysenotater.Notebooks.Packages;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// A C# scripting session: cells run one after another with their state (variables, types, usings) kept, outputs go to
/// an <see cref="ICellOutputSink"/>, and an interrupt stops even endless loops. Used by the notebook runner, the CLI and
/// the Jupyter kernel.
/// </summary>
/// <remarks>
/// Every cell sees the engine's assemblies (the core library, Plotly.NET, MathNet.Numerics, Microsoft.Data.Analysis,
/// Deedle — the copies already loaded, never a second one), the namespaces in <see cref="DefaultImports"/> and
/// <see cref="ScriptGlobals"/> (<c>display(x)</c>). The first session of a process replaces Console.Out and
/// Console.Error by writers that send text to the running cell's sink (and to the original writers outside a cell).
/// Cells are executed one at a time; concurrent calls wait their turn.
/// </remarks>
public sealed class ScriptSession : IDisposable
{
    private readonly ScriptSessionOptions _options;
    private readonly FormatterRegistry _formatters;
    private readonly ScriptGlobals _globals;
    private readonly PackageRestorer _packages;
    private ScriptOptions _scriptOptions;
    private readonly Task<SubmissionChain> _baseState;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, string> _cellFiles = new(StringComparer.Ordinal);
    private SubmissionChain? _chain;
    private SideBySideSubmissions? _sideBySide;
    private int _executionCount;
    private bool _disposed;

    /// <summary>Creates a session; with <see cref="ScriptSessionOptions.WarmUp"/> Roslyn starts compiling in the background at once.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The base directory does not exist.</exception>
    public ScriptSession(ScriptSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseDirectory = Path.GetFullPath(options.BaseDirectory);
        if (!Directory.Exists(baseDirectory))
        {
            throw new DirectoryNotFoundException($"The session's base directory does not exist: {baseDirectory}");
        }

        _options = options;
        _formatters = options.Formatters ?? FormatterRegistry.CreateDefault();
        _globals = new ScriptGlobals(_formatters, baseDirectory);
        OutputContext.InstallConsoleRouting();
        InteractiveFormatting.Install();
        _packages = new PackageRestorer(baseDirectory, options.PackageSources, options.PackageCacheDirectory);
        var scriptOptions = SharedOptions.Value
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory))
            .WithSourceResolver(new SourceFileResolver([], baseDirectory));
        _scriptOptions = options.AdditionalImports.Count == 0 ? scriptOptions : scriptOptions.AddImports(options.AdditionalImports);
        BaseDirectory = baseDirectory;
        _baseState = Task.Run(() => CreateBaseStateAsync(options.WarmUp));
    }

    /// <summary>The namespaces every cell imports (core namespaces only when they exist in the loaded core library).</summary>
    public static IReadOnlyList<string> DefaultImports => ScriptReferences.Imports;

    /// <summary>The folder relative paths resolve against (absolute).</summary>
    public string BaseDirectory { get; }

    /// <summary>The formatters of this session; register more to change how values are shown.</summary>
    public FormatterRegistry Formatters => _formatters;

    /// <summary>The packages restored with <c>#r "nuget: …"</c> so far (requested ones and dependencies), in order.</summary>
    public IReadOnlyList<RestoredPackage> Packages => _packages.Restored;

    /// <summary>How many cells have been started (successful or not); the next cell gets this + 1.</summary>
    public int ExecutionCount => Volatile.Read(ref _executionCount);

    /// <summary>
    /// Runs one cell. Outputs go to <paramref name="sink"/> in order as they happen (console text as written,
    /// <c>display(...)</c> calls, then the last expression's value). Compile and runtime errors go to
    /// <see cref="ICellOutputSink.Error"/> naming "cell N" (N = the execution count) and the line; they are never thrown.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ObjectDisposedException">The session was disposed.</exception>
    public Task<CellOutcome> ExecuteAsync(string code, ICellOutputSink sink, CancellationToken cancellationToken) =>
        ExecuteAsync(code, sink, null, cancellationToken);

    /// <summary>
    /// Runs one cell as <see cref="ExecuteAsync(string, ICellOutputSink, CancellationToken)"/>, naming it
    /// <paramref name="cellLabel"/> in error messages (for example "cell 4"); null means "cell N" with N the execution count.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null code or sink.</exception>
    /// <exception cref="ObjectDisposedException">The session was disposed.</exception>
    public async Task<CellOutcome> ExecuteAsync(string code, ICellOutputSink sink, string? cellLabel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(sink);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var watch = Stopwatch.StartNew();
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        CellOutcome outcome;
        try
        {
            var count = Interlocked.Increment(ref _executionCount);
            var label = cellLabel ?? $"cell {count}";
            System.Globalization.CultureInfo.CurrentCulture = _options.Culture;
            System.Globalization.CultureInfo.CurrentUICulture = _options.Culture;
            var ok = await RunCellAsync(code, sink, label, count, cancellationToken).ConfigureAwait(false);
            outcome = new CellOutcome(ok, count, watch.Elapsed);
        }
        finally
        {
            _gate.Release();
        }

        // This continuation may run inline below the frames that ran the cell, and those can still hold the cell's
        // state (a failed cell's objects) in stack slots; a collection the caller starts then could not free them.
        // Finishing on a fresh stack leaves nothing of the cell below the caller.
        await Task.Yield();
        return outcome;
    }

    /// <summary>
    /// Completion candidates at <paramref name="cursorPosition"/> (a character offset into <paramref name="code"/>):
    /// members after a dot, otherwise locals, variables of earlier cells, types, namespaces and keywords, filtered by the
    /// word being typed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the code.</exception>
    public async Task<IReadOnlyList<CompletionItem>> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(cursorPosition);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cursorPosition, code.Length);
        var compilation = await CompileForToolingAsync(code, cancellationToken).ConfigureAwait(false);
        return SymbolLookup.Complete(compilation, cursorPosition, cancellationToken);
    }

    /// <summary>The signature and XML documentation summary of the symbol at <paramref name="cursorPosition"/>; null when there is none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the code.</exception>
    public async Task<InspectionResult?> InspectAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentOutOfRangeException.ThrowIfNegative(cursorPosition);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cursorPosition, code.Length);
        var compilation = await CompileForToolingAsync(code, cancellationToken).ConfigureAwait(false);
        return SymbolLookup.Inspect(compilation, cursorPosition, cancellationToken);
    }

    /// <summary>Whether <paramref name="code"/> is a complete submission (Jupyter's is_complete_request).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public CompletenessStatus IsComplete(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var tree = CSharpSyntaxTree.ParseText(CellPreprocessor.Process(code, "cell").Code, ParseOptions);
        if (tree.GetDiagnostics().Any(d => d.Id is "CS1010" or "CS1011" or "CS1012"))
        {
            // A regular string or character literal cannot span lines ("newline in constant"): more lines cannot fix it.
            return CompletenessStatus.Invalid;
        }

        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            return CompletenessStatus.Incomplete;
        }

        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? CompletenessStatus.Invalid : CompletenessStatus.Complete;
    }

    /// <summary>
    /// The submissions the next cell continues, newest first: one per successful C# cell and the session's base script.
    /// Failed cells and non-C# cells add none. For tests of what the session keeps alive.
    /// </summary>
    internal IEnumerable<Script> Submissions
    {
        get
        {
            for (var script = Volatile.Read(ref _chain)?.State.Script; script is not null; script = script.Previous)
            {
                yield return script;
            }
        }
    }

    /// <summary>Waits until the background warm-up has finished (benchmarks and tests use it to separate start-up from cell time).</summary>
    public Task WarmUpAsync() => _baseState;

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _gate.Dispose();
    }

    private static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>
    /// Options shared by every session of the process: the same reference objects each time, so Roslyn reuses the
    /// symbols it read from the referenced assemblies instead of reading them again for each notebook.
    /// </summary>
    private static readonly Lazy<ScriptOptions> SharedOptions = new(() => ScriptOptions.Default
        .WithReferences(ScriptReferences.Assemblies)
        .WithImports(ScriptReferences.Imports)
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithOptimizationLevel(OptimizationLevel.Release)
        .WithEmitDebugInformation(true)
        .WithFileEncoding(Encoding.UTF8)
        .WithAllowUnsafe(true));

    /// <summary>Once per process: JIT-compiles the formatting paths (Plotly.NET serialisation, HTML tables) off the cell's clock.</summary>
    private static readonly Lazy<Task> ProcessWarmUp = new(() => Task.Run(() =>
    {
        var formatters = FormatterRegistry.CreateDefault();
        formatters.Format(Plotly.NET.CSharp.Chart.Bar<double, string, string>(new[] { 1.0 }, new[] { "a" }));
        formatters.Format(new Analysenotater.Reporting.ReportTableBuilder("t", "a").Row(Analysenotater.Reporting.ReportCell.FromCount(1)).Build());
    }));

    private static int _sessionsWarmed;

    private async Task<SubmissionChain> CreateBaseStateAsync(bool warmUp)
    {
        var options = _scriptOptions;
        var script = CSharpScript.Create("", options.WithFilePath(Path.Combine(BaseDirectory, "session.csx")), typeof(ScriptGlobals));
        var state = await script.RunAsync(_globals).ConfigureAwait(false);
        var chain = new SubmissionChain(state, [.. options.MetadataReferences]);
        if (warmUp)
        {
            _ = ProcessWarmUp.Value;
        }

        if (warmUp && Interlocked.Exchange(ref _sessionsWarmed, 1) == 0)
        {
            // Compile and run a throw-away continuation: JIT-compiles the binder, emitter and loader paths a first cell needs.
            var warm = state.Script.ContinueWith("var w = Enumerable.Range(0, 3).Select(i => i * 2).ToList(); w.Sum()", chain.OptionsFor(options, Path.Combine(BaseDirectory, "warmup.csx")));
            await warm.RunFromAsync(state, _ => true).ConfigureAwait(false);
        }

        return chain;
    }

    private async Task<Compilation> CompileForToolingAsync(string code, CancellationToken cancellationToken)
    {
        var chain = Volatile.Read(ref _chain) ?? await _baseState.WaitAsync(cancellationToken).ConfigureAwait(false);
        var processed = CellPreprocessor.Process(code, "cell").Code;
        var path = Path.Combine(BaseDirectory, "completion.csx");
        return (_sideBySide?.Continue(processed, _scriptOptions.WithFilePath(path), typeof(ScriptGlobals)) ?? chain.State.Script.ContinueWith(processed, chain.OptionsFor(_scriptOptions, path))).GetCompilation();
    }

    private async Task<bool> RunCellAsync(string code, ICellOutputSink sink, string label, int count, CancellationToken cancellationToken)
    {
        var previous = _chain ?? await _baseState.ConfigureAwait(false);
        var pre = CellPreprocessor.Process(code, label);
        foreach (var note in pre.Notes)
        {
            sink.Stream("stdout", note + "\n");
        }

        if (pre.Error is not null)
        {
            sink.Error("DirectiveError", pre.Error, ["DirectiveError: " + pre.Error]);
            return false;
        }

        if (pre.Kind != CellKindDirective.CSharp)
        {
            return RunOtherCell(pre, sink, label);
        }

        if (pre.About)
        {
            sink.Display(AboutBundle(), isExecuteResult: false);
        }

        var timer = pre.Time ? Stopwatch.StartNew() : null;
        if (!await RestorePackagesAsync(pre, sink, label, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        if (pre.Code.Trim().Length == 0)
        {
            ReportTime(timer, sink);
            return true;
        }

        var ok = await CompileAndRunAsync(pre, previous, sink, label, count, cancellationToken).ConfigureAwait(false);
        ReportTime(timer, sink);
        return ok;
    }

    private async Task<bool> CompileAndRunAsync(CellPreprocessResult pre, SubmissionChain previous, ICellOutputSink sink, string label, int count, CancellationToken cancellationToken)
    {
        var tree = CSharpSyntaxTree.ParseText(pre.Code, ParseOptions);
        var rewritten = InterruptRewriter.Rewrite(tree.GetRoot()).ToFullString();
        var filePath = Path.Combine(BaseDirectory, $"cell-{count}.csx");
        _cellFiles[filePath] = label;
        var sideBySide = _sideBySide;
        var options = previous.OptionsFor(_scriptOptions, filePath);
        var script = sideBySide?.Continue(rewritten, _scriptOptions.WithFilePath(filePath), typeof(ScriptGlobals)) ?? previous.State.Script.ContinueWith(rewritten, options);
        var errors = (sideBySide is null ? script.Compile() : script.GetCompilation().GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            ReportCompileErrors(errors, sink, label);
            return false;
        }

        var hasValue = HasResultValue(script.GetCompilation());
        if (cancellationToken.IsCancellationRequested)
        {
            ReportInterrupt(sink, label);
            return false;
        }

        using var finished = new CancellationTokenSource();
        var run = Task.Run(async () =>
        {
            ScriptInterrupt.Bind(cancellationToken);
            OutputContext.Current = sink;
            OutputContext.Formatters = _formatters;
            if (sideBySide is not null)
            {
                var (value, exception) = await sideBySide.RunAsync(script, CancellationToken.None).ConfigureAwait(false);
                return (State: (ScriptState<object>?)null, Value: value, Exception: exception);
            }

            var state = await script.RunFromAsync(previous.State, _ => true, CancellationToken.None).ConfigureAwait(false);
            return (State: state, Value: state.ReturnValue, state.Exception);
        }, CancellationToken.None);
        var abandon = WaitForAbandonAsync(cancellationToken, finished.Token);
        var first = await Task.WhenAny(run, abandon).ConfigureAwait(false);
        await finished.CancelAsync().ConfigureAwait(false);
        if (first != run)
        {
            ReportInterrupt(sink, label);
            return false;
        }

        (ScriptState<object>? State, object? Value, Exception? Exception) next;
        try
        {
            next = await run.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure of the scripting host becomes an error output; the session must survive.
        catch (Exception e)
#pragma warning restore CA1031
        {
            ReportException(e, sink, label);
            return false;
        }

        if (next.Exception is { } exception)
        {
            // The session goes on from the state before this cell: nothing the failed cell declared or allocated stays
            // referenced by the session (its submission object, the exception and what they hold become garbage).
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                ReportInterrupt(sink, label);
            }
            else
            {
                ReportException(exception, sink, label);
            }

            return false;
        }

        if (next.State is { } state)
        {
            Volatile.Write(ref _chain, previous.Then(state, options));
        }

        if (hasValue)
        {
            sink.Display(_formatters.Format(next.Value), isExecuteResult: true);
        }

        return true;
    }

    private static void ReportTime(Stopwatch? timer, ICellOutputSink sink)
    {
        if (timer is not null)
        {
            sink.Stream("stdout", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Wall time: {timer.Elapsed.TotalMilliseconds:0.###}ms\n"));
        }
    }

    /// <summary>Restores the cell's packages and adds their assemblies to the session's references; false (with an error output) when one is missing.</summary>
    private async Task<bool> RestorePackagesAsync(CellPreprocessResult pre, ICellOutputSink sink, string label, CancellationToken cancellationToken)
    {
        foreach (var source in pre.Sources)
        {
            _packages.AddSource(source);
        }

        if (pre.Packages.Count == 0)
        {
            return true;
        }

        PackageRestoreResult restored;
        try
        {
            // Another version of a carried package can be loaded only while no cell is bound to the engine's copy.
            _packages.SideBySideAllowed = _chain is null && _sideBySide?.Last is null;
            restored = await _packages.RestoreAsync(pre.Packages, cancellationToken).ConfigureAwait(false);
        }
        catch (PackageRestoreException e)
        {
            var message = e.Line > 0 ? $"({label}, line {e.Line}): {e.Message}" : $"({label}): {e.Message}";
            sink.Error("PackageNotFound", message, ["PackageNotFound: " + message]);
            return false;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or NuGet.Protocol.Core.Types.FatalProtocolException)
        {
            var message = $"({label}): package restore failed: {e.Message}";
            sink.Error("PackageRestoreError", message, ["PackageRestoreError: " + message]);
            return false;
        }

        foreach (var note in restored.Notes)
        {
            sink.Stream("stdout", note + "\n");
        }

        var paths = restored.Packages.SelectMany(p => p.Assemblies).ToList();
        if (paths.Count > 0)
        {
            _scriptOptions = _scriptOptions.AddReferences(paths.Select(p => MetadataReference.CreateFromFile(p)));
        }

        LoadSideBySide(restored.Packages, sink);

        var installed = restored.Packages.Where(p => p.Requested && p.Source != "engine").Select(p => $"{p.Id} {p.Version}").ToList();
        if (installed.Count > 0)
        {
            var dependencies = restored.Packages.Count(p => !p.Requested);
            sink.Stream("stdout", $"Installed package(s): {string.Join(", ", installed)}{(dependencies > 0 ? $" (+ {dependencies} dependencies)" : "")}\n");
        }

        if (restored.Failures.Count > 0)
        {
            var lines = restored.Failures.Select(e => e.Line > 0 ? $"({label}, line {e.Line}): {e.Message}" : $"({label}): {e.Message}").ToList();
            sink.Error("PackageNotFound", lines[0], [.. lines.Select(l => "PackageNotFound: " + l)]);
            return false;
        }

        return true;
    }

    /// <summary>
    /// When the restore brought another version of a carried package (or one came earlier): the session's cells from now
    /// on run in their own load context with that version (<see cref="SideBySideSubmissions"/>), and every package's
    /// assemblies are loaded there.
    /// </summary>
    private void LoadSideBySide(IReadOnlyList<RestoredPackage> packages, ICellOutputSink sink)
    {
        if (_sideBySide is null && !packages.Any(p => p.SideBySide))
        {
            return;
        }

        if (_sideBySide is null)
        {
            _sideBySide = new SideBySideSubmissions(_globals);
            foreach (var earlier in _packages.Restored.Where(p => !packages.Contains(p)))
            {
                _sideBySide.Add(earlier);
            }
        }

        foreach (var package in packages)
        {
            _sideBySide.Add(package);
        }

        if (packages.Any(p => p.SideBySide))
        {
            _scriptOptions = _sideBySide.Rebase(_scriptOptions, ScriptReferences.Assemblies, typeof(ScriptGlobals).Assembly, out var leftOut);
            if (leftOut.Count > 0)
            {
                sink.Stream("stdout", $"Left out of this session (built on the engine's {string.Join(", ", _sideBySide.Replaced)}): {string.Join(", ", leftOut)}.\n");
            }
        }
    }

    /// <summary>A #!markdown, #!html, #!javascript or #!value cell, or one in another language (not run, with a note).</summary>
    private bool RunOtherCell(CellPreprocessResult pre, ICellOutputSink sink, string label)
    {
        switch (pre.Kind)
        {
            case CellKindDirective.Markdown:
                sink.Display(_formatters.Format(new MarkdownContent(pre.Body)), isExecuteResult: false);
                return true;
            case CellKindDirective.Html:
                sink.Display(new MimeBundle(new Dictionary<string, string> { ["text/html"] = pre.Body, ["text/plain"] = pre.Body }), isExecuteResult: false);
                return true;
            case CellKindDirective.JavaScript:
                var script = "<script type=\"text/javascript\">\n" + pre.Body.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) + "\n</script>";
                sink.Display(new MimeBundle(new Dictionary<string, string> { ["text/html"] = script, ["text/plain"] = "<script>" }), isExecuteResult: false);
                return true;
            case CellKindDirective.Value:
                return RunValueCell(pre, sink, label);
            default:
                sink.Stream("stderr", $"Not run: the engine runs C# only (this cell is #!{pre.Language}).\n");
                return true;
        }
    }

    private bool RunValueCell(CellPreprocessResult pre, ICellOutputSink sink, string label)
    {
        if (!pre.Options.TryGetValue("name", out var name) || name.Length == 0)
        {
            var message = $"({label}): #!value needs --name <name>.";
            sink.Error("DirectiveError", message, ["DirectiveError: " + message]);
            return false;
        }

        var value = pre.Body;
        if (pre.Options.TryGetValue("from-file", out var file))
        {
            var path = Path.GetFullPath(file, BaseDirectory);
            if (!File.Exists(path))
            {
                var message = $"({label}): #!value --from-file: the file {path} does not exist.";
                sink.Error("FileNotFoundException", message, ["FileNotFoundException: " + message]);
                return false;
            }

            value = File.ReadAllText(path);
        }
        else if (pre.Options.TryGetValue("from-value", out var other))
        {
            value = _globals.AnalysenotaterValues.Get(other);
        }

        _globals.AnalysenotaterValues.Set(name, value);
        if (pre.Options.TryGetValue("mime-type", out var mime))
        {
            sink.Display(new MimeBundle(new Dictionary<string, string> { [mime] = value, ["text/plain"] = value }), isExecuteResult: false);
        }

        return true;
    }

    private static MimeBundle AboutBundle()
    {
        var engine = typeof(ScriptSession).Assembly;
        var version = ScriptReferences.VersionOf(engine);
        var roslyn = ScriptReferences.VersionOf(typeof(CSharpScript).Assembly);
        var text = $"Analysenotater {version} — C# notebooks for survey research\n.NET {Environment.Version}, Roslyn {roslyn}, C# {LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString()}\nRuns .NET Interactive notebooks: display(), Formatter, HTML helpers, #!magics, #r \"nuget: …\".";
        var html = "<div class=\"an-about\"><b>Analysenotater</b> " + System.Net.WebUtility.HtmlEncode(version) + "<br>" +
                   System.Net.WebUtility.HtmlEncode($".NET {Environment.Version} · Roslyn {roslyn}") + "</div>";
        return new MimeBundle(new Dictionary<string, string> { ["text/plain"] = text, ["text/html"] = html });
    }

    /// <summary>True when the submission ends in an expression without semicolon whose type is not void (the cell's result).</summary>
    private static bool HasResultValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Last();
        var last = tree.GetCompilationUnitRoot().Members.LastOrDefault();
        if (last is not Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax { Statement: Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax statement } ||
            !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        // Only a call (or an await of one) can be void; anything else that stands as a result has a value.
        if (statement.Expression is not (Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.AwaitExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalAccessExpressionSyntax))
        {
            return true;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private async Task WaitForAbandonAsync(CancellationToken interrupt, CancellationToken finished)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(interrupt, finished);
        try
        {
            await Task.Delay(Timeout.Infinite, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Interrupted or finished: go on.
        }

        if (finished.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await Task.Delay(_options.InterruptGracePeriod, finished).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The cell stopped within the grace period; the caller has already taken its result.
        }
    }

    private static void ReportCompileErrors(IReadOnlyList<Diagnostic> errors, ICellOutputSink sink, string label)
    {
        var lines = errors.Select(d => $"({label}, line {d.Location.GetLineSpan().StartLinePosition.Line + 1}): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToList();
        sink.Error("CompilationError", lines[0], [.. lines.Select(l => "CompilationError: " + l)]);
    }

    private static void ReportInterrupt(ICellOutputSink sink, string label)
    {
        var message = $"({label}): the cell was interrupted.";
        sink.Error("OperationCanceledException", message, ["Interrupted: " + message]);
    }

    private void ReportException(Exception exception, ICellOutputSink sink, string label)
    {
        var e = Unwrap(exception);
        var (cell, line) = LocateInCells(e);
        var where = line is null ? $"({label})" : cell == label ? $"({label}, line {line})" : $"({label}; raised in {cell}, line {line})";
        var message = $"{where}: {e.Message}";
        var traceback = new List<string> { $"{e.GetType().Name}: {message}" };
        traceback.AddRange(CleanStackTrace(e));
        sink.Error(e.GetType().Name, message, traceback);
    }

    private static Exception Unwrap(Exception e)
    {
        while (true)
        {
            switch (e)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    e = inner;
                    continue;
                case AggregateException { InnerExceptions.Count: 1 } agg:
                    e = agg.InnerExceptions[0];
                    continue;
                default:
                    return e;
            }
        }
    }

    private (string? Cell, int? Line) LocateInCells(Exception e)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            var file = frame.GetFileName();
            if (file is not null && _cellFiles.TryGetValue(file, out var cell) && frame.GetFileLineNumber() > 0)
            {
                return (cell, frame.GetFileLineNumber());
            }
        }

        return (null, null);
    }

    private IEnumerable<string> CleanStackTrace(Exception e)
    {
        var text = e.StackTrace ?? "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal) ||
                line.Contains("Analysenotater.Notebooks.Packages.SideBySideSubmissions", StringComparison.Ordinal) ||
                line.Contains("--- End of stack trace", StringComparison.Ordinal) ||
                line.Contains("System.Runtime.CompilerServices", StringComparison.Ordinal) ||
                line.Contains("System.Threading.", StringComparison.Ordinal) ||
                line.Trim().Length == 0)
            {
                continue;
            }

            foreach (var (file, cell) in _cellFiles)
            {
                line = line.Replace(file, cell, StringComparison.Ordinal);
            }

            yield return CompilerFrames.Clean(line);
        }
    }
}
