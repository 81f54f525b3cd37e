using System.Globalization;
using System.Text;
using Analysenotater.Reporting;

namespace Analysenotater.Notebooks.Tests.NewRound;

/// <summary>
/// A survey the project has never seen, defined only in JSON in a temporary folder (instrument, study with its own
/// scoring rule and coding 1 = mann, a mapping file, a CSV with other headers): notebook 00 and the CLI's validate
/// and table give frequency tables by group, indicator scores under the study's rule, Cronbach's alpha and a
/// regression, with no code change. Expected numbers are computed here from the generated rows.
/// </summary>
public sealed class NewInstrumentTests
{
    private const string Instrument = """
        { "format": "analysenotater-instrument", "formatVersion": 1, "id": "trivsel-2025", "version": "1", "title": "Trivsel og læring 2025", "source": "test",
          "scales": [ { "id": "E4", "direction": "higherIsBetter", "options": [
              { "code": 1, "label": "Helt uenig" }, { "code": 2, "label": "Litt uenig" }, { "code": 3, "label": "Litt enig" }, { "code": 4, "label": "Helt enig" },
              { "code": 9, "label": "Vet ikke", "missing": "notApplicable" } ] } ],
          "items": [
            { "id": "t1", "number": "1", "text": "Jeg trives på arbeidsplassen.", "type": "singleChoice", "scale": "E4" },
            { "id": "t2", "number": "2", "text": "Jeg har gode kolleger.", "type": "singleChoice", "scale": "E4" },
            { "id": "t3", "number": "3", "text": "Jeg gleder meg til å gå på jobb.", "type": "singleChoice", "scale": "E4" },
            { "id": "t4", "number": "4", "text": "Jeg lærer noe nytt hver uke.", "type": "singleChoice", "scale": "E4" },
            { "id": "t5", "number": "5", "text": "Jeg får veiledning når jeg trenger det.", "type": "singleChoice", "scale": "E4" },
            { "id": "t6", "number": "6", "text": "Jeg får brukt det jeg kan.", "type": "singleChoice", "scale": "E4" },
            { "id": "fodt", "number": "7", "text": "Fødselsår", "type": "year" } ],
          "indicators": [
            { "id": "ind_trivsel", "name": "Trivsel", "items": ["t1", "t2", "t3"], "rule": "snitt-minst-halvparten" },
            { "id": "ind_laering", "name": "Læring", "items": ["t4", "t5", "t6"], "rule": "snitt-minst-halvparten" } ] }
        """;

    private const string Study = """
        { "format": "analysenotater-study", "formatVersion": 1, "id": "trivsel-2025", "title": "Trivselsundersøkelsen 2025",
          "instrument": "trivsel.json", "surveyYear": 2025,
          "roles": {
            "respondentId": { "column": "id" },
            "stratum": { "column": "region", "labels": { "1": "Nord", "2": "Midt", "3": "Sør" } },
            "cluster": { "column": "enhet" },
            "gender": { "column": "kjonn", "labels": { "1": "Menn", "2": "Kvinner" } },
            "age": { "column": "alder" } },
          "derived": [ { "name": "alder", "kind": "ageFromBirthYear", "source": "fodt" } ],
          "scoringRules": [ { "id": "snitt-minst-halvparten", "name": "Snitt av besvarte", "kind": "mean", "minimumAnswered": "atLeastHalf" } ] }
        """;

