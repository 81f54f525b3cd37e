using System.Text.Json;
using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Execution;
using Analysenotater.Notebooks.Running;

namespace Analysenotater.Notebooks.Tests.Interactive;

/// <summary>
/// <c>#i "nuget: folder"</c> and <c>#r "nuget: Id, Version"</c> against a local folder source built by the test:
/// packages restored with their dependencies, versions chosen as NuGet does, kept in a cache between sessions, written
/// into the notebook metadata; missing packages and versions name the sources tried; conflicts with the engine's own
/// assemblies are explained.
/// </summary>
public sealed class PackageRestoreTests
{
    private static readonly Lazy<LocalPackageFeed> Feed = new(Build);

    private static LocalPackageFeed Build()
    {
        var feed = new LocalPackageFeed();
        feed.Add("An.Test.Words", "2.0.0", "namespace An.Test.Words { public static class Words { public static string Greeting => \"Hei\"; } }");
        var words = feed.AssemblyOf("An.Test.Words", "2.0.0");
        foreach (var version in new[] { "1.0.0", "1.1.0", "2.0.0-beta.1" })
        {
            feed.Add("An.Test.Greeting", version,
                $"namespace An.Test.Greeting {{ public static class Greeter {{ public static string Hello(string name) => An.Test.Words.Words.Greeting + \", \" + name + \" ({version})\"; }} }}",
                [("An.Test.Words", "[2.0.0]")], [words]);
        }

        feed.Add("An.Test.NeedsNewJson", "1.0.0", "namespace An.Test.NeedsNewJson { public static class Marker { public static int Value => 7; } }", [("Newtonsoft.Json", "99.0.0")]);
        return feed;
    }

    /// <summary>
    /// A tiny package with the id of a package the engine carries (Plotly.NET, engine 6.0.0) at another major version,
    /// shaped like Plotly.NET 4: a <c>Chart2D</c> type (absent in 6) building a GenericChart, and the library's own
    /// <c>toFigureJson</c>/<c>getTraces</c> functions, which the engine's chart formatter must call by reflection.
    /// </summary>
    private static readonly Lazy<LocalPackageFeed> PlotlyFeed = new(() =>
    {
        var feed = new LocalPackageFeed();
        feed.Add("Plotly.NET", "4.2.0", """
            namespace Plotly.NET
            {
                public class GenericChart
                {
                    private readonly string _json;
                    private readonly object[] _traces;
                    internal GenericChart(string json, object[] traces) { _json = json; _traces = traces; }
                    public static string toFigureJson(GenericChart chart) => chart._json;
                    public static System.Collections.Generic.IEnumerable<object> getTraces(GenericChart chart) => chart._traces;
                }

                public static class Chart2D
                {
                    public static class Chart
                    {
                        public static GenericChart Column(int[] values, string[] keys) =>
                            new GenericChart(("{'data':[{'type':'bar','x':['" + string.Join("','", keys) + "'],'y':[" + string.Join(",", values) + "]}],'layout':{'title':{'text':'Plotly.NET 4.2.0 (test package)'}},'config':{}}").Replace('\'', '"'), new object[] { "bar" });
                    }
                }
            }
            """);
        return feed;
    });

    private static ScriptSession NewSession(string cache) => new(new ScriptSessionOptions { BaseDirectory = AppContext.BaseDirectory, PackageSources = [], PackageCacheDirectory = cache });

    [Fact]
    public async Task A_package_and_its_dependency_are_restored_from_a_local_folder_source()
    {
        using var session = NewSession(TestFiles.NewScratchFolder());
        var sink = new RecordingSink();
        var outcome = await session.ExecuteAsync($"#i \"nuget: {Feed.Value.Folder}\"\n#r \"nuget: An.Test.Greeting, 1.0.0\"\nAn.Test.Greeting.Greeter.Hello(\"verden\")", sink, CancellationToken.None);
        Assert.True(outcome.Success, sink.LastError?.Message);
        Assert.Equal("Hei, verden (1.0.0)", sink.Result!.Text);
        Assert.Contains("Installed package(s): An.Test.Greeting 1.0.0 (+ 1 dependencies)", sink.Stdout, StringComparison.Ordinal);
        Assert.Equal(["An.Test.Greeting 1.0.0", "An.Test.Words 2.0.0"], session.Packages.Select(p => $"{p.Id} {p.Version}"));
    }

