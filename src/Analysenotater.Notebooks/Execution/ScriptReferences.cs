using System.Reflection;
using Analysenotater.Reporting;

namespace Analysenotater.Notebooks.Execution;

/// <summary>The assemblies and namespaces every cell gets. Assemblies are the ones already loaded in the engine (never a second copy).</summary>
internal static class ScriptReferences
{
    private static readonly string[] FrameworkAssemblyNames =
    [
        "System.Runtime", "netstandard", "System.Console", "System.Linq", "System.Linq.Expressions", "System.Collections",
        "System.Collections.Concurrent", "System.Collections.Immutable", "System.Text.RegularExpressions", "System.Threading",
        "System.Threading.Tasks", "System.Runtime.Extensions", "System.IO", "System.Net.Http", "System.ComponentModel.Primitives",
        "System.ComponentModel", "System.Data.Common", "System.Text.Json", "System.Text.Encodings.Web", "System.Runtime.Numerics",
        "System.Globalization", "System.ObjectModel", "System.Memory", "System.Diagnostics.Process", "System.Xml.ReaderWriter",
        "System.Private.Xml", "System.Xml.Linq", "System.Private.Xml.Linq", "Microsoft.CSharp", "System.Security.Cryptography",
        "System.Runtime.InteropServices", "System.Diagnostics.StackTrace", "System.Numerics.Vectors",
    ];

    private static readonly string[] CoreNamespaces =
    [
        "Analysenotater.Instruments", "Analysenotater.Data", "Analysenotater.Reporting", "Analysenotater.Import",
        "Analysenotater.Scoring", "Analysenotater.Tables", "Analysenotater.Disclosure", "Analysenotater.Text",
        "Analysenotater.Spss", "Analysenotater.Studies",
    ];

    /// <summary>
    /// The imports .NET Interactive's C# kernel gives every cell (a type name is a static import). The HTML helpers
    /// (<c>PocketViewTags</c>: <c>b</c>, <c>i</c>, <c>p</c>, …) are not among them, as there: notebooks import them
    /// with <c>using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;</c>.
    /// </summary>
    private static readonly string[] InteractiveImports =
    [
        "Microsoft.DotNet.Interactive", "Microsoft.DotNet.Interactive.Formatting",
        "Microsoft.DotNet.Interactive.Kernel",
    ];

    private static readonly Lazy<IReadOnlyList<Assembly>> LazyAssemblies = new(LoadAssemblies);
    private static readonly Lazy<IReadOnlyList<string>> LazyImports = new(FindImports);

    public static IReadOnlyList<Assembly> Assemblies => LazyAssemblies.Value;

    /// <summary>The KoRus 2017 / KS module (generators, published numbers, reproduction report): a separate assembly over the core.</summary>
    private static Assembly KoRusAssembly => typeof(Analysenotater.KoRus2017.Reproduction.ReproductionReport).Assembly;

    /// <summary>The microdata frame conversions (Analysenotater.Frames): referenced so a cell may opt in, never imported by default.</summary>
    private static Assembly MicrodataFramesAssembly => typeof(Analysenotater.Frames.MicrodataFrames).Assembly;

    /// <summary>The chart builders for survey results (Analysenotater.Plotting).</summary>
    private static Assembly PlottingAssembly => typeof(Analysenotater.Plotting.Building.ChartPalette).Assembly;

    public static IReadOnlyList<string> Imports => LazyImports.Value;

