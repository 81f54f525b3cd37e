using System.Globalization;
using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>
/// Every number of the KoRus 2017 report as stored in the reference CSV files (embedded as
/// <c>korus2017-published-*.csv</c>), each turned into a <see cref="PublishedMeasure"/> that says how to compute it
/// from microdata. The synthetic generator uses these numbers as its targets and the reproduction report checks them.
/// Choices the report does not state (denominators, codings) are named in <see cref="PublishedNumber.Note"/> or in
/// the measure (for example Nøkkeltall II percentages of items with «Ikke aktuelt» keep «Ikke aktuelt» in the denominator,
/// the pattern documented in the reference README).
/// </summary>
public static class PublishedNumberCatalog
{
    /// <summary>Reference files read, in order.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "by_municipality_size", "key_figures_by_gender", "figures_distributions", "text_reported_shares", "sample_by_size",
        "indicators_table2", "regressions", "representativeness_brukerplan2016", "study_facts", "open_text_top_words",
    ];

    private static readonly Lazy<IReadOnlyList<PublishedNumber>> Lazy = new(Build);

    /// <summary>All published numbers of the KoRus 2017 report (about 700), parsed once.</summary>
    /// <exception cref="InvalidDataException">An embedded reference file does not have the expected columns.</exception>
    public static IReadOnlyList<PublishedNumber> KoRus2017 => Lazy.Value;

    internal static ResourceCsv Load(string stem) => ResourceCsv.LoadEmbedded($"korus2017-published-{stem}.csv");

    private static IReadOnlyList<PublishedNumber> Build()
    {
        var list = new List<PublishedNumber>();
        ByMunicipalitySize(list);
        KeyFigures(list);
        Figures(list);
        TextShares(list);
        SampleBySize(list);
        Indicators(list);
        Regressions(list);
        Representativeness(list);
        StudyFacts(list);
        TopWords(list);
        return list;
    }

    internal static int SizeCode(string g) => g switch
    {
        "L" => 1,
        "M" => 2,
        "S" => 3,
        _ => 0,
    };

    internal static bool IsCheckBoxItem(string item) =>
        item.StartsWith("q6_", StringComparison.Ordinal) || item.StartsWith("q12_", StringComparison.Ordinal)
        || item.StartsWith("q28_", StringComparison.Ordinal) || item.StartsWith("q37_", StringComparison.Ordinal);

    private static bool HasNotApplicable(string item) =>
        item.StartsWith("q14_", StringComparison.Ordinal) || item.StartsWith("q15_", StringComparison.Ordinal)
        || item is "q16" or "q17" or "q18" or "q19" or "q26" or "q27" or "q30b";

    private static PublishedDenominator DefaultDenominator(IReadOnlyList<string> items) =>
        items.All(IsCheckBoxItem) || items is ["q35"] ? PublishedDenominator.AllRespondents : PublishedDenominator.Valid;

    private static int DecimalsOf(string raw)
    {
        var t = raw.Trim();
        var i = t.IndexOfAny(['.', ',']);
        return i < 0 ? 0 : t.Length - i - 1;
    }

    private static double Num(string raw) => double.Parse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static (List<string> Items, List<int> Codes) ParseCodes(string itemId, string codes)
    {
        var text = codes;
        var p = text.IndexOf(" (", StringComparison.Ordinal);
        if (p >= 0)
        {
            text = text[..p];
        }

        text = text.Trim();
        if (text.Contains('q', StringComparison.Ordinal))
        {
            return ([.. text.Split('|').Select(s => s.Trim())], [1]);
        }

        return ([itemId], [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Trim(), CultureInfo.InvariantCulture))]);
    }

    /// <summary>
    /// The housing groups of Vedlegg 3 Tabell 1 (README C4): q5 grouped as 1 fast eid/leid bolig (q5 = 1), 2
    /// foreldre/venner/hospits (q5 = 2, 4), 3 institusjon (q5 = 3), 5 bostedsløs (q5 = 5), with «Annet» (q5 = 6)
    /// recoded from its free text. The counts (376 fast eid/leid bolig, ≈ 80 %, against 68 % «egen privat bolig»)
    /// only add up if most «Annet» answers were recoded so. Data without this column are evaluated on q5 with «Annet»
    /// left out (<see cref="PublishedMeasureEvaluator"/>).
    /// </summary>
    internal const string HousingGroups = "q5_gruppert";

    private static void ByMunicipalitySize(List<PublishedNumber> list)
    {
        var csv = Load("by_municipality_size");
        var seenN = new HashSet<string>(StringComparer.Ordinal);
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            var table = csv.Get(r, "table");
            var item = csv.Get(r, "item_id");
            var g = csv.Get(r, "size_group");
            var size = SizeCode(g);
            var (items, codes) = ParseCodes(item, csv.Get(r, "category_codes"));
            if (table == "Tabell 1" && items is ["q5"])
            {
                // README C4: the Vedlegg 3 housing groups (see HousingGroups).
                (items, codes) = ([HousingGroups], [codes.Contains(4) ? 2 : codes[0]]);
            }

            var unit = csv.Get(r, "unit");
            var raw = csv.Get(r, "value");
            var printed = csv.Get(r, "printed");
            var source = table + " (Vedlegg 3)";
            var label = $"{item} {csv.Get(r, "category")} [{g}]";
            var note = csv.Get(r, "note");
            var nRaw = csv.Get(r, "n");
            var checkBoxes = items.All(IsCheckBoxItem);
            if (table != "Tabell 1" && !checkBoxes && nRaw.Length > 0 && seenN.Add($"{table}|{item}|{g}"))
            {
                var nNote = table == "Tabell 2" ? "Tabell 2 prints one footer n per size group for all four items (README B5)." : null;
                list.Add(new PublishedNumber($"by_municipality_size#{row}.n", "by_municipality_size.csv", source, $"{item} n [{g}]", Num(nRaw), nRaw, 0,
                    new PublishedMeasure(PublishedStatistic.N, items, [], PublishedDenominator.Valid, "kommunestorrelse", size)) { Note = nNote });
            }

            double value;
            if (raw.Length == 0)
            {
                if (item == "q6" && codes is [1] && items is ["q6_5"])
                {
                    list.Add(new PublishedNumber($"by_municipality_size#{row}", "by_municipality_size.csv", source, label, double.NaN, printed, 0,
                        new PublishedMeasure(PublishedStatistic.Context, items, codes, PublishedDenominator.AllRespondents, "kommunestorrelse", size))
                    { Note = "Printed '-' where about 32–36 are expected: probably a missing value (README C5), not a number." });
                    continue;
                }

                value = 0; // README 11: where the group's other cells force it, '-' means 0.
            }
            else
            {
                value = Num(raw);
            }

            var stat = unit == "count" ? PublishedStatistic.Count : PublishedStatistic.Percent;
            var den = DefaultDenominator(items);
            list.Add(new PublishedNumber($"by_municipality_size#{row}", "by_municipality_size.csv", source, label, value, printed, 0,
                new PublishedMeasure(stat, items, codes, den, "kommunestorrelse", size)) { Note = note.Length > 0 ? note : null });
        }
    }

    private static void KeyFigures(List<PublishedNumber> list)
    {
        var csv = Load("key_figures_by_gender");
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            var item = csv.Get(r, "item_id");
            var (items, codes) = ParseCodes(item, csv.Get(r, "category_codes"));
            PublishedDenominator den;
            if (item is "q22" or "q23" && codes.Count == 5)
            {
                den = PublishedDenominator.ValidAndDoesNotHave;
            }
            else if (HasNotApplicable(item))
            {
                den = PublishedDenominator.ValidAndNotApplicable;
            }
            else
            {
                den = DefaultDenominator(items);
            }

            foreach (var (col, gender) in new[] { ("totalt", 0), ("menn", 2), ("kvinner", 1) })
            {
                var raw = csv.Get(r, col);
                if (raw.Length == 0)
                {
                    continue;
                }

                list.Add(new PublishedNumber($"key_figures_by_gender#{row}.{col}", "key_figures_by_gender.csv", "Nøkkeltall (" + csv.Get(r, "block") + ")",
                    $"{item} {csv.Get(r, "label")} [{col}]", Num(raw), raw, DecimalsOf(raw),
                    new PublishedMeasure(PublishedStatistic.Percent, items, codes, den, gender == 0 ? null : "kjonn", gender))
                { Note = NullIfEmpty(csv.Get(r, "note")) });
            }
        }
    }

    private static void Figures(List<PublishedNumber> list)
    {
        var csv = Load("figures_distributions");
        var seenN = new HashSet<string>(StringComparer.Ordinal);
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            var item = csv.Get(r, "item_id");
            var fig = csv.Get(r, "figure");
            var g = csv.Get(r, "size_group");
            var size = SizeCode(g);
            var code = int.Parse(csv.Get(r, "category_code"), CultureInfo.InvariantCulture);
            var items = new List<string> { item };
            var den = DefaultDenominator(items);
            var raw = csv.Get(r, "percent");
            var filter = size == 0 ? null : "kommunestorrelse";
            if (item == "q1" && size == 0)
            {
                // The Vedlegg 3 gender figure has no size_group column filled in; rows come in L, M, S order (two rows each).
                var k = (row - 2) - 72;
                size = k / 2 + 1;
                filter = "kommunestorrelse";
            }

            list.Add(new PublishedNumber($"figures_distributions#{row}", "figures_distributions.csv", fig, $"{item} = {csv.Get(r, "category_label")}", Num(raw), raw, 0,
                new PublishedMeasure(PublishedStatistic.Percent, items, [code], den, filter, size)) { Note = NullIfEmpty(csv.Get(r, "note")) });
            var nRaw = csv.Get(r, "n");
            if (nRaw.Length > 0 && den == PublishedDenominator.Valid && seenN.Add(fig + "|" + item))
            {
                list.Add(new PublishedNumber($"figures_distributions#{row}.n", "figures_distributions.csv", fig, $"{item} n", Num(nRaw), nRaw, 0,
                    new PublishedMeasure(PublishedStatistic.N, items, [], den)));
            }
        }
    }

    private static void TextShares(List<PublishedNumber> list)
    {
        var csv = Load("text_reported_shares");
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            var item = csv.Get(r, "item_id");
            var codesRaw = csv.Get(r, "category_codes");
            var source = csv.Get(r, "source");
            var label = $"{item} {csv.Get(r, "measure")}";
            var note = NullIfEmpty(csv.Get(r, "cross_check"));
            var id = $"text_reported_shares#{row}";
            PublishedMeasure? m;
            PublishedMeasure? nMeasure = null;
            if (item.Contains(';', StringComparison.Ordinal) || item == "response_rate")
            {
                m = null;
            }
            else if (item == "age_le_23")
            {
                m = new PublishedMeasure(PublishedStatistic.Percent, ["alder"], [], PublishedDenominator.Valid) { RangeHigh = 23 };
            }
            else
            {
                var (items, codes) = ParseCodes(item, codesRaw);
                var den = DefaultDenominator(items);
                m = new PublishedMeasure(PublishedStatistic.Percent, items, codes, den);
                nMeasure = new PublishedMeasure(PublishedStatistic.N, items, [], den);
            }

            foreach (var col in new[] { "percent", "count", "n", "range_low", "range_high" })
            {
                var raw = csv.Get(r, col);
                if (raw.Length == 0)
                {
                    continue;
                }

                var v = Num(raw);
                var printed = csv.Get(r, "printed_text");
                var stat = col switch
                {
                    "percent" => PublishedStatistic.Percent,
                    "count" => PublishedStatistic.Count,
                    "n" => PublishedStatistic.N,
                    _ => PublishedStatistic.Context,
                };
                PublishedMeasure measure;
                if (m is null || stat == PublishedStatistic.Context)
                {
                    measure = new PublishedMeasure(PublishedStatistic.Context, [item], [], PublishedDenominator.Valid);
                }
                else if (stat == PublishedStatistic.N)
                {
                    measure = nMeasure ?? m with { Statistic = PublishedStatistic.N };
                }
                else
                {
                    measure = m with { Statistic = stat };
                }

                list.Add(new PublishedNumber($"{id}.{col}", "text_reported_shares.csv", source, label, v, printed, DecimalsOf(raw), measure) { Note = note });
            }
        }
    }

    private static void SampleBySize(List<PublishedNumber> list)
    {
        var csv = Load("sample_by_size");
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            var g = csv.Get(r, "size_group");
            var size = SizeCode(g);
            var filter = size == 0 ? null : "kommunestorrelse";
            var variable = csv.Get(r, "variable");
            var category = csv.Get(r, "category");
            var stat = csv.Get(r, "statistic");
            var raw = csv.Get(r, "value");
            var label = $"{variable} {category} {stat} [{g}]";
            var source = csv.Get(r, "source");
            var id = $"sample_by_size#{row}";
            PublishedMeasure measure;
            if (raw.Length == 0)
            {
                measure = new PublishedMeasure(PublishedStatistic.Context, [variable], [], PublishedDenominator.AllRespondents, filter, size);
                list.Add(new PublishedNumber(id, "sample_by_size.csv", source, label, double.NaN, csv.Get(r, "printed"), 0, measure) { Note = NullIfEmpty(csv.Get(r, "note")) });
                continue;
            }

            var v = Num(raw);
            if (variable == "utvalg")
            {
                measure = new PublishedMeasure(PublishedStatistic.N, [], [], PublishedDenominator.AllRespondents, filter, size);
            }
            else if (variable == "alder")
            {
                var s = stat switch
                {
                    "min" => PublishedStatistic.Minimum,
                    "max" => PublishedStatistic.Maximum,
                    "mean" => PublishedStatistic.Mean,
                    _ => PublishedStatistic.StandardDeviation,
                };
                measure = new PublishedMeasure(s, ["alder"], [], PublishedDenominator.Valid, filter, size);
            }
            else if (variable == "kjonn")
            {
                measure = new PublishedMeasure(PublishedStatistic.Percent, ["q1"], [category == "Kvinner" ? 1 : 2], PublishedDenominator.Valid, filter, size);
            }
            else
            {
                var (items, codes) = SampleCategory(variable, category);
                measure = new PublishedMeasure(PublishedStatistic.Count, items, codes, DefaultDenominator(items), filter, size);
            }

            list.Add(new PublishedNumber(id, "sample_by_size.csv", source, label, v, csv.Get(r, "printed"), DecimalsOf(raw), measure) { Note = NullIfEmpty(csv.Get(r, "note")) });
        }
    }

    private static (List<string> Items, List<int> Codes) SampleCategory(string variable, string category) => (variable, category) switch
    {
        ("sivilstatus", "Gift/samboende") => (["q3"], [1, 3]),
        ("sivilstatus", _) => (["q3"], [2, 4]),
        ("arbeidsforhold", "Uføretrygd") => (["q6_5"], [1]),
        ("arbeidsforhold", "I jobb/utdanningsløp") => (["q6_1", "q6_2", "q6_3"], [1]),
        ("arbeidsforhold", _) => (["q6_4", "q6_6", "q6_7"], [1]),
        ("utdanning", "Fullført Grunnskole") => (["q4"], [1]),
        ("utdanning", "Fullført VGS") => (["q4"], [2, 3]),
        ("utdanning", "Høgskole/universitet") => (["q4"], [4]),
        ("utdanning", _) => (["q4"], [5]),
        // README C4: the Vedlegg 3 housing groups are q5 with «Annet» recoded from its free text (q5_gruppert: 1 fast
        // eid/leid bolig, 2 foreldre/venner/hospits, 3 institusjon, 5 bostedsløs); see HousingGroups.
        ("bosituasjon", "Fast eid/leid bolig") => ([HousingGroups], [1]),
        ("bosituasjon", "Foreldre/venner/hospits") => ([HousingGroups], [2]),
        ("bosituasjon", "Institusjon") => ([HousingGroups], [3]),
        ("bosituasjon", _) => ([HousingGroups], [5]),
        _ => throw new InvalidDataException($"sample_by_size.csv: unknown variable/category '{variable}'/'{category}'."),
    };

    private static void Indicators(List<PublishedNumber> list)
    {
        var csv = Load("indicators_table2");
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            var ind = csv.Get(r, "indicator_id");
            var source = csv.Get(r, "source");
            foreach (var (col, stat) in new[] { ("n", PublishedStatistic.N), ("mean", PublishedStatistic.Mean), ("min", PublishedStatistic.Minimum), ("max", PublishedStatistic.Maximum), ("cronbach_alpha", PublishedStatistic.CronbachAlpha) })
            {
                var raw = csv.Get(r, col);
                if (raw.Length == 0)
                {
                    continue;
                }

                var src = col == "cronbach_alpha" ? csv.Get(r, "alpha_source") : source;
                list.Add(new PublishedNumber($"indicators_table2#{row}.{col}", "indicators_table2.csv", src, $"{ind} {col}", Num(raw), raw, DecimalsOf(raw),
                    new PublishedMeasure(stat, [], [], PublishedDenominator.Valid) { IndicatorId = ind }) { Note = NullIfEmpty(csv.Get(r, "note")) });
            }
        }
    }

    private static void Regressions(List<PublishedNumber> list)
    {
        var csv = Load("regressions");
        var seenModel = new HashSet<string>(StringComparer.Ordinal);
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            var model = csv.Get(r, "model_id");
            var dep = csv.Get(r, "dependent_indicator");
            var preds = csv.Get(r, "predictors_in_model").Split(';');
            var source = csv.Get(r, "source");
            var beta = csv.Get(r, "beta");
            if (beta.Length > 0)
            {
                var pred = csv.Get(r, "predictor");
                list.Add(new PublishedNumber($"regressions#{row}.beta", "regressions.csv", source, $"{model} {dep} β {pred}", Num(beta), csv.Get(r, "beta_printed"), DecimalsOf(beta),
                    new PublishedMeasure(PublishedStatistic.StandardizedBeta, [], [], PublishedDenominator.Valid) { IndicatorId = dep, ModelId = model, Predictors = preds, Predictor = pred })
                { Note = NullIfEmpty(csv.Get(r, "note")) });
            }

            var r2 = csv.Get(r, "adj_r2_percent");
            if (r2.Length > 0 && seenModel.Add(model))
            {
                list.Add(new PublishedNumber($"regressions#{row}.adj_r2", "regressions.csv", source, $"{model} {dep} justert R²", Num(r2), csv.Get(r, "adj_r2_printed"), DecimalsOf(r2),
                    new PublishedMeasure(PublishedStatistic.AdjustedRSquaredPercent, [], [], PublishedDenominator.Valid) { IndicatorId = dep, ModelId = model, Predictors = preds }));
            }
        }
    }

    private static void Representativeness(List<PublishedNumber> list)
    {
        var csv = Load("representativeness_brukerplan2016");
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            var variable = csv.Get(r, "variable");
            var category = csv.Get(r, "category");
            var raw = csv.Get(r, "survey_value");
            var pc = PublishedStatistic.Percent;
            PublishedMeasure m = (variable, category) switch
            {
                ("kjonn", _) => new(pc, ["q1"], [2], PublishedDenominator.Valid),
                ("alder", "gjennomsnitt") => new(PublishedStatistic.Mean, ["alder"], [], PublishedDenominator.Valid),
                ("alder", "andel_under_23") => new(pc, ["alder"], [], PublishedDenominator.Valid) { RangeHigh = 22 },
                ("alder", "andel_over_60") => new(pc, ["alder"], [], PublishedDenominator.Valid) { RangeLow = 61 },
                // README A15: BrukerPlan counts «bostedsløse» by the NIBR/Husbanken definition (no owned or rented home:
                // temporarily with family or friends, hostel/hotel, or nowhere), so the survey side is read the same way:
                // q5 = 2 (hos foreldre/venner), 4 (hospits, hybelhus, hotell) or 5 (uten fast bolig); 3 + 4 + 5 ≈ 12–13 %.
                ("bosituasjon", _) => new(pc, ["q5"], [2, 4, 5], PublishedDenominator.Valid),
                ("trygd", _) => new(pc, ["q6_5"], [1], PublishedDenominator.AllRespondents),
                ("arbeid", _) => new(pc, ["q6_6"], [1], PublishedDenominator.AllRespondents), // README A16: 21 % equals Arbeidsavklaringspenger.
                ("barn", _) => new(pc, ["q8"], [1], PublishedDenominator.Valid),
                ("utdanning", "fullfort_grunnskole") => new(pc, ["q4"], [1], PublishedDenominator.Codes) { DenominatorCodes = [1, 2, 3, 4] },
                ("utdanning", "fullfort_vgs") => new(pc, ["q4"], [2, 3], PublishedDenominator.Codes) { DenominatorCodes = [1, 2, 3, 4] },
                ("utdanning", _) => new(pc, ["q4"], [4], PublishedDenominator.Codes) { DenominatorCodes = [1, 2, 3, 4] },
                ("kommunestorrelse", "stor") => new(PublishedStatistic.MunicipalityPercent, [], [], PublishedDenominator.AllRespondents, "kommunestorrelse", 3),
                ("kommunestorrelse", "liten") => new(PublishedStatistic.MunicipalityPercent, [], [], PublishedDenominator.AllRespondents, "kommunestorrelse", 1),
                ("kommunestorrelse", _) => new(PublishedStatistic.MunicipalityPercent, [], [], PublishedDenominator.AllRespondents, "kommunestorrelse", 2),
                ("utvalg", "antall_kommuner") => new(PublishedStatistic.MunicipalityCount, [], [], PublishedDenominator.AllRespondents),
                _ => new(PublishedStatistic.N, [], [], PublishedDenominator.AllRespondents),
            };
            list.Add(new PublishedNumber($"representativeness_brukerplan2016#{row}", "representativeness_brukerplan2016.csv", "Tabell 1 (4.3)", $"{variable} {category}", Num(raw), csv.Get(r, "printed_survey"), DecimalsOf(raw), m)
            { Note = NullIfEmpty(csv.Get(r, "note")) });
        }
    }

    private static void StudyFacts(List<PublishedNumber> list)
    {
        var csv = Load("study_facts");
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            var key = csv.Get(r, "key");
            var raw = csv.Get(r, "value");
            var ctx = new PublishedMeasure(PublishedStatistic.Context, [], [], PublishedDenominator.AllRespondents);
            var m = key switch
            {
                "n_municipalities" => new PublishedMeasure(PublishedStatistic.MunicipalityCount, [], [], PublishedDenominator.AllRespondents),
                "n_small_municipalities" => new PublishedMeasure(PublishedStatistic.MunicipalityCount, [], [], PublishedDenominator.AllRespondents, "kommunestorrelse", 1),
                "n_medium_municipalities" => new PublishedMeasure(PublishedStatistic.MunicipalityCount, [], [], PublishedDenominator.AllRespondents, "kommunestorrelse", 2),
                "n_large_municipalities" => new PublishedMeasure(PublishedStatistic.MunicipalityCount, [], [], PublishedDenominator.AllRespondents, "kommunestorrelse", 3),
                "n_respondents" => new PublishedMeasure(PublishedStatistic.N, [], [], PublishedDenominator.AllRespondents),
                "age_mean" => new PublishedMeasure(PublishedStatistic.Mean, ["alder"], [], PublishedDenominator.Valid),
                "age_min" => new PublishedMeasure(PublishedStatistic.Minimum, ["alder"], [], PublishedDenominator.Valid),
                "age_max" => new PublishedMeasure(PublishedStatistic.Maximum, ["alder"], [], PublishedDenominator.Valid),
                "hscl_mean" => new PublishedMeasure(PublishedStatistic.Mean, [], [], PublishedDenominator.Valid) { IndicatorId = "ind_mental_hscl10" },
                "hscl_observed_min" => new PublishedMeasure(PublishedStatistic.Minimum, [], [], PublishedDenominator.Valid) { IndicatorId = "ind_mental_hscl10" },
                "hscl_observed_max" => new PublishedMeasure(PublishedStatistic.Maximum, [], [], PublishedDenominator.Valid) { IndicatorId = "ind_mental_hscl10" },
                _ => ctx,
            };
            var ok = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v);
            list.Add(new PublishedNumber($"study_facts#{row}", "study_facts.csv", csv.Get(r, "source"), key, ok ? v : double.NaN, raw, ok ? DecimalsOf(raw) : 0, ok ? m : ctx)
            { Note = NullIfEmpty(csv.Get(r, "note")) });
        }
    }

    private static void TopWords(List<PublishedNumber> list)
    {
        var csv = Load("open_text_top_words");
        var row = 1;
        foreach (var r in csv.Rows)
        {
            row++;
            if (csv.Get(r, "row_type") != "word")
            {
                continue;
            }

            var q = csv.Get(r, "question_id");
            var word = csv.Get(r, "word");
            var order = Num(csv.Get(r, "order_listed"));
            list.Add(new PublishedNumber($"open_text_top_words#{row}", "open_text_top_words.csv", csv.Get(r, "source"), $"{q}: «{word}»", order, word, 0,
                new PublishedMeasure(PublishedStatistic.TopWord, [q], [], PublishedDenominator.Valid) { Word = word }));
        }
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
