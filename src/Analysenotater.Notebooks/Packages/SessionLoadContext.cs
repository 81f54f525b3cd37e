using System.Reflection;
using System.Runtime.Loader;

namespace Analysenotater.Notebooks.Packages;

/// <summary>
/// The load context of a session that holds another version of a package the engine carries: its compiled cells, that
/// package's assemblies (loaded here even though the engine's copy of the same name is in the default context) and the
/// session's other restored packages. Every other name (the framework, the engine, the globals type) resolves in the
/// default context, so values the engine formats are the engine's own types.
/// </summary>
/// <remarks>Thread-safe. Not collectible: a session's assemblies stay loaded for the life of the process, as Roslyn's do.</remarks>
internal sealed class SessionLoadContext : AssemblyLoadContext
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Assembly> _submissions = new(StringComparer.Ordinal);

    public SessionLoadContext()
        : base("analysenotater-session")
    {
    }

    /// <summary>Makes the assembly at <paramref name="path"/> the one this context loads for its simple name (replacing an earlier registration when <paramref name="replace"/>).</summary>
    /// <exception cref="BadImageFormatException">The file is not an assembly.</exception>
    public void Register(string path, bool replace)
    {
        var name = AssemblyName.GetAssemblyName(path).Name ?? Path.GetFileNameWithoutExtension(path);
        lock (_lock)
        {
            if (replace)
            {
                _paths[name] = path;
            }
            else
            {
                _paths.TryAdd(name, path);
            }
        }
    }

    /// <summary>Loads a compiled cell (PE image and portable PDB) into this context.</summary>
    public Assembly LoadSubmission(Stream peImage, Stream pdb)
    {
        var assembly = LoadFromStream(peImage, pdb);
        lock (_lock)
        {
            _submissions[assembly.GetName().Name ?? ""] = assembly;
        }

        return assembly;
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        string? path;
        lock (_lock)
        {
            if (assemblyName.Name is null)
            {
                return null;
            }

            if (_submissions.TryGetValue(assemblyName.Name, out var submission))
            {
                return submission;
            }

            if (!_paths.TryGetValue(assemblyName.Name, out path))
            {
                return null;
            }
        }

        return LoadFromAssemblyPath(path);
    }
}