    private static (string Folder, List<int[]> Rows) Create()
    {
        var folder = TestFiles.NewScratchFolder();
        File.WriteAllText(Path.Combine(folder, "trivsel.json"), Instrument);
        File.WriteAllText(Path.Combine(folder, "trivsel.study.json"), Study);
        File.WriteAllText(Path.Combine(folder, "kart.json"), """{ "Spm 1": "t1", "Spm 2": "t2", "Spm 3": "t3", "Spm 4": "t4", "Spm 5": "t5", "Spm 6": "t6", "Født": "fodt" }""");
        var rng = new Random(2025);
        var rows = new List<int[]>();
        var sb = new StringBuilder("id;region;enhet;kjonn;Født;Spm 1;Spm 2;Spm 3;Spm 4;Spm 5;Spm 6\n");
        for (var i = 0; i < 240; i++)
        {
            var region = i % 3 + 1;
            var latent = rng.NextDouble() * 2 - 1 + 0.3 * (region - 2);
            int Answer() => rng.NextDouble() < 0.05 ? 9 : rng.NextDouble() < 0.04 ? 0 : Math.Clamp((int)Math.Round(2.5 + 1.2 * latent + rng.NextDouble() - 0.5), 1, 4);
            int[] r = [i + 1, region, region * 10 + rng.Next(4), rng.Next(1, 3), 1960 + rng.Next(45), Answer(), Answer(), Answer(), Answer(), Answer(), Answer()];
            rows.Add(r);
            sb.Append(string.Join(';', r.Select((v, c) => c >= 5 && v == 0 ? "" : v.ToString(CultureInfo.InvariantCulture)))).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, "svar.csv"), sb.ToString());
        return (folder, rows);
    }

    private static bool Valid(int v) => v is >= 1 and <= 4;

    /// <summary>Cronbach's alpha on complete rows (textbook formula, sample variances).</summary>
    private static double Alpha(List<int[]> rows, int[] cols)
    {
        var complete = rows.Where(r => cols.All(c => Valid(r[c]))).Select(r => cols.Select(c => (double)r[c]).ToArray()).ToList();
        double Var(IEnumerable<double> xs) { var a = xs.ToArray(); var m = a.Average(); return a.Sum(x => (x - m) * (x - m)) / (a.Length - 1); }
        var k = cols.Length;
        return k / (k - 1.0) * (1 - Enumerable.Range(0, k).Sum(j => Var(complete.Select(r => r[j]))) / Var(complete.Select(r => r.Sum())));
    }

    [Fact]
    public async Task A_survey_defined_only_in_json_runs_through_notebook_00_and_the_cli()
    {
        var (folder, rows) = Create();
        var data = Path.Combine(folder, "svar.csv");
        var output = await NewRoundNotebookTests.RunNotebookAsync("00-kom-i-gang", new()
        {
            ["datafil"] = data,
            ["instrument"] = Path.Combine(folder, "trivsel.json"),
            ["studie"] = Path.Combine(folder, "trivsel.study.json"),
            ["kolonnekart"] = Path.Combine(folder, "kart.json"),
        });

        Assert.Contains($"{rows.Count} respondenter", output, StringComparison.Ordinal);
        Assert.Contains("alder: avledet", output, StringComparison.Ordinal);

        // Frequency table of t1 by the study's stratum, with the study's labels: valid n per region counted here.
        foreach (var (label, region) in new[] { ("Nord", 1), ("Midt", 2), ("Sør", 3) })
        {
            var n = rows.Count(r => r[1] == region && Valid(r[5]));
            Assert.Contains($"{label}: n = {n}", output, StringComparison.Ordinal);
        }

        // The study's own rule: mean of the answered items, scored when at least half (2 of 3) are answered.
        var scores = rows.Select(r => new[] { r[5], r[6], r[7] }.Where(Valid).ToArray()).Where(a => 2 * a.Length >= 3).Select(a => a.Average()).ToList();
        Assert.Contains($"Trivsel (snitt-minst-halvparten): n = {scores.Count}, gjennomsnitt {NorwegianFormat.Number(scores.Average(), 1)}", output, StringComparison.Ordinal);

        Assert.Contains($"Trivsel: alfa = {NorwegianFormat.Number(Alpha(rows, [5, 6, 7]), 3)}", output, StringComparison.Ordinal);
        Assert.Contains($"Læring: alfa = {NorwegianFormat.Number(Alpha(rows, [8, 9, 10]), 3)}", output, StringComparison.Ordinal);
        Assert.Contains($"Trivsel på kjønn og alder: n = {scores.Count}, R² = ", output, StringComparison.Ordinal);

        var validate = await NewRoundNotebookTests.Cli("validate", data, "--instrument", Path.Combine(folder, "trivsel.json"), "--study", Path.Combine(folder, "trivsel.study.json"), "--map", Path.Combine(folder, "kart.json"));
        Assert.True(validate.Code == 0, validate.Err + validate.Out);
        Assert.Contains($"{rows.Count} respondenter", validate.Out, StringComparison.Ordinal);
        Assert.Contains("avledet", validate.Out, StringComparison.Ordinal);

        var table = await NewRoundNotebookTests.Cli("table", data, "t1", "--by", "stratum", "--instrument", Path.Combine(folder, "trivsel.json"), "--study", Path.Combine(folder, "trivsel.study.json"), "--map", Path.Combine(folder, "kart.json"));
        Assert.True(table.Code == 0, table.Err);
        foreach (var (label, region) in new[] { ("Nord", 1), ("Midt", 2), ("Sør", 3) })
        {
            Assert.Contains(label, table.Out, StringComparison.Ordinal);
            Assert.Contains(rows.Count(r => r[1] == region && Valid(r[5])).ToString(CultureInfo.InvariantCulture), table.Out, StringComparison.Ordinal);
        }
    }
}
