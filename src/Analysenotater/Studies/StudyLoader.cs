using System.Globalization;
using System.Text.Json;
using Analysenotater.Instruments;
using Analysenotater.Scoring;
using Analysenotater.Tables;

namespace Analysenotater.Studies;

/// <summary>
/// Reads study descriptions (format <c>analysenotater-study</c>, formatVersion 1). The document is validated against
/// the embedded <c>study.schema.json</c> with JsonSchema.Net; then files it names (municipality tables) are read
/// relative to the study file. Every problem is reported with its JSON path. Scoring rules the study defines are
/// registered in <see cref="ScoringRules"/> so instrument files can name them.
/// </summary>
public static class StudyLoader
{
    /// <summary>Loads a study from a JSON file.</summary>
    /// <exception cref="StudyLoadException">The document is not a valid study; every problem is listed.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static StudyDescription LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such study file: {path}", path);
        }

        var full = Path.GetFullPath(path);
        return Parse(File.ReadAllText(full), path, Path.GetDirectoryName(full) ?? ".");
    }

    /// <summary>Parses a study from JSON text; relative paths are resolved against <paramref name="directory"/>.</summary>
    /// <exception cref="StudyLoadException">The document is not a valid study; every problem is listed.</exception>
    public static StudyDescription Parse(string json, string sourceName = "<text>", string directory = ".")
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<InstrumentProblem>();
        StudyDescription? study = null;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            problems.AddRange(EmbeddedSchemaValidator.Validate(doc.RootElement, "study.schema.json"));
            if (problems.Count == 0)
            {
                study = Read(doc.RootElement, directory, sourceName, problems);
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new InstrumentProblem($"$ (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})", "not valid JSON: " + ex.Message));
        }

        if (problems.Count > 0 || study is null)
        {
            throw new StudyLoadException(sourceName, problems);
        }

        foreach (var rule in study.ScoringRules)
        {
            ScoringRules.Register(rule);
        }

        return study;
    }

    private static StudyDescription Read(JsonElement root, string directory, string source, List<InstrumentProblem> problems)
    {
        int? year = root.TryGetProperty("surveyYear", out var y) ? y.GetInt32() : null;
        var roles = new List<RoleDefinition>();
        if (root.TryGetProperty("roles", out var r))
        {
            foreach (var p in r.EnumerateObject())
            {
                var role = Enum.Parse<StudyRole>(p.Name, ignoreCase: true);
                roles.Add(new RoleDefinition(role, p.Value.GetProperty("column").GetString()!, Labels(p.Value, "labels", $"$.roles.{p.Name}", problems)));
            }
        }

        var derived = new List<DerivedVariable>();
        var i = 0;
        foreach (var d in Array(root, "derived"))
        {
            var path = $"$.derived[{i++}]";
            var kind = Enum.Parse<DerivationKind>(d.GetProperty("kind").GetString()!, ignoreCase: true);
            var name = d.GetProperty("name").GetString()!;
            var src = d.TryGetProperty("source", out var s) ? s.GetString() : null;
            if (src is null)
            {
                problems.Add(new InstrumentProblem(path + ".source", $"a {Camel(kind)} derivation needs «source» (the column or item it reads)"));
                continue;
            }

            MunicipalityTable? table = null;
            if (kind == DerivationKind.MunicipalityLookup)
            {
                if (!d.TryGetProperty("table", out var t))
                {
                    problems.Add(new InstrumentProblem(path + ".table", "a municipalityLookup needs «table» (a CSV file: number, name, size group, county)"));
                    continue;
                }

                table = ReadTable(t.GetString()!, directory, source, path + ".table", problems);
                if (table is null)
                {
                    continue;
                }
            }

            var map = Labels(d, "map", path, problems).ToDictionary(
                kv => kv.Key,
                kv => int.TryParse(kv.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : Fail(problems, $"{path}.map.{kv.Key}", $"must be an integer code written as text; found \"{kv.Value}\""));
            derived.Add(new DerivedVariable(name, kind, src)
            {
                SurveyYear = d.TryGetProperty("surveyYear", out var sy) ? sy.GetInt32() : year,
                YearColumn = d.TryGetProperty("yearColumn", out var yc) ? yc.GetString() : null,
                Table = table,
                Field = d.TryGetProperty("field", out var f) ? Enum.Parse<MunicipalityField>(f.GetString()!, ignoreCase: true) : MunicipalityField.SizeGroup,
                Map = map,
                Description = d.TryGetProperty("description", out var ds) ? ds.GetString() ?? "" : "",
            });
            if (kind == DerivationKind.AgeFromBirthYear && derived[^1].SurveyYear is null && derived[^1].YearColumn is null)
            {
                problems.Add(new InstrumentProblem(path, "ageFromBirthYear needs the survey year: «surveyYear» here or in the study, or «yearColumn»"));
            }
        }

        var recodes = Array(root, "recodes").Select(rc => new Recode(rc.GetProperty("name").GetString()!,
            [.. rc.GetProperty("categories").EnumerateArray().Select(c => new RecodeCategory(c.GetProperty("label").GetString()!, [.. c.GetProperty("codes").EnumerateArray().Select(x => x.GetInt32())]))])).ToList();

        var rules = new List<ScoringRule>();
        i = 0;
        foreach (var sr in Array(root, "scoringRules"))
        {
            var path = $"$.scoringRules[{i++}]";
            var id = sr.GetProperty("id").GetString()!;
            if (ScoringRules.All.Any(b => b.Id == id) && ScoringRules.Get(id) is not ConfiguredScoringRule)
            {
                problems.Add(new InstrumentProblem(path + ".id", $"\"{id}\" is a built-in rule; give the study's rule another id"));
                continue;
            }

            rules.Add(new ConfiguredScoringRule(id, sr.TryGetProperty("name", out var n) ? n.GetString() ?? id : id,
                Enum.Parse<ConfiguredRuleKind>(sr.GetProperty("kind").GetString()!, ignoreCase: true),
                sr.TryGetProperty("minimumAnswered", out var m) ? Enum.Parse<MinimumAnswered>(m.GetString()!, ignoreCase: true) : MinimumAnswered.MoreThanHalf,
                sr.TryGetProperty("dropNotApplicable", out var dn) && dn.GetBoolean(),
                sr.TryGetProperty("description", out var de) ? de.GetString() : null));
        }

        var analyses = Array(root, "analyses").Select(a => new AnalysisNeeds(a.GetProperty("name").GetString()!,
            [.. Array(a, "roles").Select(x => Enum.Parse<StudyRole>(x.GetString()!, ignoreCase: true))],
            [.. Array(a, "items").Select(x => x.GetString()!)],
            a.TryGetProperty("optional", out var o) && o.GetBoolean())).ToList();

        var municipalities = root.TryGetProperty("municipalities", out var mu) ? ReadTable(mu.GetString()!, directory, source, "$.municipalities", problems) : null;
        return new StudyDescription
        {
            Id = root.GetProperty("id").GetString()!,
            Title = root.GetProperty("title").GetString()!,
            Instrument = root.TryGetProperty("instrument", out var ins) ? ins.GetString() : null,
            SurveyYear = year,
            Roles = roles,
            Derived = derived,
            Recodes = recodes,
            ScoringRules = rules,
            Analyses = analyses,
            Municipalities = municipalities,
            Directory = directory,
            Source = source,
        };
    }

    /// <summary>
    /// A municipality table named in the study: a built-in id (<see cref="MunicipalityTable.BuiltInIds"/>), a file beside
    /// the study, or, for the studies shipped inside the library, the embedded table of that name; null (with a
    /// problem at <paramref name="path"/>) when it cannot be read.
    /// </summary>
    private static MunicipalityTable? ReadTable(string name, string directory, string source, string path, List<InstrumentProblem> problems)
    {
        try
        {
            var file = Path.GetFullPath(Path.Combine(directory, name));
            return MunicipalityTable.BuiltInIds.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase) ? MunicipalityTable.BuiltIn(name)
                : File.Exists(file) || !source.StartsWith("embedded:", StringComparison.Ordinal) ? MunicipalityTable.Resolve(name, directory)
                : MunicipalityTable.Parse(KnownInstruments.ReadEmbeddedText(name), "embedded:" + name);
        }
        catch (Exception e) when (e is FileNotFoundException or FormatException or ArgumentException or KeyNotFoundException)
        {
            problems.Add(new InstrumentProblem(path, e.Message));
            return null;
        }
    }

    private static int Fail(List<InstrumentProblem> problems, string path, string message)
    {
        problems.Add(new InstrumentProblem(path, message));
        return 0;
    }

    private static IEnumerable<JsonElement> Array(JsonElement el, string name) =>
        el.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static List<KeyValuePair<int, string>> Labels(JsonElement el, string name, string path, List<InstrumentProblem> problems)
    {
        var list = new List<KeyValuePair<int, string>>();
        if (!el.TryGetProperty(name, out var l))
        {
            return list;
        }

        foreach (var p in l.EnumerateObject())
        {
            if (!int.TryParse(p.Name, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                problems.Add(new InstrumentProblem($"{path}.{name}.{p.Name}", "the key must be an integer code"));
                continue;
            }

            list.Add(new(code, p.Value.GetString()!));
        }

        return list;
    }

    private static string Camel(DerivationKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
}
