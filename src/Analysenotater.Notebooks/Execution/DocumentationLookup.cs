using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Analysenotater.Notebooks.Execution;

/// <summary>Finds a symbol's XML documentation summary in the .xml file beside its assembly (or in the .NET reference pack).</summary>
internal static class DocumentationLookup
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, XElement>?> Files = new(StringComparer.Ordinal);

    public static string? SummaryOf(ISymbol symbol)
    {
        var fromSource = symbol.GetDocumentationCommentXml();
        if (!string.IsNullOrWhiteSpace(fromSource))
        {
            return Summary(XElement.Parse("<root>" + fromSource + "</root>"));
        }

        var id = (symbol is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : symbol.OriginalDefinition).GetDocumentationCommentId();
        var assemblyName = symbol.ContainingAssembly?.Identity.Name;
        if (id is null || assemblyName is null)
        {
            return null;
        }

        foreach (var file in CandidateFiles(assemblyName))
        {
            var members = Files.GetOrAdd(file, Load);
            if (members is not null && members.TryGetValue(id, out var member))
            {
                return Summary(member);
            }
        }

        return null;
    }

    private static IEnumerable<string> CandidateFiles(string assemblyName)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == assemblyName && !a.IsDynamic && a.Location.Length > 0);
        if (loaded is not null)
        {
            yield return Path.ChangeExtension(loaded.Location, ".xml");
        }

        // Framework assemblies: the documentation ships in the reference pack (dotnet/packs/Microsoft.NETCore.App.Ref/<version>/ref/net10.0).
        var runtimeDir = RuntimeEnvironment.GetRuntimeDirectory();
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (Directory.Exists(packs))
        {
            foreach (var version in Directory.GetDirectories(packs).OrderDescending(StringComparer.Ordinal))
            {
                foreach (var refDir in Directory.GetDirectories(Path.Combine(version, "ref")))
                {
                    yield return Path.Combine(refDir, assemblyName + ".xml");
                }
            }
        }
        else if (loaded is null && assemblyName == typeof(object).Assembly.GetName().Name)
        {
            yield return Path.Combine(runtimeDir, "System.Runtime.xml");
        }
    }

    private static IReadOnlyDictionary<string, XElement>? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var doc = XDocument.Load(path);
            var map = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (var m in doc.Descendants("member"))
            {
                if (m.Attribute("name")?.Value is { } name)
                {
                    map.TryAdd(name, m);
                }
            }

            return map;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static string? Summary(XElement member)
    {
        var summary = member.Element("summary");
        if (summary is null)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            switch (node)
            {
                case XText text:
                    sb.Append(text.Value);
                    break;
                case XElement e when e.Attribute("cref")?.Value is { } cref:
                    var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
                    sb.Append(name.Split('(')[0].Split('.').Last());
                    break;
                case XElement e when e.Attribute("langword")?.Value is { } word:
                    sb.Append(word);
                    break;
                case XElement e when e.Attribute("name")?.Value is { } paramName:
                    sb.Append(paramName);
                    break;
                case XElement e:
                    sb.Append(e.Value);
                    break;
            }
        }

        var collapsed = string.Join(' ', sb.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