    /// <summary>The packages the engine carries, by NuGet id (case-insensitive), with the assembly that tells the version.</summary>
    public static IReadOnlyDictionary<string, Assembly> CarriedPackages { get; } = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase)
    {
        ["Plotly.NET"] = typeof(Plotly.NET.GenericChart).Assembly,
        ["Plotly.NET.CSharp"] = typeof(Plotly.NET.CSharp.Chart).Assembly,
        ["MathNet.Numerics"] = typeof(MathNet.Numerics.Constants).Assembly,
        ["Microsoft.Data.Analysis"] = typeof(Microsoft.Data.Analysis.DataFrame).Assembly,
        ["Deedle"] = typeof(Deedle.Frame).Assembly,
        ["FSharp.Core"] = typeof(Microsoft.FSharp.Core.Unit).Assembly,
        ["Newtonsoft.Json"] = typeof(Newtonsoft.Json.JsonConvert).Assembly,
        ["Analysenotater"] = typeof(ReportTable).Assembly,
        ["Analysenotater.KoRus2017"] = typeof(Analysenotater.KoRus2017.Reproduction.ReproductionReport).Assembly,
    };

    /// <summary>The version of a carried assembly as NuGet prints it (informational version without the source hash).</summary>
    public static string VersionOf(Assembly assembly)
    {
        var info = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(info))
        {
            return assembly.GetName().Version?.ToString() ?? "?";
        }

        var plus = info.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? info : info[..plus];
    }

    private static List<Assembly> LoadAssemblies()
    {
        var list = new List<Assembly> { typeof(object).Assembly };
        foreach (var name in FrameworkAssemblyNames)
        {
            try
            {
                list.Add(Assembly.Load(new AssemblyName(name)));
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // Absent in this runtime: cells cannot use it, nothing else depends on it.
            }
        }

        list.AddRange(CarriedPackages.Values);
        list.Add(PlottingAssembly);
        list.Add(MicrodataFramesAssembly); // referenced, not imported: a cell names «using Analysenotater.Frames;» to copy microdata
        list.Add(typeof(Microsoft.ML.IDataView).Assembly);
        list.Add(typeof(Apache.Arrow.RecordBatch).Assembly);
        list.Add(typeof(ScriptGlobals).Assembly);
        list.Add(typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly);
        list.Add(typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly);
        return [.. list.Distinct()];
    }

    private static HashSet<string> TypeNamesIn(Assembly assembly, IReadOnlyCollection<string> namespaces) =>
        assembly.GetExportedTypes().Where(t => !t.IsNested && t.Namespace is not null && namespaces.Contains(t.Namespace)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    private static List<string> FindImports()
    {
        var existing = typeof(ReportTable).Assembly.GetExportedTypes().Select(t => t.Namespace).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var imports = new List<string> { "System", "System.Linq", "System.Collections.Generic", "System.IO", "System.Threading.Tasks" };
        imports.AddRange(CoreNamespaces.Where(existing.Contains));
        // Every other public namespace of the core too (statistics, reproduction, text sub-areas, export …), so a new
        // area is usable in cells without touching this list.
        // Not the microdata writers (Analysenotater.Export): respondent-level output is never on the report path.
        imports.AddRange(existing.Where(n => n.StartsWith("Analysenotater.", StringComparison.Ordinal) && n != "Analysenotater.Export" && !imports.Contains(n)).Order(StringComparer.Ordinal));
        // The KoRus 2017 module's namespaces (synthetic data, reproduction) after the core's.
        imports.AddRange(KoRusAssembly.GetExportedTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Analysenotater.KoRus2017", StringComparison.Ordinal) && !imports.Contains(n)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        // Chart namespaces come after the core's, except the builders from unreleased values (Plotting.Raw: never on the report path); one that would make a core type name ambiguous (CS0104) is left out
        // (cells can still import it themselves).
        var coreNames = TypeNamesIn(typeof(ReportTable).Assembly, imports);
        coreNames.UnionWith(TypeNamesIn(KoRusAssembly, imports));
        foreach (var ns in PlottingAssembly.GetExportedTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Analysenotater.Plotting", StringComparison.Ordinal) && n != "Analysenotater.Plotting.Raw").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!TypeNamesIn(PlottingAssembly, [ns]).Overlaps(coreNames))
            {
                imports.Add(ns);
            }
        }

        imports.Add("Plotly.NET.CSharp");
        // The .NET Interactive API (display, Formatter, HTML helpers, Kernel.GetInputAsync …) as its notebooks expect it:
        // the namespaces, and the two classes .NET Interactive imports statically.
        imports.AddRange(InteractiveImports);
        return imports;
    }
}
