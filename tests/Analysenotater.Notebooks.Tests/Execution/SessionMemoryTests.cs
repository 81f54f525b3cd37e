using Analysenotater.Notebooks.Execution;
using Analysenotater.Notebooks.Tests.Interactive;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Analysenotater.Notebooks.Tests.Execution;

/// <summary>
/// What a session keeps over many cells (issue 21): every metadata reference is handed to the submission chain once,
/// a failed cell leaves nothing referenced, and the chain still gives later cells everything earlier ones declared
/// (variables, types, methods, lambdas, usings, <c>#r</c> of a file and of a package). The memory itself is measured by
/// <c>bench/kernel/memory.sh</c>; these tests catch the retention that made it grow, without timing or RSS thresholds.
/// </summary>
public sealed class SessionMemoryTests
{
    private static ScriptSession NewSession(string? cache = null) =>
        new(new ScriptSessionOptions { BaseDirectory = AppContext.BaseDirectory, PackageSources = [], PackageCacheDirectory = cache ?? TestFiles.NewScratchFolder() });

    private static async Task<RecordingSink> Run(ScriptSession session, string code, bool expectSuccess = true)
    {
        var sink = new RecordingSink();
        var outcome = await session.ExecuteAsync(code, sink, CancellationToken.None);
        Assert.True(outcome.Success == expectSuccess, $"{code}\n→ {(outcome.Success ? "succeeded" : sink.LastError?.Message)}");
        return sink;
    }

    [Fact]
    public async Task Each_reference_is_handed_to_the_submission_chain_once_however_many_cells_run()
    {
        var feed = new LocalPackageFeed();
        feed.Add("An.Test.Memory", "1.0.0", "namespace An.Test.Memory { public static class M { public static int V => 5; } }");
        using var session = NewSession();
        for (var i = 0; i < 25; i++)
        {
            await Run(session, $"var v{i} = {i};");
        }

        await Run(session, $"#i \"nuget: {feed.Folder}\"\n#r \"nuget: An.Test.Memory, 1.0.0\"\nAn.Test.Memory.M.V");
        for (var i = 0; i < 5; i++)
        {
            await Run(session, $"var w{i} = An.Test.Memory.M.V + v{i};");
        }

        // Roslyn gives each submission the previous one's explicit references plus those in its own options; the session's
        // ~50 references passed with every cell made submission N carry 50 × N of them (quadratic memory).
        var submissions = session.Submissions.ToList();
        Assert.Equal(1 + 25 + 1 + 5, submissions.Count);
        var passed = submissions.Select(s => s.GetCompilation().ExternalReferences).ToList();
        Assert.True(passed[^1].Length > 40, $"the base script has the engine's references ({passed[^1].Length})");
        Assert.Equal(passed.Sum(r => r.Length), passed.SelectMany(r => r).Distinct().Count());
        Assert.Single(passed, r => r.Length == 1 && r[0].Display!.EndsWith("An.Test.Memory.dll", StringComparison.Ordinal));
        Assert.All(passed.Take(5), r => Assert.Empty(r));
    }

    [Fact]
    public async Task A_failed_cell_leaves_nothing_referenced_and_adds_no_submission()
    {
        using var session = NewSession();
        await Run(session, "var keep = 11;");
        var key = "SessionMemoryTests." + Guid.NewGuid().ToString("N");
        var thrown = await Run(session, $"var big = new byte[32 << 20];\nAppContext.SetData(\"{key}\", new WeakReference(big));\nthrow new InvalidOperationException(\"stopp\");", expectSuccess: false);
        Assert.StartsWith("(cell 2, line 3): stopp", thrown.LastError!.Value.Message, StringComparison.Ordinal);
        await Run(session, "var alsoBig = new byte[1 << 20];\nvar y = ;", expectSuccess: false);
        var weak = Assert.IsType<WeakReference>(AppContext.GetData(key));
        AppContext.SetData(key, null);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(weak.IsAlive, "the failed cell's array is still referenced");
        Assert.Equal(2, session.Submissions.Count()); // the base script and «var keep = 11;»
        Assert.Equal("11", (await Run(session, "keep")).Result!.Text);
        var gone = await Run(session, "big.Length", expectSuccess: false);
        Assert.Contains("CS0103", gone.LastError!.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notebook_of_mixed_cells_keeps_every_declaration_through_the_chain()
    {
        var feed = new LocalPackageFeed();
        feed.Add("An.Test.Mixed", "1.0.0", "namespace An.Test.Mixed { public static class Pkg { public static int Ten => 10; } }");
        var dll = Path.Combine(TestFiles.NewScratchFolder(), "LocalLib.dll");
        var library = CSharpCompilation.Create("LocalLib", [CSharpSyntaxTree.ParseText("namespace LocalLib { public static class Lib { public static int Three => 3; } }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.True(library.Emit(dll).Success);

        using var session = NewSession();
        await Run(session, "using System.Text;\nvar n = 2;");
        await Run(session, "class Point { public Point(int x) => X = x; public int X { get; } }\nint Twice(int v) => v * 2;");
        await Run(session, "Func<int, int> addN = v => v + n;");
        await Run(session, $"#r \"{dll}\"");
        await Run(session, $"#i \"nuget: {feed.Folder}\"\n#r \"nuget: An.Test.Mixed, 1.0.0\"");
        await Run(session, "var broken = ;", expectSuccess: false);
        await Run(session, "var lost = 1;\nthrow new Exception(\"feil\");", expectSuccess: false);
        for (var i = 0; i < 40; i++)
        {
            await Run(session, $"var f{i} = addN({i});");
        }

        await Run(session, "n = 100;");
        var last = await Run(session, "new StringBuilder().Append(addN(Twice(new Point(f39).X))).Append(' ').Append(LocalLib.Lib.Three + An.Test.Mixed.Pkg.Ten).ToString()");
        Assert.Equal("182 13", last.Result!.Text.Trim('"'));
        Assert.Contains("CS0103", (await Run(session, "lost", expectSuccess: false)).LastError!.Value.Message, StringComparison.Ordinal);
    }
}