    [Fact]
    public async Task Versions_follow_NuGet_lowest_applicable_newest_stable_and_prerelease_on_request()
    {
        foreach (var (asked, expected) in new[] { ("1.0.1", "1.1.0"), ("", "1.1.0"), ("*", "1.1.0"), ("[1.0.0]", "1.0.0"), ("*-*", "2.0.0-beta.1") })
        {
            using var session = NewSession(TestFiles.NewScratchFolder());
            var sink = new RecordingSink();
            var version = asked.Length == 0 ? "" : ", " + asked;
            var outcome = await session.ExecuteAsync($"#i \"nuget: {Feed.Value.Folder}\"\n#r \"nuget: An.Test.Greeting{version}\"\nAn.Test.Greeting.Greeter.Hello(\"x\")", sink, CancellationToken.None);
            Assert.True(outcome.Success, sink.LastError?.Message);
            Assert.Equal($"Hei, x ({expected})", sink.Result!.Text);
        }
    }

    [Fact]
    public async Task A_missing_package_or_version_names_the_line_and_the_sources_tried()
    {
        using var session = NewSession(TestFiles.NewScratchFolder());
        var missing = new RecordingSink();
        Assert.False((await session.ExecuteAsync($"#i \"nuget: {Feed.Value.Folder}\"\n#r \"nuget: An.Test.Missing, 1.0.0\"", missing, CancellationToken.None)).Success);
        Assert.Equal("PackageNotFound", missing.LastError!.Value.Name);
        Assert.StartsWith("(cell 1, line 2): #r \"nuget: An.Test.Missing, 1.0.0\": the package 'An.Test.Missing' was not found. Sources tried: " + Feed.Value.Folder, missing.LastError!.Value.Message, StringComparison.Ordinal);

        var version = new RecordingSink();
        Assert.False((await session.ExecuteAsync("#r \"nuget: An.Test.Greeting, 9.0.0\"", version, CancellationToken.None)).Success);
        Assert.Contains("no version of 'An.Test.Greeting' matches (>= 9.0.0)", version.LastError!.Value.Message, StringComparison.Ordinal);
        Assert.Contains("2.0.0-beta.1, 1.1.0, 1.0.0", version.LastError!.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restored_packages_are_cached_between_sessions()
    {
        var cache = TestFiles.NewScratchFolder();
        var feed = new LocalPackageFeed();
        feed.Add("An.Test.Cached", "1.0.0", "namespace An.Test.Cached { public static class C { public static int V => 41; } }");
        using (var first = NewSession(cache))
        {
            var sink = new RecordingSink();
            Assert.True((await first.ExecuteAsync($"#i \"nuget: {feed.Folder}\"\n#r \"nuget: An.Test.Cached, [1.0.0]\"\nAn.Test.Cached.C.V", sink, CancellationToken.None)).Success, sink.LastError?.Message);
        }

        Directory.Delete(feed.Folder, recursive: true);
        using var second = NewSession(cache);
        var again = new RecordingSink();
        Assert.True((await second.ExecuteAsync("#r \"nuget: An.Test.Cached, [1.0.0]\"\nAn.Test.Cached.C.V + 1", again, CancellationToken.None)).Success, again.LastError?.Message);
        Assert.Equal("42", again.Result!.Text);
        Assert.Equal("cache", second.Packages.Single().Source);
    }

    [Fact]
    public async Task Conflicts_with_the_engine_s_assemblies_are_explained()
    {
        using var session = NewSession(TestFiles.NewScratchFolder());
        var sink = new RecordingSink();
        Assert.True((await session.ExecuteAsync($"#i \"nuget: {Feed.Value.Folder}\"\n#r \"nuget: An.Test.NeedsNewJson, 1.0.0\"\n#r \"nuget: Plotly.NET, 4.2.0\"\nAn.Test.NeedsNewJson.Marker.Value", sink, CancellationToken.None)).Success, sink.LastError?.Message);
        Assert.Equal("7", sink.Result!.Text);
        Assert.Contains("An.Test.NeedsNewJson 1.0.0 asks for Newtonsoft.Json (>= 99.0.0); the engine carries Newtonsoft.Json 13.", sink.Stdout, StringComparison.Ordinal);
        Assert.Contains("#r \"nuget: Plotly.NET, 4.2.0\": the engine carries Plotly.NET 6.0.0, and no 4.x version of it at or above 4.2.0 could be had to load beside it, so the cell gets 6.0.0.", sink.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Plotly.NET 4.2.0 is in none of the sources tried: {Feed.Value.Folder} (no Plotly.NET)", sink.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_does_not_answer_costs_the_source_timeout_once_and_is_named()
    {
        // A server that accepts connections and never answers (a feed behind a VPN that is down).
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)silent.LocalEndpoint).Port}/v3/index.json";
        var restorer = new Analysenotater.Notebooks.Packages.PackageRestorer(AppContext.BaseDirectory, [], TestFiles.NewScratchFolder()) { SourceTimeout = TimeSpan.FromSeconds(1) };
        restorer.AddSource(url);
        restorer.AddSource(Feed.Value.Folder);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await restorer.RestoreAsync([new PackageRequest("An.Test.Missing", "1.0.0", 1), new PackageRequest("An.Test.Greeting", "1.0.0", 2)], CancellationToken.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        var failure = Assert.Single(result.Failures);
        Assert.Contains($"{url} (no answer within 1 s)", failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Packages, p => p.Id == "An.Test.Greeting" && p.Version == "1.0.0");
    }

    [Fact]
    public async Task The_runner_writes_the_resolved_versions_into_the_notebook_metadata()
    {
        var notebook = new Notebook([NotebookCell.Code($"#i \"nuget: {Feed.Value.Folder}\"\n#r \"nuget: An.Test.Greeting, 1.0.0\"\nAn.Test.Greeting.Greeter.Hello(\"metadata\")")]);
        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { BaseDirectory = AppContext.BaseDirectory, PackageSources = [], PackageCacheDirectory = TestFiles.NewScratchFolder() }, CancellationToken.None);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        using var doc = JsonDocument.Parse(result.Notebook.MetadataJson);
        var packages = doc.RootElement.GetProperty("analysenotater").GetProperty("packages").EnumerateArray()
            .Select(p => $"{p.GetProperty("id").GetString()} {p.GetProperty("version").GetString()} {p.GetProperty("requested").GetBoolean()}").ToList();
        Assert.Equal(["An.Test.Greeting 1.0.0 True", "An.Test.Words 2.0.0 False"], packages);
        Assert.Equal(".net-csharp", doc.RootElement.GetProperty("kernelspec").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_missing_package_fails_its_cell_but_the_other_packages_of_the_cell_are_usable_afterwards()
    {
        using var session = NewSession(TestFiles.NewScratchFolder());
        var sink = new RecordingSink();
        Assert.False((await session.ExecuteAsync($"#i \"nuget: {Feed.Value.Folder}\"\n#r \"nuget: An.Test.Missing\"\n#r \"nuget: An.Test.Greeting, 1.0.0\"", sink, CancellationToken.None)).Success);
        Assert.StartsWith("(cell 1, line 2): #r \"nuget: An.Test.Missing\": the package 'An.Test.Missing' was not found.", sink.LastError!.Value.Message, StringComparison.Ordinal);
        var next = new RecordingSink();
        Assert.True((await session.ExecuteAsync("An.Test.Greeting.Greeter.Hello(\"igjen\")", next, CancellationToken.None)).Success, next.LastError?.Message);
        Assert.Equal("Hei, igjen (1.0.0)", next.Result!.Text);
    }

    [Fact]
    public async Task A_carried_package_asked_at_another_major_version_in_the_first_cell_is_loaded_beside_the_engine_s_copy()
    {
        using var session = NewSession(TestFiles.NewScratchFolder());
        var first = new RecordingSink();
        var outcome = await session.ExecuteAsync(
            $"#i \"nuget: {PlotlyFeed.Value.Folder}\"\n#r \"nuget: Plotly.NET, 4.2.0\"\nusing Plotly.NET;\nvar chart = Chart2D.Chart.Column(new[] {{ 3, 5 }}, new[] {{ \"a\", \"b\" }});\ntypeof(Chart2D).Assembly.GetName().Version.ToString()",
            first, CancellationToken.None);
        Assert.True(outcome.Success, first.LastError?.Message + "\n" + first.Stdout);
        Assert.Equal("4.2.0.0", first.Result!.Text);
        Assert.Contains("Plotly.NET 4.2.0 is loaded beside the engine's 6.0.0 for this session", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("Left out of this session (built on the engine's Plotly.NET): ", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("Plotly.NET.CSharp", first.Stdout, StringComparison.Ordinal);
        var package = Assert.Single(session.Packages);
        Assert.Equal(("Plotly.NET", "4.2.0", true), (package.Id, package.Version, package.SideBySide));

        // A later cell continues the same chain (the variable is there) and the chart is drawn by the engine's formatter
        // through the 4.2.0 library's own toFigureJson.
        var second = new RecordingSink();
        Assert.True((await session.ExecuteAsync("display(chart);\nchart.GetType().Assembly.GetName().Version.Major", second, CancellationToken.None)).Success, second.LastError?.Message);
        Assert.Equal("4", second.Result!.Text);
        var shown = Assert.Single(second.Displays);
        Assert.Equal("Plotly chart (1 trace(s))", shown.Text);
        Assert.Contains("Plotly.NET 4.2.0 (test package)", shown.Data["application/vnd.plotly.v1+json"], StringComparison.Ordinal);
        Assert.Contains("window.Plotly.newPlot(", shown.Data["text/html"], StringComparison.Ordinal);
        Assert.Contains("\"y\":[3,5]", shown.Data["text/html"], StringComparison.Ordinal);

        // Completion sees the 4.2.0 types and the chain's variables.
        var completions = await session.CompleteAsync("Chart2D.Ch", 10, CancellationToken.None);
        Assert.Contains(completions, c => c.Text == "Chart");
        Assert.Contains(await session.CompleteAsync("cha", 3, CancellationToken.None), c => c.Text == "chart");

        // A runtime error in the side-by-side chain names the cell and line, and the session goes on.
        var failing = new RecordingSink();
        Assert.False((await session.ExecuteAsync("var x = 1;\nthrow new InvalidOperationException(\"boom\");", failing, CancellationToken.None)).Success);
        Assert.Equal("(cell 3, line 2): boom", failing.LastError!.Value.Message);
        Assert.DoesNotContain(failing.LastError!.Value.Traceback, l => l.Contains("SideBySideSubmissions", StringComparison.Ordinal));
        var after = new RecordingSink();
        Assert.True((await session.ExecuteAsync("x + 1", after, CancellationToken.None)).Success, after.LastError?.Message);
        Assert.Equal("2", after.Result!.Text);

        // Another session of the same process still gets the engine's own Plotly.NET.
        using var other = NewSession(TestFiles.NewScratchFolder());
        var engine = new RecordingSink();
        Assert.True((await other.ExecuteAsync("typeof(Plotly.NET.GenericChart).Assembly.GetName().Version.Major", engine, CancellationToken.None)).Success, engine.LastError?.Message);
        Assert.Equal("6", engine.Result!.Text);
    }

    [Fact]
    public async Task The_runner_records_a_version_loaded_beside_the_engine_s_copy_in_the_notebook_metadata()
    {
        var notebook = new Notebook([
            NotebookCell.Code($"#i \"nuget: {PlotlyFeed.Value.Folder}\"\n#r \"nuget: Plotly.NET, 4.2.0\"\nusing Plotly.NET;"),
            NotebookCell.Code("display(Chart2D.Chart.Column(new[] { 1 }, new[] { \"x\" }));"),
        ]);
        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { BaseDirectory = AppContext.BaseDirectory, PackageSources = [], PackageCacheDirectory = TestFiles.NewScratchFolder() }, CancellationToken.None);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        using var doc = JsonDocument.Parse(result.Notebook.MetadataJson);
        var entry = Assert.Single(doc.RootElement.GetProperty("analysenotater").GetProperty("packages").EnumerateArray());
        Assert.Equal("Plotly.NET", entry.GetProperty("id").GetString());
        Assert.Equal("4.2.0", entry.GetProperty("version").GetString());
        Assert.Equal(PlotlyFeed.Value.Folder, entry.GetProperty("source").GetString());
        Assert.True(entry.GetProperty("sideBySide").GetBoolean());
    }

    [Fact]
    public async Task A_carried_package_asked_at_another_version_after_cells_have_run_keeps_the_engine_s_copy_with_a_note_saying_why()
    {
        using var session = NewSession(TestFiles.NewScratchFolder());
        var before = new RecordingSink();
        Assert.True((await session.ExecuteAsync("var n = 41;", before, CancellationToken.None)).Success, before.LastError?.Message);
        var sink = new RecordingSink();
        Assert.True((await session.ExecuteAsync($"#i \"nuget: {PlotlyFeed.Value.Folder}\"\n#r \"nuget: Plotly.NET, 4.2.0\"\ntypeof(Plotly.NET.GenericChart).Assembly.GetName().Version.Major + n - 41", sink, CancellationToken.None)).Success, sink.LastError?.Message);
        Assert.Equal("6", sink.Result!.Text);
        Assert.Contains("#r \"nuget: Plotly.NET, 4.2.0\": this session has already run cells with the engine's Plotly.NET 6.0.0", sink.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Plotly.NET 4.2.0 is in {PlotlyFeed.Value.Folder}.", sink.Stdout, StringComparison.Ordinal);
        Assert.Contains("put this #r in the notebook's first C# cell and restart the kernel", sink.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(session.Packages, p => p.SideBySide);
    }
}
