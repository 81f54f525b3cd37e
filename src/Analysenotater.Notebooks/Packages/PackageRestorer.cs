using System.IO.Compression;
using System.Reflection;
using Analysenotater.Notebooks.Execution;
using NuGet.Common;
using NuGet.Configuration;
using NuGet.Frameworks;
using NuGet.Packaging;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;

namespace Analysenotater.Notebooks.Packages;

/// <summary>
/// Restores <c>#r "nuget: Id, Version"</c> packages with their dependencies for a session (NuGet.Protocol): sources
/// are the cells' <c>#i "nuget: …"</c> sources first, then the configured ones (the NuGet.config files that apply to
/// the notebook's folder; the NuGet global packages folder is read first as a local source). Packages are extracted
/// once into a cache folder kept between runs. Assemblies the engine already has (the framework, Plotly.NET,
/// FSharp.Core, Newtonsoft.Json, …) are never loaded twice: the engine's copy is used and a note says so when the
/// versions differ.
/// </summary>
/// <remarks>
/// Versions follow NuGet: "1.2.3" means the lowest version ≥ 1.2.3 a source has; "[1.2.3]" exactly that; "*" or
/// nothing the newest stable; "*-*" the newest including prereleases. Dependencies take the lowest version within
/// their range; when two packages ask for different ones, the higher lower bound wins. Not thread-safe: one session
/// restores one cell at a time.
/// <para>
/// A package the engine carries asked at another major version (Plotly.NET 4.2.0 where the engine has 6.0.0) is
/// restored as asked and marked <see cref="RestoredPackage.SideBySide"/> when <see cref="SideBySideAllowed"/> (the
/// session has not yet run a cell with the engine's copy) and a source has that major version; its dependencies that
/// the engine carries at another major version are treated the same way. Otherwise the engine's copy is used and a note
/// says why. Packages whose majors keep their API (FSharp.Core, Newtonsoft.Json) are always served by the engine's copy
/// when it is newer.
/// </para>
/// </remarks>
public sealed class PackageRestorer
{
    private static readonly NuGetFramework Target = NuGetFramework.Parse("net10.0");
    private static readonly Lazy<HashSet<string>> PlatformAssemblies = new(() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetDirectoryName(p)?.Contains("Microsoft.NETCore.App", StringComparison.Ordinal) == true)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>.NET Interactive extension packages whose library the engine uses directly (it provides the display part itself).</summary>
    private static readonly Dictionary<string, string> Substitutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["XPlot.Plotly.Interactive"] = "XPlot.Plotly",
    };

    /// <summary>Carried packages whose newer majors run code written for older ones: the engine's copy serves an older request.</summary>
    private static readonly HashSet<string> BackwardCompatible = new(StringComparer.OrdinalIgnoreCase) { "FSharp.Core", "Newtonsoft.Json" };

    private readonly string _cacheDirectory;
    private readonly IReadOnlyList<string> _configuredSources;
    private readonly List<string> _sources = [];
    private readonly Dictionary<string, RestoredPackage> _restored = new(StringComparer.OrdinalIgnoreCase);
    private readonly SourceCacheContext _cacheContext = new() { NoCache = false };
    private readonly Dictionary<string, string> _unreachable = new(StringComparer.Ordinal);

    /// <summary>Creates a restorer.</summary>
    /// <param name="baseDirectory">The notebook's folder: NuGet.config files apply from there up.</param>
    /// <param name="configuredSources">The sources to use after the cells' own; null: those of NuGet.config (and the global packages folder).</param>
    /// <param name="cacheDirectory">Where packages are extracted; null: <c>$ANALYSENOTATER_PACKAGES</c> or <c>~/.cache/analysenotater/packages</c>.</param>
    public PackageRestorer(string baseDirectory, IReadOnlyList<string>? configuredSources = null, string? cacheDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        _cacheDirectory = cacheDirectory ?? DefaultCacheDirectory();
        _configuredSources = configuredSources ?? ConfiguredSources(baseDirectory);
        BaseDirectory = baseDirectory;
    }

    /// <summary>The folder relative source paths resolve against.</summary>
    public string BaseDirectory { get; }

    /// <summary>
    /// How long one source may take to list a package's versions before it counts as unreachable (then it is not asked
    /// again in this session). Default: <c>$ANALYSENOTATER_NUGET_SOURCE_TIMEOUT</c> seconds, else 5 s. Downloads of a
    /// found package are not limited.
    /// </summary>
    public TimeSpan SourceTimeout { get; init; } = DefaultSourceTimeout();

    /// <summary>
    /// Whether another version of a carried package may be restored for loading beside the engine's copy (true until the
    /// session has run a cell compiled against the engine's copies; the session sets it before each restore).
    /// </summary>
    public bool SideBySideAllowed { get; set; } = true;

    /// <summary>Every package restored so far in this session, in order.</summary>
    public IReadOnlyList<RestoredPackage> Restored => [.. _restored.Values];

    /// <summary>The sources in the order they are tried (the cells' first).</summary>
    public IReadOnlyList<string> Sources => [.. _sources, .. _configuredSources.Where(s => !_sources.Contains(s))];

    /// <summary>Adds a package source (a URL or a folder, relative to <see cref="BaseDirectory"/>); tried before the configured ones.</summary>
    public void AddSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var full = Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile ? source : Path.GetFullPath(source, BaseDirectory);
        if (!_sources.Contains(full))
        {
            _sources.Add(full);
        }
    }

    /// <summary>Restores <paramref name="requests"/> and their dependencies.</summary>
    /// <remarks>A package or version not found in any source is listed in <see cref="PackageRestoreResult.Failures"/>; the rest are restored.</remarks>
    /// <exception cref="PackageRestoreException">A version is not valid NuGet syntax.</exception>
    public async Task<PackageRestoreResult> RestoreAsync(IReadOnlyList<PackageRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var notes = new List<string>();
        var result = new List<RestoredPackage>();
        var queue = new Queue<(string Id, VersionRange Range, string? RequiredBy, int Line, string Written, bool SideBySide)>();
        foreach (var request in requests)
        {
            if (request.Id.Equals("Plotly.NET.Interactive", StringComparison.OrdinalIgnoreCase) || request.Id.StartsWith("Microsoft.DotNet.Interactive", StringComparison.OrdinalIgnoreCase))
            {
                notes.Add($"#r \"nuget: {request.Id}\": not needed here; the engine formats charts and tables itself and provides the .NET Interactive display API.");
                continue;
            }

            if (Substitutes.TryGetValue(request.Id, out var substitute))
            {
                notes.Add($"#r \"nuget: {request.Id}\": that is the .NET Interactive extension of {substitute}; the engine restores {substitute} and draws its charts itself (offline, with its own plotly.js).");
                queue.Enqueue((substitute, TryParseRange(request.Version, out var r) ? r : VersionRange.All, null, request.Line, request.Version, false));
                continue;
            }

            if (!TryParseRange(request.Version, out var range))
            {
                throw new PackageRestoreException($"#r \"nuget: {request.Id}, {request.Version}\": '{request.Version}' is not a valid NuGet version or range (for example 1.2.3, [1.2.3], 1.*, *).", request.Line);
            }

            if (EngineAssembly(request.Id) is { } carried)
            {
                var used = ScriptReferences.VersionOf(carried);
                var usedVersion = NuGetVersion.TryParse(used, out var uv) ? uv : null;
                // A version written as "4.2.0" asks for that version (NuGet would also accept a newer one, but code written
                // for Plotly.NET 4 does not compile against 6): only no version, a float or the same version fits.
                var fits = request.Version.Length == 0 || range.IsFloating || usedVersion is null || usedVersion == range.MinVersion;
                if (!fits && OtherMajor(request.Id, usedVersion, range) is { } asked)
                {
                    if (SideBySideAllowed)
                    {
                        queue.Enqueue((request.Id, range, null, request.Line, request.Version, true));
                        continue;
                    }

                    var where = await AvailabilityAsync(request.Id, asked, cancellationToken).ConfigureAwait(false);
                    notes.Add($"#r \"nuget: {request.Id}, {request.Version}\": this session has already run cells with the engine's {request.Id} {used} (a session holds one copy of an assembly, and its earlier cells are bound to that one), so the cell gets {used}. {where} To get {request.Id} {asked.ToNormalizedString()}, put this #r in the notebook's first C# cell and restart the kernel (or run the notebook anew).");
                    result.Add(new RestoredPackage(request.Id, used, "engine", [], true));
                    continue;
                }

                var availability = fits || range.MinVersion is null ? "" : " " + await AvailabilityAsync(request.Id, range.MinVersion, cancellationToken).ConfigureAwait(false);
                notes.Add(fits
                    ? $"#r \"nuget: {request.Id}\": using {request.Id} {used}, which the engine carries."
                    : $"#r \"nuget: {request.Id}, {request.Version}\": the engine has {request.Id} {used} loaded (its charts, formatters and cells are built with the assembly {carried.GetName().Name} {used}, and a session's cells share one copy), so the cell gets {used}.{availability} Code written for {request.Version} may need changes{(request.Id.StartsWith("Plotly", StringComparison.OrdinalIgnoreCase) ? " (for example Plotly.NET 4's Chart2D is Chart in 6)" : "")}.");
                result.Add(new RestoredPackage(request.Id, used, "engine", [], true));
                continue;
            }

            queue.Enqueue((request.Id, range, null, request.Line, request.Version, false));
        }

        var failures = new List<PackageRestoreException>();
        var chosen = new Dictionary<string, (NuGetVersion Version, string Source, string Folder, bool Requested, bool SideBySide)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        while (queue.Count > 0)
        {
            var (id, range, requiredBy, line, written, sideBySide) = queue.Dequeue();
            if (chosen.TryGetValue(id, out var existing) && range.Satisfies(existing.Version))
            {
                continue;
            }

            if (_restored.TryGetValue(id, out var earlier) && NuGetVersion.TryParse(earlier.Version, out var earlierVersion))
            {
                if (!range.Satisfies(earlierVersion))
                {
                    notes.Add($"{id}: {earlier.Version} is already loaded in this session; {Describe(range)} was asked for{(requiredBy is null ? "" : $" by {requiredBy}")}. The loaded version is kept (restart the kernel to change it).");
                }

                continue;
            }

            if (sideBySide)
            {
                // Another major version of a carried package (or of a carried dependency of one): restored as asked
                // within that major, else the engine's copy with a note.
                var engineCopy = EngineAssembly(id)!;
                var engineVersion = ScriptReferences.VersionOf(engineCopy);
                var asked = range.MinVersion!;
                var nextMajor = new NuGetVersion(asked.Major + 1, 0, 0);
                var sameMajor = range.HasUpperBound && range.MaxVersion < nextMajor
                    ? range
                    : new VersionRange(range.MinVersion, range.IsMinInclusive, nextMajor, includeMaxVersion: false);
                try
                {
                    var (sbsVersion, sbsSource, sbsFolder) = await FindAsync(id, sameMajor, line, written, requiredBy, cancellationToken).ConfigureAwait(false);
                    chosen[id] = (sbsVersion, sbsSource, sbsFolder, requiredBy is null, true);
                    order.Add(id);
                    notes.Add($"{(requiredBy is null ? $"#r \"nuget: {id}, {written}\"" : $"{id} {Describe(range)} (needed by {requiredBy})")}: {id} {sbsVersion.ToNormalizedString()} is loaded beside the engine's {engineVersion} for this session (its cells are compiled against {sbsVersion.ToNormalizedString()}).");
                    foreach (var (depId, depRange) in Dependencies(sbsFolder))
                    {
                        queue.Enqueue((depId, depRange, $"{id} {sbsVersion}", line, depRange.ToShortString(), EngineAssembly(depId) is { } depEngine &&
                            OtherMajor(depId, NuGetVersion.TryParse(ScriptReferences.VersionOf(depEngine), out var dv) ? dv : null, depRange) is not null));
                    }
                }
                catch (PackageRestoreException)
                {
                    var where = await AvailabilityAsync(id, asked, cancellationToken).ConfigureAwait(false);
                    notes.Add(requiredBy is null
                        ? $"#r \"nuget: {id}, {written}\": the engine carries {id} {engineVersion}, and no {asked.Major}.x version of it at or above {asked.ToNormalizedString()} could be had to load beside it, so the cell gets {engineVersion}. {where} Code written for {written} may need changes{(id.StartsWith("Plotly", StringComparison.OrdinalIgnoreCase) ? " (for example Plotly.NET 4's Chart2D is Chart in 6)" : "")}."
                        : $"{requiredBy} asks for {id} {Describe(range)}; no such version could be had to load beside the engine's {engineVersion}, so that one is used. {where}");
                    if (requiredBy is null)
                    {
                        result.Add(new RestoredPackage(id, engineVersion, "engine", [], true));
                    }
                }

                continue;
            }

            if (requiredBy is not null && (PlatformAssemblies.Value.Contains(id) || EngineAssembly(id) is not null))
            {
                var engine = EngineAssembly(id);
                if (engine is not null && NuGetVersion.TryParse(ScriptReferences.VersionOf(engine), out var ev) && range.MinVersion is { } min && ev < min)
                {
                    notes.Add($"{requiredBy} asks for {id} {Describe(range)}; the engine carries {id} {ev} and a process can hold only one copy, so that one is used. If {requiredBy} fails with MissingMethodException, it needs the newer {id}.");
                }

                continue;
            }

            if (existing.Folder is not null && range.MinVersion is { } newMin && newMin <= existing.Version)
            {
                continue;
            }

            NuGetVersion version;
            string source;
            string folder;
            try
            {
                (version, source, folder) = await FindAsync(id, range, line, written, requiredBy, cancellationToken).ConfigureAwait(false);
            }
            catch (PackageRestoreException e)
            {
                // The other packages of the cell are still restored (usable in later cells); the cell reports this one.
                failures.Add(e);
                continue;
            }

            if (existing.Folder is not null)
            {
                notes.Add($"{id}: {existing.Version} raised to {version} ({requiredBy ?? "the cell"} asks for {Describe(range)}).");
            }
            else
            {
                order.Add(id);
            }

            chosen[id] = (version, source, folder, requiredBy is null, false);
            foreach (var (depId, depRange) in Dependencies(folder))
            {
                queue.Enqueue((depId, depRange, $"{id} {version}", line, depRange.ToShortString(), false));
            }
        }

        foreach (var id in order)
        {
            var (version, source, folder, requested, loadedBeside) = chosen[id];
            var assemblies = new List<string>();
            foreach (var dll in LibAssemblies(folder))
            {
                var name = AssemblyName.GetAssemblyName(dll);
                if (loadedBeside && !PlatformAssemblies.Value.Contains(name.Name ?? ""))
                {
                    // Loaded beside the engine's copy of the same name, in the session's own load context.
                    assemblies.Add(dll);
                    continue;
                }

                var loaded = EngineAssemblies().FirstOrDefault(a => string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase));
                if (loaded is not null || PlatformAssemblies.Value.Contains(name.Name ?? ""))
                {
                    if (loaded is not null && loaded.GetName().Version is { } lv && name.Version is { } pv && lv < pv)
                    {
                        notes.Add($"{id} {version}: its {name.Name} {pv} is older in the engine ({lv}, already loaded); the engine's copy is used.");
                    }

                    continue;
                }

                assemblies.Add(dll);
            }

            var package = new RestoredPackage(id, version.ToNormalizedString(), source, assemblies, requested) { SideBySide = loadedBeside };
            _restored[id] = package;
            result.Add(package);
        }

        return new PackageRestoreResult(result, notes) { Failures = failures };
    }

    /// <summary>
    /// The lower bound of <paramref name="range"/> when it names another major version than the engine's
    /// <paramref name="engineVersion"/> of <paramref name="id"/> (and the package's majors are not known to be compatible
    /// with older code); null otherwise.
    /// </summary>
    private static NuGetVersion? OtherMajor(string id, NuGetVersion? engineVersion, VersionRange range)
    {
        if (engineVersion is null || range.IsFloating || range.MinVersion is not { } asked || asked.Major == engineVersion.Major)
        {
            return null;
        }

        return BackwardCompatible.Contains(id) && asked < engineVersion ? null : asked;
    }

    private static string Describe(VersionRange range) => range.IsFloating ? range.Float.ToString() : range.PrettyPrint();

    private static bool TryParseRange(string text, out VersionRange range)
    {
        if (text.Length == 0)
        {
            range = VersionRange.Parse("*");
            return true;
        }

        return VersionRange.TryParse(text, allowFloating: true, out range!);
    }

    private static Assembly? EngineAssembly(string id)
    {
        if (ScriptReferences.CarriedPackages.TryGetValue(id, out var carried))
        {
            return carried;
        }

        return EngineAssemblies().FirstOrDefault(a => string.Equals(a.GetName().Name, id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The assemblies of the engine itself: loaded from the application's folder (not the ones an earlier session
    /// restored into the package cache, which a new session references again from their files).
    /// </summary>
    private static IEnumerable<Assembly> EngineAssemblies()
    {
        var appFolder = AppContext.BaseDirectory;
        return AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location) &&
            a.Location.StartsWith(appFolder, StringComparison.Ordinal));
    }

    private async Task<(NuGetVersion Version, string Source, string Folder)> FindAsync(string id, VersionRange range, int line, string written, string? requiredBy, CancellationToken cancellationToken)
    {
        // An exact version already extracted: no source is asked.
        if (!range.IsFloating && range.HasLowerAndUpperBounds && range.MinVersion == range.MaxVersion && range.MinVersion is { } exact &&
            Directory.Exists(CacheFolder(id, exact)) && File.Exists(Path.Combine(CacheFolder(id, exact), ".complete")))
        {
            return (exact, "cache", CacheFolder(id, exact));
        }

        var tried = new List<string>();
        var found = new List<string>();
        foreach (var source in Sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var listed = await ListVersionsAsync(source, id, tried, cancellationToken).ConfigureAwait(false);
            if (listed is not { } listing)
            {
                continue;
            }

            var (finder, versions) = listing;
            var list = versions?.ToList() ?? [];
            tried.Add(source);
            if (list.Count == 0)
            {
                continue;
            }

            found.Add($"{source}: {string.Join(", ", list.OrderDescending().Take(8).Select(v => v.ToNormalizedString()))}{(list.Count > 8 ? ", …" : "")}");
            var best = range.FindBestMatch(list.Where(v => range.IsFloating ? range.Float.IncludePrerelease || !v.IsPrerelease : true));
            if (best is null)
            {
                continue;
            }

            var folder = CacheFolder(id, best);
            if (!File.Exists(Path.Combine(folder, ".complete")))
            {
                Directory.CreateDirectory(folder);
                var nupkg = Path.Combine(folder, $"{id.ToLowerInvariant()}.{best.ToNormalizedString().ToLowerInvariant()}.nupkg");
                await using (var stream = File.Create(nupkg))
                {
                    if (!await finder.CopyNupkgToStreamAsync(id, best, stream, _cacheContext, NullLogger.Instance, cancellationToken).ConfigureAwait(false))
                    {
                        throw new PackageRestoreException($"{id} {best}: listed by {source} but could not be downloaded.");
                    }
                }

                ZipFile.ExtractToDirectory(nupkg, folder, overwriteFiles: true);
                await File.WriteAllTextAsync(Path.Combine(folder, ".complete"), source, cancellationToken).ConfigureAwait(false);
            }

            return (best, source, folder);
        }

        var who = requiredBy is null ? $"#r \"nuget: {id}{(written.Length == 0 ? "" : ", " + written)}\"" : $"{id} {Describe(range)} (needed by {requiredBy})";
        var what = found.Count == 0
            ? $"the package '{id}' was not found"
            : $"no version of '{id}' matches {Describe(range)} (versions there: {string.Join("; ", found)})";
        throw new PackageRestoreException($"{who}: {what}. Sources tried: {(tried.Count == 0 ? "none (add one with #i \"nuget: <folder or URL>\" or a NuGet.config)" : string.Join(", ", tried))}.", line);
    }

    /// <summary>
    /// Lists the versions of <paramref name="id"/> that <paramref name="source"/> has; null (with the reason added to
    /// <paramref name="tried"/>) when the source is not a package source or does not answer within <see cref="SourceTimeout"/>.
    /// </summary>
    private async Task<(FindPackageByIdResource Finder, IEnumerable<NuGetVersion>? Versions)?> ListVersionsAsync(string source, string id, List<string> tried, CancellationToken cancellationToken)
    {
        if (_unreachable.TryGetValue(source, out var why))
        {
            tried.Add($"{source} ({why}; not asked again in this session)");
            return null;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(SourceTimeout);
        try
        {
            var finder = await Repository.Factory.GetCoreV3(source).GetResourceAsync<FindPackageByIdResource>(limit.Token).ConfigureAwait(false);
            if (finder is null)
            {
                tried.Add($"{source} (not a package source)");
                return null;
            }

            return (finder, await finder.GetAllVersionsAsync(id, _cacheContext, NullLogger.Instance, limit.Token).ConfigureAwait(false));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && (limit.IsCancellationRequested || e is not OperationCanceledException))
        {
            // A source that does not answer (no network, a feed behind a VPN) costs at most SourceTimeout once.
            var reason = limit.IsCancellationRequested
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"no answer within {SourceTimeout.TotalSeconds:0.#} s")
                : $"not reachable: {FirstLine(e)}";
            _unreachable[source] = reason;
            tried.Add($"{source} ({reason})");
            return null;
        }
    }

    /// <summary>Where <paramref name="version"/> of <paramref name="id"/> can be had, as a sentence for a note.</summary>
    private async Task<string> AvailabilityAsync(string id, NuGetVersion version, CancellationToken cancellationToken)
    {
        var tried = new List<string>();
        var others = new List<string>();
        foreach (var source in Sources)
        {
            if (await ListVersionsAsync(source, id, tried, cancellationToken).ConfigureAwait(false) is not { } listed)
            {
                continue;
            }

            var list = listed.Versions?.ToList() ?? [];
            if (list.Contains(version))
            {
                return $"{id} {version.ToNormalizedString()} is in {source}.";
            }

            others.Add(list.Count == 0 ? $"{source} (no {id})" : $"{source} ({string.Join(", ", list.OrderDescending().Take(5).Select(v => v.ToNormalizedString()))})");
        }

        others.AddRange(tried);
        return $"{id} {version.ToNormalizedString()} is in none of the sources tried: {(others.Count == 0 ? "none" : string.Join(", ", others))}.";
    }

    private static IEnumerable<(string Id, VersionRange Range)> Dependencies(string folder)
    {
        using var reader = new PackageFolderReader(folder);
        var groups = reader.GetPackageDependencies().ToList();
        var nearest = new FrameworkReducer().GetNearest(Target, groups.Select(g => g.TargetFramework));
        var group = groups.FirstOrDefault(g => g.TargetFramework.Equals(nearest));
        return group is null ? [] : [.. group.Packages.Select(p => (p.Id, p.VersionRange ?? VersionRange.All))];
    }

    private static List<string> LibAssemblies(string folder)
    {
        using var reader = new PackageFolderReader(folder);
        var groups = reader.GetLibItems().ToList();
        var nearest = new FrameworkReducer().GetNearest(Target, groups.Select(g => g.TargetFramework));
        var group = groups.FirstOrDefault(g => g.TargetFramework.Equals(nearest));
        return group is null
            ? []
            : [.. group.Items.Where(i => i.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Select(i => Path.GetFullPath(Path.Combine(folder, i)))];
    }

    private string CacheFolder(string id, NuGetVersion version) => Path.Combine(_cacheDirectory, id.ToLowerInvariant(), version.ToNormalizedString().ToLowerInvariant());

    private static string FirstLine(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message.Split('\n')[0].Trim();
    }

    private static TimeSpan DefaultSourceTimeout() =>
        double.TryParse(Environment.GetEnvironmentVariable("ANALYSENOTATER_NUGET_SOURCE_TIMEOUT"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(5);

    private static string DefaultCacheDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("ANALYSENOTATER_PACKAGES");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "analysenotater", "packages");
    }

    private static List<string> ConfiguredSources(string baseDirectory)
    {
        var sources = new List<string>();
        try
        {
            var settings = Settings.LoadDefaultSettings(baseDirectory);
            var global = SettingsUtility.GetGlobalPackagesFolder(settings);
            if (!string.IsNullOrEmpty(global) && Directory.Exists(global))
            {
                sources.Add(global);
            }

            sources.AddRange(new PackageSourceProvider(settings).LoadPackageSources().Where(s => s.IsEnabled).Select(s => s.Source));
        }
        catch (NuGetConfigurationException)
        {
            // A broken NuGet.config: only the cells' own sources are used; the error shows when a package is missing.
        }

        return sources;
    }
}
