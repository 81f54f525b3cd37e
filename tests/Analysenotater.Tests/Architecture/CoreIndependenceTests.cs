using System.Reflection;
using System.Text.RegularExpressions;
using Analysenotater.Instruments;
using Analysenotater.KoRus2017.Layouts;
using Analysenotater.Reporting;

namespace Analysenotater.Tests.Architecture;

/// <summary>
/// The core (src/Analysenotater) is general: it does not depend on the KoRus 2017 module, holds none of its report
/// layouts, and its code names no KoRus item or indicator id. Comments may cite KoRus as an example; code may not.
/// </summary>
public sealed partial class CoreIndependenceTests
{
    private static readonly Assembly Core = typeof(ReportTable).Assembly;

    private static readonly string[] LayoutNames = ["Vedlegg3", "Vedlegg 3", "Nokkeltall", "Nøkkeltall I", "Nøkkeltall II", "Nøkkeltall III"];

    [Fact]
    public void The_core_assembly_does_not_reference_the_KoRus_module()
    {
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), a => a.Name!.Contains("KoRus", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(typeof(Vedlegg3Table).Assembly.GetReferencedAssemblies(), a => a.Name == Core.GetName().Name);
    }

    [Fact]
    public void The_KoRus_report_layouts_live_in_the_module_not_the_core()
    {
        var coreTypes = Core.GetTypes().Select(t => t.Name).ToList();
        Assert.DoesNotContain(coreTypes, n => n.StartsWith("Vedlegg", StringComparison.Ordinal) || n.StartsWith("Nokkeltall", StringComparison.Ordinal));
        Assert.DoesNotContain(Core.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)),
            m => m.Name.Contains("Vedlegg", StringComparison.Ordinal) || m.Name.Contains("Nokkeltall", StringComparison.Ordinal));
        Assert.Equal("Analysenotater.KoRus2017.Layouts", typeof(Vedlegg3Table).Namespace);
        Assert.Equal("Analysenotater.KoRus2017.Layouts", typeof(NokkeltallTable).Namespace);
    }

    [Fact]
    public void The_core_code_names_no_KoRus_item_id_and_no_KoRus_layout()
    {
        var ids = KnownInstruments.KoRus2017.Items.Select(i => i.Id)
            .Concat(KnownInstruments.KoRus2017.Indicators.Select(i => i.Id))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("q9", ids);
        var offences = new List<string>();
        var root = Path.Combine(TestPaths.RepoRoot, "src", "Analysenotater");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, $"{files.Count} source files under {root}");
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = CodePart(lines[i]);
                foreach (Match m in StringLiteral().Matches(code))
                {
                    if (ids.Contains(m.Groups[1].Value))
                    {
                        offences.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: item id {m.Value}");
                    }
                }

                foreach (var name in LayoutNames.Where(n => code.Contains(n, StringComparison.Ordinal)))
                {
                    offences.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: layout name «{name}»");
                }
            }
        }

        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    /// <summary>A line without its comment: nothing after «//» outside a string (so «///» doc lines are empty).</summary>
    private static string CodePart(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length - 1; i++)
        {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (!inString && line[i] == '/' && line[i + 1] == '/')
            {
                return line[..i];
            }
        }

        return line;
    }

    [GeneratedRegex("\"([A-Za-z0-9_]+)\"")]
    private static partial Regex StringLiteral();
}
