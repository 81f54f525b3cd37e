using System.Text;

namespace Analysenotater.Notebooks.Documents;

/// <summary>Reads and writes notebooks by file extension: .ipynb (Jupyter), .dib (Polyglot), .csx (a C# script as one code cell, read only).</summary>
public static class NotebookFile
{
    /// <summary>True for the extensions <see cref="Read"/> understands.</summary>
    public static bool IsSupported(string path) => Path.GetExtension(path).ToLowerInvariant() is ".ipynb" or ".dib" or ".csx";

    /// <summary>Reads a notebook or script.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist (the message names it).</exception>
    /// <exception cref="NotebookFormatException">Unsupported extension or malformed content (the message names the file and cell).</exception>
    public static Notebook Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Notebook not found: {Path.GetFullPath(path)}", path);
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        var name = Path.GetFileName(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".ipynb" => IpynbReader.Parse(text, name),
            ".dib" => DibFormat.Parse(text, name),
            ".csx" => new Notebook([NotebookCell.Code(text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'))]),
            var ext => throw new NotebookFormatException($"{name}: unsupported file type '{ext}'; expected .ipynb, .dib or .csx."),
        };
    }

    /// <summary>Writes <paramref name="notebook"/> as .ipynb or .dib by the extension of <paramref name="path"/>, creating the folder.</summary>
    /// <exception cref="NotebookFormatException">The extension is neither .ipynb nor .dib.</exception>
    public static void Write(string path, Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(notebook);
        var text = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".ipynb" => IpynbWriter.Serialize(notebook),
            ".dib" => DibFormat.Serialize(notebook),
            var ext => throw new NotebookFormatException($"{Path.GetFileName(path)}: cannot write '{ext}'; expected .ipynb or .dib."),
        };
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
