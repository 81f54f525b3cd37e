using System.Text.Json;

namespace Analysenotater.Kernel.KernelSpecs;

/// <summary>
/// Writes a kernelspec directory (<c>kernels/&lt;name&gt;/kernel.json</c>) where Jupyter looks for kernels:
/// the user's Jupyter data directory, or <c>&lt;prefix&gt;/share/jupyter</c> (found by Jupyter through
/// <c>JUPYTER_PATH</c> or when the prefix is Python's <c>sys.prefix</c>).
/// </summary>
public static class KernelSpecInstaller
{
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true };

    /// <summary>Installs a kernelspec into the user's Jupyter data directory.</summary>
    /// <param name="spec">The kernelspec.</param>
    /// <param name="name">Directory name of the kernelspec; <see cref="KernelSpec.DefaultName"/> for ours.</param>
    /// <returns>The kernelspec directory written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The directory cannot be written.</exception>
    public static string InstallForUser(KernelSpec spec, string name)
        => Install(spec, name, UserDataDirectory());

    /// <summary>Installs a kernelspec under <c>&lt;prefix&gt;/share/jupyter/kernels</c>.</summary>
    /// <param name="spec">The kernelspec.</param>
    /// <param name="name">Directory name of the kernelspec.</param>
    /// <param name="prefix">The prefix directory; created when missing.</param>
    /// <returns>The kernelspec directory written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The directory cannot be written.</exception>
    public static string InstallToPrefix(KernelSpec spec, string name, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Install(spec, name, Path.Combine(Path.GetFullPath(prefix), "share", "jupyter"));
    }

    /// <summary>Gets the user's Jupyter data directory as jupyter_core computes it
    /// (<c>JUPYTER_DATA_DIR</c>, else the platform's user data directory).</summary>
    /// <returns>The directory path (not necessarily existing).</returns>
    public static string UserDataDirectory()
    {
        var explicitDirectory = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (!string.IsNullOrEmpty(explicitDirectory))
        {
            return explicitDirectory;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    private static string Install(KernelSpec spec, string name, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(name);
        var directory = Path.Combine(dataDirectory, "kernels", name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "kernel.json"), JsonSerializer.Serialize(spec, WriteOptions) + Environment.NewLine);
        return directory;
    }
}
