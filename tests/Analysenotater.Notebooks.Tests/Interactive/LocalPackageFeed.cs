using System.IO.Compression;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Analysenotater.Notebooks.Tests.Interactive;

/// <summary>
/// A local NuGet folder source the tests build: each package is a tiny library compiled here with Roslyn and written
/// as a .nupkg (a zip with its .nuspec and lib/netstandard2.0/Id.dll). No network.
/// </summary>
internal sealed class LocalPackageFeed
{
    public LocalPackageFeed()
    {
        Folder = TestFiles.NewScratchFolder();
    }

    public string Folder { get; }

    /// <summary>Adds package <paramref name="id"/> <paramref name="version"/> holding an assembly compiled from <paramref name="code"/>.</summary>
    public void Add(string id, string version, string code, IReadOnlyList<(string Id, string Range)>? dependencies = null, IReadOnlyList<string>? referencedDlls = null)
    {
        var references = new List<MetadataReference>
        {
            MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
            MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll")),
        };
        references.AddRange((referencedDlls ?? []).Select(p => MetadataReference.CreateFromFile(p)));
        var compilation = CSharpCompilation.Create(id, [CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyVersion(\"{version.Split('-')[0]}.0\")]\n" + code)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var dll = new MemoryStream();
        var emitted = compilation.Emit(dll);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var deps = new StringBuilder();
        foreach (var (depId, range) in dependencies ?? [])
        {
            deps.Append($"<dependency id=\"{depId}\" version=\"{range}\" />");
        }

        var nuspec = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>{id}</id><version>{version}</version><authors>test</authors><description>test package</description>
                <dependencies><group targetFramework=".NETStandard2.0">{deps}</group></dependencies>
              </metadata>
            </package>
            """;
        var path = Path.Combine(Folder, $"{id}.{version}.nupkg");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry($"{id}.nuspec").Open()))
        {
            writer.Write(nuspec);
        }

        using (var entry = zip.CreateEntry($"lib/netstandard2.0/{id}.dll").Open())
        {
            entry.Write(dll.ToArray());
        }
    }

    /// <summary>The assembly of a package added before (for libraries that depend on it), extracted to a scratch file.</summary>
    public string AssemblyOf(string id, string version)
    {
        var target = Path.Combine(TestFiles.NewScratchFolder(), id + ".dll");
        using var zip = ZipFile.OpenRead(Path.Combine(Folder, $"{id}.{version}.nupkg"));
        zip.GetEntry($"lib/netstandard2.0/{id}.dll")!.ExtractToFile(target);
        return target;
    }
}
