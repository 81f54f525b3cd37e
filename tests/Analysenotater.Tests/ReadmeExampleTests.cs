using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Tables;

namespace Analysenotater.Tests;

/// <summary>The README's C# example runs here, line for line, on seeded synthetic data; the test also checks the README still holds exactly these lines.</summary>
[Collection(ReadmeExampleTests.Collection)]
public sealed class ReadmeExampleTests
{
    /// <summary>Runs alone: the example changes the current directory and Console.Out, which are process-wide.</summary>
    public const string Collection = "Readme example (not parallel)";

    [Fact]
    public void Readme_example_runs_and_prints_a_stratified_table()
    {
        // 66 synthetic respondents from a seeded generator: size group 1, 2, 3 in turn; q9 uniform on 1–5.
        var rng = new Random(20171);
        var size = Enumerable.Range(0, 66).Select(i => (i % 3) + 1).ToArray();
        var q9 = size.Select(_ => rng.Next(1, 6)).ToArray();
        var dir = Directory.CreateTempSubdirectory("an-readme-");
        var previousDir = Environment.CurrentDirectory;
        var previousOut = Console.Out;
        var output = new StringWriter();
        try
        {
            File.WriteAllLines(Path.Combine(dir.FullName, "svar.csv"), ["q9;kommunestorrelse", .. size.Select((s, i) => $"{q9[i]};{s}")]);
            Environment.CurrentDirectory = dir.FullName;
            Console.SetOut(output);

            // ---- README example (begin) ----
            var korus = KnownInstruments.KoRus2017;
            var ks = KnownInstruments.KsPsykiskHelseRus;
            Console.WriteLine($"{korus}\n{ks}");

            var (data, report) = SurveyCsvReader.Read("svar.csv", korus);  // ; or , and UTF-8 or Windows-1252, detected
            Console.WriteLine(report.ToText());                             // every bad cell: file, row, column, value
            var table = data.Frequencies("q9", by: "kommunestorrelse",
                options: new FrequencyOptions { Recode = Recode.KoRusThreeWay });
            Console.WriteLine(table.ToText());                              // small groups are hidden («*») with a note
            // ---- README example (end) ----

            Assert.True(report.IsClean);
            for (var g = 1; g <= 3; g++)
            {
                // Expected top box counted straight from the generator's arrays (22 respondents per group).
                var answers = q9.Where((_, i) => size[i] == g).ToList();
                var expected = 100.0 * answers.Count(x => x >= 4) / answers.Count;
                Assert.Equal(expected, table.TopBoxPercent(GroupLabels.SizeGroup[g]), 9);
            }
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDir;
            dir.Delete(recursive: true);
        }

        var printed = output.ToString();
        Assert.Contains("korus-2017", printed);
        Assert.Contains("ks-psykisk-helse-rus", printed);
        Assert.Contains("Ingen problemer funnet.", printed);
        Assert.Contains("I stor/svært stor grad", printed);
        Assert.Contains("Mellomstor", printed);
    }

    [Fact]
    public void Readme_holds_the_same_lines_as_this_test()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var source = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "Analysenotater.Tests", "ReadmeExampleTests.cs"));
        var begin = Array.FindIndex(source, l => l.Contains("README example (begin)", StringComparison.Ordinal));
        var end = Array.FindIndex(source, l => l.Contains("README example (end)", StringComparison.Ordinal));
        var lines = source[(begin + 1)..end].Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal(8, lines.Count);
        var readmeLines = readme.Split('\n').Select(l => l.Trim()).ToHashSet();
        foreach (var line in lines)
        {
            Assert.Contains(line, readmeLines);
        }
    }
}

/// <summary>Declares the non-parallel collection of <see cref="ReadmeExampleTests"/>.</summary>
[CollectionDefinition(ReadmeExampleTests.Collection, DisableParallelization = true)]
public sealed class ReadmeExampleCollection;
