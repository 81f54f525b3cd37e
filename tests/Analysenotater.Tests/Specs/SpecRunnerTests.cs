namespace Analysenotater.Tests.Specs;

/// <summary>
/// Spec-as-tests for every docs/specs/*.md (issue 15): each row of a worked-example table (first header «Eksempel» or
/// «Example») runs through the executor registered for its spec file. A new spec with examples and no executor fails
/// here by name; so does a spec without examples unless it is listed, with its reason, in <see cref="WithoutExamples"/>.
/// </summary>
public sealed class SpecRunnerTests
{
    /// <summary>The executor of each spec file: runs one example and asserts its expected values.</summary>
    private static readonly Dictionary<string, Action<SpecExample>> Executors = new(StringComparer.Ordinal)
    {
        ["scoring.md"] = Scoring.ScoringSpecTests.Run,
        ["tables-and-disclosure.md"] = Disclosure.DisclosureSpecTests.Run,
        ["import.md"] = Import.ImportSpecTests.Run,
    };

    /// <summary>Specs that state rules but have no worked-example table yet (their rules are tested by the named
    /// test classes). Listed so the gap is visible; the test below fails when one gains examples or disappears.</summary>
    private static readonly Dictionary<string, string> WithoutExamples = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in SpecDocument.All())
        {
            foreach (var e in spec.Examples)
            {
                data.Add(spec.File, e.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Worked_example_runs(string file, string id)
    {
        var example = SpecDocument.Read(file).Examples.Single(e => e.Id == id);
        Assert.True(Executors.TryGetValue(file, out var run), $"docs/specs/{file} has worked examples but no executor: register one in SpecRunnerTests.Executors.");
        run!(example);
    }

    [Fact]
    public void Every_spec_has_examples_or_is_listed_with_a_reason()
    {
        var specs = SpecDocument.All();
        Assert.True(specs.Count >= 3, "docs/specs not found or empty");
        foreach (var spec in specs)
        {
            if (spec.Examples.Count == 0)
            {
                Assert.True(WithoutExamples.ContainsKey(spec.File), $"docs/specs/{spec.File} has no worked-example table (first header «Eksempel»/«Example») and is not listed in WithoutExamples.");
            }
            else
            {
                Assert.False(WithoutExamples.ContainsKey(spec.File), $"docs/specs/{spec.File} now has examples: remove it from WithoutExamples and register an executor.");
                Assert.Equal(spec.Examples.Count, spec.Examples.Select(e => e.Id).Distinct().Count());
            }
        }

        Assert.All(WithoutExamples.Keys, f => Assert.Contains(specs, s => s.File == f));
        Assert.Equal(32, specs.Single(s => s.File == "scoring.md").Examples.Count);
    }
}
