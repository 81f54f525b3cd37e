using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysenotater.Notebooks.Packages;

/// <summary>
/// Compiles and runs a session's cells when the session holds another version of a package the engine carries
/// (Plotly.NET 4.2.0 beside the engine's 6.0.0): the cells form their own submission chain compiled against the asked
/// version's assemblies (the engine's copy, and the engine assemblies built on it, left out of the references), and
/// each compiled cell is loaded into the session's <see cref="SessionLoadContext"/>, where that version is found first.
/// </summary>
/// <remarks>
/// Roslyn's own script loader cannot do this: it lets the default load context answer first, and the default context
/// gives the engine's 6.0.0 to code compiled against 4.2.0. The chain starts with the cell that restored the package,
/// so it is used only when no cell has run yet in the session. Cells run one at a time (the session's gate).
/// </remarks>
internal sealed class SideBySideSubmissions
{
    private readonly SessionLoadContext _context = new();
    private readonly HashSet<string> _replaced = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _replacementPaths = new(StringComparer.Ordinal);
    private readonly HashSet<MetadataReference> _chainReferences = [];
    private object?[] _states;
    private int _count = 1;
    private Script<object>? _last;

    /// <summary>Starts an empty chain whose cells see <paramref name="globals"/> as their host object.</summary>
    public SideBySideSubmissions(object globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        _states = [globals, null];
    }

    /// <summary>The last cell that ran (successfully or not); the next cell continues it. Null before the first.</summary>
    public Script<object>? Last
    {
        get => _last;
        private set
        {
            _last = value;
            _chainReferences.UnionWith(value?.Options.MetadataReferences ?? []);
        }
    }

    /// <summary>The simple names of the engine assemblies replaced by another version in this session.</summary>
    public IReadOnlyCollection<string> Replaced => _replaced;

    /// <summary>Adds a restored package's assemblies: loaded in the session's context (a side-by-side package's replacing the engine's of the same name).</summary>
    public void Add(RestoredPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        foreach (var path in package.Assemblies)
        {
            _context.Register(path, replace: package.SideBySide);
            if (package.SideBySide)
            {
                _replaced.Add(AssemblyName.GetAssemblyName(path).Name ?? Path.GetFileNameWithoutExtension(path));
                _replacementPaths.Add(path);
            }
        }
    }

    /// <summary>
    /// A cell after the last one (or the first of the chain). A continuation gets only the references the chain lacks:
    /// Roslyn adds the previous submission's references to a submission's own, so passing all of them with every cell
    /// would make the N-th carry N copies (memory growing quadratically; docs/kernel.md).
    /// </summary>
    public Script<object> Continue(string code, ScriptOptions options, Type globalsType) =>
        Last is null ? CSharpScript.Create(code, options, globalsType) : Last.ContinueWith(code, options.WithReferences(options.MetadataReferences.Where(r => !_chainReferences.Contains(r))));

    /// <summary>
    /// <paramref name="options"/> without the engine's copies of the replaced assemblies, the engine assemblies built on
    /// them (transitively; never <paramref name="globalsAssembly"/>) and the imports only those provided.
    /// </summary>
    /// <param name="options">The session's options so far.</param>
    /// <param name="engineAssemblies">The engine assemblies the options reference.</param>
    /// <param name="globalsAssembly">The assembly of the cells' globals type: always kept.</param>
    /// <param name="leftOut">The engine assemblies left out because they are built on a replaced one (names).</param>
    public ScriptOptions Rebase(ScriptOptions options, IEnumerable<Assembly> engineAssemblies, Assembly globalsAssembly, out IReadOnlyList<string> leftOut)
    {
        ArgumentNullException.ThrowIfNull(options);
        var engine = engineAssemblies.Where(a => !a.IsDynamic).ToList();
        var dropped = new HashSet<string>(_replaced, StringComparer.OrdinalIgnoreCase);
        var builtOn = new List<string>();
        bool changed;
        do
        {
            changed = false;
            foreach (var assembly in engine)
            {
                var name = assembly.GetName().Name ?? "";
                if (assembly != globalsAssembly && !dropped.Contains(name) && assembly.GetReferencedAssemblies().Any(r => r.Name is { } n && dropped.Contains(n)))
                {
                    dropped.Add(name);
                    builtOn.Add(name);
                    changed = true;
                }
            }
        }
        while (changed);

        leftOut = builtOn;
        var references = options.MetadataReferences
            .Where(r => r is not PortableExecutableReference { FilePath: { } file } || _replacementPaths.Contains(file) || !dropped.Contains(Path.GetFileNameWithoutExtension(file)))
            .ToList();
        var removedNamespaces = new HashSet<string>(StringComparer.Ordinal);
        var keptNamespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in engine)
        {
            var target = dropped.Contains(assembly.GetName().Name ?? "") ? removedNamespaces : keptNamespaces;
            target.UnionWith(assembly.GetExportedTypes().Select(t => t.Namespace).OfType<string>());
        }

        foreach (var path in _replacementPaths)
        {
            keptNamespaces.UnionWith(PublicNamespaces(path));
        }

        var imports = options.Imports.Where(i => !removedNamespaces.Contains(i) || keptNamespaces.Contains(i)).ToList();
        return options.WithReferences(references).WithImports(imports);
    }

    /// <summary>Compiles <paramref name="script"/> (already checked for errors), loads it into the session's context and runs it.</summary>
    /// <returns>The cell's return value, or the exception it threw (the chain moves on either way, as Roslyn's does).</returns>
    /// <exception cref="InvalidOperationException">The compilation could not be emitted.</exception>
    public async Task<(object? Value, Exception? Exception)> RunAsync(Script<object> script, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        var compilation = script.GetCompilation();
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emitted = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb), cancellationToken: cancellationToken);
        if (!emitted.Success)
        {
            if (emitted.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException("The cell could not be compiled: " + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            // Nothing to emit (only using directives): the cell still belongs to the chain, for the cells after it.
            Last = script;
            return (null, null);
        }

        pe.Position = 0;
        pdb.Position = 0;
        var assembly = _context.LoadSubmission(pe, pdb);
        var entryPoint = compilation.GetEntryPoint(cancellationToken) ?? throw new InvalidOperationException("The cell's compilation has no entry point.");
        var typeName = entryPoint.ContainingNamespace.IsGlobalNamespace
            ? entryPoint.ContainingType.MetadataName
            : entryPoint.ContainingNamespace.ToDisplayString() + "." + entryPoint.ContainingType.MetadataName;
        var method = assembly.GetType(typeName, throwOnError: true)!.GetMethod(entryPoint.MetadataName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"The cell's entry point {typeName}.{entryPoint.MetadataName} was not found.");
        var factory = method.CreateDelegate<Func<object?[], Task<object>>>();
        Last = script;
        if (_states.Length <= _count)
        {
            Array.Resize(ref _states, _states.Length * 2);
        }

        try
        {
            return (await factory(_states).ConfigureAwait(false), null);
        }
#pragma warning disable CA1031 // Whatever the cell throws is its result, reported by the session as a runtime error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, e);
        }
        finally
        {
            _count++;
        }
    }

    private static IEnumerable<string> PublicNamespaces(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public && !type.Namespace.IsNil)
            {
                namespaces.Add(reader.GetString(type.Namespace));
            }
        }

        return namespaces;
    }
}
