using System.Globalization;
using System.Text;
using Analysenotater.Export;
using Analysenotater.Instruments;
using Analysenotater.KoRus2017.Reproduction;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Writes the bundled synthetic data sets (the contents of <c>data-samples/korus-2017/</c> and
/// <c>data-samples/ks-psykisk-helse-rus/</c>) from their seeds. Every file is a pure function of the seed, so
/// regenerating gives byte-identical files. Text files are UTF-8 without BOM with "\n" line ends.
/// </summary>
public static class DataSamples
{
    /// <summary>File name of the KoRus 2017 synthetic CSV.</summary>
    public const string KoRusCsv = "korus-2017-synthetic.csv";

    /// <summary>File name of the KoRus 2017 synthetic workbook.</summary>
    public const string KoRusXlsx = "korus-2017-synthetic.xlsx";

    /// <summary>File name of the KS synthetic CSV (both years).</summary>
    public const string KsCsv = "ks-psykisk-helse-rus-synthetic.csv";

    /// <summary>File name of the KS national-average table.</summary>
    public const string KsNational = "landssnitt-2021.csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the KoRus 2017 files: the data (CSV, .xlsx), the identifying-details ground truth, the calibration log,
    /// the full published-vs-reproduced table, the codebook and the README. Returns the paths written.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static IReadOnlyList<string> WriteKoRus2017(string directory, ulong seed = KoRusSyntheticGenerator.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var result = KoRusSyntheticGenerator.GenerateDetailed(seed);

        // The data-sample files are English documents: their reasons and statuses are written in English.
        using var english = Analysenotater.Localization.MessageLanguage.Use(Analysenotater.Localization.MessageLanguage.English);
        var report = ReproductionReport.Run(result.Dataset);
        var files = new List<string>();
        void Text(string name, string content)
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, content, Utf8);
            files.Add(path);
        }

        Text(KoRusCsv, MicrodataCsvWriter.ToCsv(result.Dataset));
        var xlsx = Path.Combine(directory, KoRusXlsx);
        File.WriteAllBytes(xlsx, MicrodataXlsxWriter.ToBytes(result.Dataset));
        files.Add(xlsx);
        var id = new StringBuilder("lopenr,kolonne,type,tekst\n");
        foreach (var d in result.IdentifyingDetails.OrderBy(d => d.Row).ThenBy(d => d.Column, StringComparer.Ordinal))
        {
            id.Append(CultureInfo.InvariantCulture, $"{d.RespondentId},{d.Column},{d.Kind},\"{d.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
        }

        Text("identifying-details.csv", id.ToString());
        var cal = new StringBuilder("quantity,target,achieved,parameter,parameter_value\n");
        foreach (var c in result.Calibration)
        {
            cal.Append(CultureInfo.InvariantCulture, $"\"{c.Quantity}\",{c.Target:0.####},{c.Achieved:0.####},\"{c.Parameter}\",{c.ParameterValue:0.####}\n");
        }

        Text("calibration.csv", cal.ToString());
        Text("reproduction.csv", report.ToCsv());
        Text("codebook.md", Codebook(KnownInstruments.KoRus2017, KoRusRoleColumns));
        Text("README.md", KoRusReadme(result, report));
        return files;
    }

    /// <summary>File name of the ground truth of identifying details planted in the KS comments.</summary>
    public const string KsIdentifyingDetails = "identifying-details.csv";

    /// <summary>
    /// Writes the KS files: both years' data (CSV), the 2021 national-average table and the ground truth of identifying
    /// details planted in the comments (<see cref="KsIdentifyingDetails"/>: columns rad (0-based data row), aar, kolonne,
    /// type, tekst). Returns the paths written.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static IReadOnlyList<string> WriteKsPsykiskHelseRus(string directory, ulong seed = KsSyntheticGenerator.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var ds = KsSyntheticGenerator.Generate(seed);
        var csv = Path.Combine(directory, KsCsv);
        File.WriteAllText(csv, MicrodataCsvWriter.ToCsv(ds), Utf8);
        var nat = new StringBuilder("dimensjon,landssnitt_2021\n");
        foreach (var (dim, v) in KsSyntheticGenerator.NationalAverages2021())
        {
            nat.Append(CultureInfo.InvariantCulture, $"{dim},{v:0.0}\n");
        }

        var natPath = Path.Combine(directory, KsNational);
        File.WriteAllText(natPath, nat.ToString(), Utf8);
        var years = ds.ValidValues("aar");
        var id = new StringBuilder("rad,aar,kolonne,type,tekst\n");
        foreach (var d in KsSyntheticGenerator.IdentifyingDetails(seed))
        {
            id.Append(CultureInfo.InvariantCulture, $"{d.Row},{years[d.Row]:0},{d.Column},{d.Kind},\"{d.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
        }

        var idPath = Path.Combine(directory, KsIdentifyingDetails);
        File.WriteAllText(idPath, id.ToString(), Utf8);
        return [csv, natPath, idPath];
    }

    private static readonly (string Name, string Meaning)[] KoRusRoleColumns =
    [
        ("lopenr", "Løpenummer 1–491 (synthetic respondent id)."),
        ("kommune", "Municipality code 1–20 (fictitious municipalities; see the generator's municipality file)."),
        ("kommunestorrelse", "1 = liten (under 5 000 innbyggere), 2 = mellomstor (5 000–19 999), 3 = stor (20 000+)."),
        ("kjonn", "Copy of q1: 1 = Kvinne, 2 = Mann (dataset role 'kjonn')."),
        ("alder", "Age in whole years = 2017 − q2 (empty when q2 is empty)."),
        ("q5_gruppert", "Bosituasjon as grouped in Vedlegg 3 Tabell 1 (inferred, reference README C4): 1 = fast eid/leid bolig (q5 = 1), 2 = foreldre/venner/hospits (q5 = 2 or 4), 3 = institusjon (q5 = 3), 5 = bostedsløs (q5 = 5); «Annet» (q5 = 6) is recoded from its free text `q5_annet_tekst` (e.g. omsorgsbolig → 1, hos en kompis → 2, soner i fengsel → 3, bor i bilen → 5). The column follows q5 in the file."),
    ];

    /// <summary>A Markdown codebook of an instrument: extra columns, then every item with number, text, type, codes and missing codes.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Codebook(Instrument instrument, IReadOnlyList<(string Name, string Meaning)> extraColumns)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(extraColumns);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Kodebok: {instrument.Title}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Instrument `{instrument.Id}` version {instrument.Version}. Generated from the instrument file; do not edit by hand.\n\n");
        sb.Append("## Respondent columns\n\n| Column | Meaning |\n|---|---|\n");
        foreach (var (name, meaning) in extraColumns)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| `{name}` | {meaning} |\n");
        }

        sb.Append("\n## Scales\n\n| Scale | Direction | Codes |\n|---|---|---|\n");
        foreach (var s in instrument.Scales)
        {
            var codes = string.Join("; ", s.Options.Select(o => $"{o.Code} = {o.Label}{(o.Missing is { } m ? $" (missing: {m})" : "")}"));
            sb.Append(CultureInfo.InvariantCulture, $"| `{s.Id}` | {s.Direction} | {Escape(codes)} |\n");
        }

        foreach (var g in instrument.Groups)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {g.Name}\n\n| Column | No. | Text | Type | Scale |\n|---|---|---|---|---|\n");
            foreach (var id in g.ItemIds)
            {
                var it = instrument.GetItem(id);
                var text = it.Stem is { } stem && stem != it.Text ? stem + " — " + it.Text : it.Text;
                if (it.Condition is { } c)
                {
                    text += $" *(Betingelse: {c.Text})*";
                }

                sb.Append(CultureInfo.InvariantCulture, $"| `{it.Id}` | {it.Number} | {Escape(text)} | {it.Type} | {it.ScaleId ?? ""} |\n");
            }
        }

        sb.Append("\n## Indicators\n\n| Indicator | Items | Rule | Published alpha |\n|---|---|---|---|\n");
        foreach (var ind in instrument.Indicators)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {ind.Name} (`{ind.Id}`) | {string.Join(", ", ind.ItemIds)} | `{ind.Rule}` | {ind.PublishedAlpha?.ToString("0.000", CultureInfo.InvariantCulture) ?? ""} |\n");
        }

        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string KoRusReadme(KoRusSyntheticResult result, ReproductionReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# KoRus 2017: synthetic microdata\n\n");
        sb.Append("**This data is synthetic.** No real respondent is in it. The KoRus-Midt 2017 microdata are not public; these 491 rows were made by ");
        sb.Append("`Analysenotater.KoRus2017.Synthetic.KoRusSyntheticGenerator.Generate(seed)` so that the published tables of the report can be re-run. ");
        sb.Append("Do not cite numbers computed from it as findings about real service users.\n\n");
        sb.Append(inv, $"Seed: `{result.Seed}`. Regenerate every file in this folder with `DataSamples.WriteKoRus2017(folder)` (or the test `DataSampleRegenerationTests` with `ANALYSENOTATER_REGENERATE=1`); a test checks that regeneration is byte-identical.\n\n");
        sb.Append("## Files\n\n");
        sb.Append("| File | Content |\n|---|---|\n");
        sb.Append("| `korus-2017-synthetic.csv` | The data: UTF-8, comma, codes; one row per respondent; columns as in the codebook |\n");
        sb.Append("| `korus-2017-synthetic.xlsx` | The same data as a workbook (sheet `data`) |\n");
        sb.Append("| `codebook.md` | Columns, codes and missing codes, generated from the instrument file |\n");
        sb.Append(inv, $"| `identifying-details.csv` | Ground truth for open-text screening: the {result.IdentifyingDetails.Count} answers in which the generator planted a first name, place, phone number or named staff member |\n");
        sb.Append("| `calibration.csv` | Latent-structure targets, achieved values and tuned parameters |\n");
        sb.Append("| `reproduction.csv` | Every published number: published, reproduced, difference, status, reason |\n\n");
        sb.Append("## How it was made\n\n");
        sb.Append("1. **Frame.** 20 fictitious municipalities (7 small, 4 medium, 9 large) with 53 / 67 / 371 respondents; women per size group = round(30 / 31 / 29 % × N); ages fitted by a seeded local search to each size group's published mean, SD, minimum and maximum and to the national shares under 23 and over 60.\n");
        sb.Append("2. **Counts.** For every closed item, integer answer counts in the six size-group × gender cells are chosen by a deterministic hill climber (four starts: size-group or national prior × squared or absolute deviation cost; then kicks that move a whole shortfall, or 1–6 answers for a percentage, at once and are kept only when fewer numbers are missed) that meets as many published numbers as possible at printed precision: Vedlegg 3 (by size), Nøkkeltall (Totalt / Menn / Kvinner; items with «Ikke aktuelt» keep it in the denominator, the pattern the reference README documents), the figures and the chapter text, including the printed n of each item (so missing and «Ikke aktuelt» patterns follow the report).\n");
        sb.Append("3. **Latent structure.** Answers are handed out within each cell in the order of latent values: a general satisfaction factor, one factor per indicator, a mental-health factor (HSCL-10, self-rated psychic health), a municipality effect, age and a missingness propensity per block. Item noise, the mental-health and age loadings, the missingness nesting, the link between missingness and satisfaction (overall for the praktisk mean, by size group for the size betas) and the split inside the printed collapsed categories (1 vs 2, 4 vs 5) are calibrated by bisection to the published alphas, betas (M1–M4, M6), complete-case n and indicator means.\n");
        sb.Append("   Two steps follow the counts: where Vedlegg 3 prints the number of respondents who ticked any of several boxes (README 10: «I jobb/utdanningsløp», «Arbeidsledig/avklaringspenger/Arbeidstiltak»), ticks are moved between respondents of the same size group × gender cell until the union has the printed count (no single-box count changes); and where Tabell 2 prints an indicator maximum of 100 that no complete case reaches, the most satisfied complete case takes over top answers from another complete case of the same cell (item counts and the indicator mean stay the same).\n");
        sb.Append("   Housing: Vedlegg 3 Tabell 1 groups q5 differently from Nøkkeltall I (376 «fast eid/leid bolig» against 68 % «egen privat bolig»): the report evidently recoded «Annet» answers from their free text. The generator plans q5 together with that grouping, writes it as `q5_gruppert`, and gives «Annet» answers a free text that fits their group (about 85 % write one; for the rest the group is the generator's choice, as it would be a coder's guess).\n");
        sb.Append("4. **Open text.** Norwegian answers to the three open questions (and a few «andre kommentarer» and «Annet» texts) are composed by the PRNG from short fragments written for this project; their most frequent words follow the report's lists. About 4 % carry an identifying detail (recorded in `identifying-details.csv`, not in the data).\n\n");
        sb.Append("All targets are read from the embedded copies of `shared/reference/korus-2017/*.csv` (`src/Analysenotater.KoRus2017/Synthetic/Resources/korus2017-published-*.csv`); the generator's own choices are in `korus2017-generator-*.csv` beside them.\n\n");
        sb.Append("## Calibration: target vs achieved\n\n| Quantity | Target | Achieved |\n|---|---|---|\n");
        foreach (var c in result.Calibration)
        {
            sb.Append(inv, $"| {c.Quantity} | {c.Target:0.###} | {c.Achieved:0.###} |\n");
        }

        var pc = report.PercentsAndCounts;
        var reproduced = pc.Count(r => r.Status == ReproductionStatus.Reproduced);
        sb.Append("\n## Published vs reproduced (summary)\n\n");
        sb.Append(inv, $"- Published percentages, counts and n that are microdata quantities: **{pc.Count}**; reproduced at printed precision: **{reproduced}** (**{100.0 * reproduced / pc.Count:0.0} %**).\n");
        var distinct = report.DistinctPercentsAndCounts;
        sb.Append(inv, $"- Counting each distinct quantity once (the reference files hold some printed numbers twice, e.g. Vedlegg 3 Tabell 1 in two files): **{distinct.Count(r => r.Status == ReproductionStatus.Reproduced)}** of **{distinct.Count}** (**{100 * report.DistinctShareReproduced:0.0} %**).\n");
        var documented = pc.Where(r => r.Status != ReproductionStatus.Reproduced && r.ReasonKind is ReproductionReasonKind.KnownContradiction or ReproductionReasonKind.NotAttainable or ReproductionReasonKind.ReferenceNote).ToList();
        var consistent = pc.Count - documented.Count;
        sb.Append(inv, $"- Misses explained by an inconsistency or decoding doubt of the report itself (reference README id, or a % that no count out of the printed n can give): {documented.Count}. Leaving those out, **{100.0 * reproduced / consistent:0.0} %** of the remaining {consistent} are reproduced.\n");
        sb.Append(inv, $"- Other published numbers (means, SD, min/max, alphas, betas, R², municipality counts, top words): {report.Rows.Count(r => !r.IsPercentOrCount && r.Status != ReproductionStatus.NotComputable)}, of which {report.Rows.Count(r => !r.IsPercentOrCount && r.Status == ReproductionStatus.Reproduced)} reproduced at printed precision and {report.Rows.Count(r => !r.IsPercentOrCount && r.Status == ReproductionStatus.WithinTolerance)} within tolerance (alpha/beta ±0.02, indicator means ±2 points).\n");
        sb.Append(inv, $"- Not microdata quantities (dates, population figures, settings, a '-' cell): {report.Rows.Count(r => r.Status == ReproductionStatus.NotComputable)} (listed in `reproduction.csv`, not counted).\n\n");
        sb.Append("### Largest differences\n\n| Published number | Published | Reproduced | Reason |\n|---|---|---|---|\n");
        foreach (var r in report.Rows.Where(r => r.Status is ReproductionStatus.Differs or ReproductionStatus.WithinTolerance && r.IsPercentOrCount)
                     .OrderByDescending(r => Math.Abs(r.Difference)).ThenBy(r => r.Published.Id, StringComparer.Ordinal).Take(12))
        {
            sb.Append(inv, $"| `{r.Published.Id}` {Escape(r.Published.Label)} | {r.Published.Value:0.###} | {r.Reproduced:0.###} | {Escape(r.Reason ?? "")} |\n");
        }

        sb.Append("\n### Indicators, alphas and regressions\n\n| Published number | Published | Reproduced | Status |\n|---|---|---|---|\n");
        foreach (var r in report.Rows.Where(r => r.Published.Measure.IndicatorId is not null && r.Status != ReproductionStatus.NotComputable))
        {
            sb.Append(inv, $"| `{r.Published.Id}` {Escape(r.Published.Label)} | {r.Published.Value:0.###} | {r.Reproduced:0.###} | {r.Status} |\n");
        }

        sb.Append("\nIndicators are scored on complete cases (every item valid; the reading that fits the printed n of Tabell 2), sum ÷ (k × max) × 100; betas are standardized OLS coefficients with kjonn = q1 code, alder in years, kommunestorrelse 1–3, listwise. ");
        sb.Append("Alpha and OLS are computed by the reproduction module's own small helpers (the statistics library was not on main when this was written).\n");
        return sb.ToString();
    }
}
