using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Disclosure;
using Analysenotater.Instruments;
using Analysenotater.Scoring;

namespace Analysenotater.Tests.Scoring;

/// <summary>
/// The executor of docs/specs/scoring.md: every row of its worked-examples table is one test case (run by the generic
/// <see cref="Specs.SpecRunnerTests"/>). The expected values are hand computations written in that file (column «Utregning»).
/// </summary>
internal static class ScoringSpecTests
{
    private static readonly AnalysisContext Raw = AnalysisContext.Default.WithDisclosure(DisclosurePolicy.None);

    /// <summary>Runs one worked example of docs/specs/scoring.md (called by <see cref="Specs.SpecRunnerTests"/>).</summary>
    internal static void Run(Specs.SpecExample row)
    {
        var example = row.Id;
        Assert.Equal(9, row.Cells.Count);
        var (ruleId, scaleId, reversedText, answersText, scoresText, meanText, nText) = (row[1], row[2], row[3], row[4], row[5], row[6], row[7]);
        var respondents = answersText.Split(';', StringSplitOptions.TrimEntries)
            .Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var k = respondents[0].Length;
        var reversed = reversedText.Length == 0 ? [] : reversedText.Split(',').Select(s => int.Parse(s.Trim(), CultureInfo.InvariantCulture)).ToHashSet();

        var scale = Scale(scaleId);
        var items = Enumerable.Range(1, k).Select(j => new Item($"i{j}", j.ToString(CultureInfo.InvariantCulture), $"Spørsmål {j}", ItemType.SingleChoice, scale.Id) { Reversed = reversed.Contains(j) }).ToList();
        var indicator = new IndicatorDefinition("ind", "Indikator", [.. items.Select(i => i.Id)], ruleId);
        var instrument = new Instrument("spec", "1", "Spec", "docs/specs/scoring.md", [scale], items, null, [indicator]);
        var columns = items.Select((it, j) => (SurveyColumn)CodeColumn.FromNullable(it.Id, respondents.Select(r => Code(r[j])))).ToList();
        var data = new SurveyDataset(instrument, columns);

        var result = IndicatorScorer.Score(data, "ind", context: Raw);

        Assert.Equal(ruleId, result.RuleId);
        var expected = scoresText.Split(';', StringSplitOptions.TrimEntries);
        Assert.Equal(respondents.Count, expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i].StartsWith("ikke skåret", StringComparison.Ordinal))
            {
                Assert.True(double.IsNaN(result.Scores[i]), $"{example}: respondent {i + 1} should not be scored, got {result.Scores[i]}");
                var reason = Enum.Parse<ScoreExclusion>(expected[i][(expected[i].IndexOf('(', StringComparison.Ordinal) + 1)..^1]);
                Assert.True(result.Excluded[reason] >= 1, $"{example}: expected an exclusion for {reason}");
            }
            else
            {
                Assert.Equal(Number(expected[i]), result.Scores[i], 9);
            }
        }

        if (meanText.Length > 0)
        {
            Assert.Equal(Number(meanText), result.Mean, 9);
        }

        if (nText.Length > 0)
        {
            Assert.Equal(int.Parse(nText, CultureInfo.InvariantCulture), result.NScored);
        }

        Assert.Contains(ruleId, result.ToText());
    }

    private static AnswerScale Scale(string id)
    {
        var s5 = new[] { "Ikke i det hele tatt", "I liten grad", "I noen grad", "I stor grad", "I svært stor grad" }
            .Select((l, i) => new ScaleOption(i + 1, l)).ToList();
        return id switch
        {
            "S5" => new AnswerScale(id, s5),
            "S5NA" => new AnswerScale(id, [.. s5, new ScaleOption(6, "Ikke aktuelt", MissingReason.NotApplicable)]),
            "S5HI" => new AnswerScale(id, [.. s5, new ScaleOption(6, "Har ikke", MissingReason.DoesNotHave)]),
            "HSCL4" => new AnswerScale(id, [new(1, "Ikke plaget"), new(2, "Litt plaget"), new(3, "Ganske mye plaget"), new(4, "Veldig mye plaget")], ScaleDirection.HigherIsWorse),
            "ENIG4" => new AnswerScale(id, [new(1, "Helt uenig"), new(2, "Litt uenig"), new(3, "Litt enig"), new(4, "Helt enig")]),
            _ => throw new ArgumentException("unknown scale in spec: " + id),
        };
    }

    private static int? Code(string token) => token switch
    {
        "-" => null,
        "IA" or "HI" => 6,
        _ => int.Parse(token, CultureInfo.InvariantCulture),
    };

    private static double Number(string text)
    {
        var parts = text.Split('/');
        var v = double.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts.Length == 2 ? v / double.Parse(parts[1], CultureInfo.InvariantCulture) : v;
    }
}
