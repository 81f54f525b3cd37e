using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Import;
using Analysenotater.Reporting;

namespace Analysenotater.Studies;

/// <summary>
/// Applies a <see cref="StudyDescription"/> to an imported dataset: derives the variables the file lacks, turns
/// text role columns whose values are the study's labels into codes, sets the roles with their labels, and checks
/// what every analysis needs. Nothing is assumed about the coding: labels come from the study or the item's scale.
/// </summary>
public static class StudyApplier
{
    /// <summary>Applies the study. <paramref name="file"/> names the data file in issues.</summary>
    public static StudyApplication Apply(SurveyDataset data, StudyDescription study, string file = "")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(study);
        var issues = new List<ImportIssue>();
        var notes = new List<string>();
        var derivedNames = new HashSet<string>(StringComparer.Ordinal);
        var roles = study.ToDatasetRoles();
        var ds = new SurveyDataset(data.Instrument, data.Columns, roles);
        foreach (var d in study.Derived)
        {
            if (ds.HasColumn(d.Name))
            {
                notes.Add($"{d.Name}: finnes i fila (ikke avledet)");
                continue;
            }

            if (!ds.HasColumn(d.Source) || (d.YearColumn is { } yc && !ds.HasColumn(yc)))
            {
                var lacking = !ds.HasColumn(d.Source) ? d.Source : d.YearColumn!;
                notes.Add($"{d.Name}: kan ikke avledes, fila mangler «{lacking}»");
                continue;
            }

            var column = Derive(ds, d, roles, file, issues);
            ds = ds.WithColumn(column);
            derivedNames.Add(d.Name);
            var filled = Enumerable.Range(0, ds.RowCount).Count(i => !column.IsEmpty(i));
            notes.Add($"{d.Name}: avledet, {d.Explain()} ({filled} av {ds.RowCount} rader fikk verdi)");
        }

        ds = CodeTextRoles(ds, study, file, issues);
        ds = WithMunicipalityNames(ds, study, notes);
        var requirements = Check(ds, study, derivedNames);
        foreach (var r in requirements.Where(r => r.IsError).DistinctBy(r => r.Name))
        {
            issues.Add(new ImportIssue(ImportIssueKind.MissingVariable, file, null, r.Name, null,
                $"{r.Kind} «{r.Name}» trengs av {string.Join(", ", requirements.Where(x => x.Name == r.Name && x.IsError).Select(x => x.Analysis).Distinct())}: {r.Detail}"));
        }

        return new StudyApplication(ds, study, requirements, issues, notes);
    }

    private static SurveyColumn Derive(SurveyDataset ds, DerivedVariable d, DatasetRoles roles, string file, List<ImportIssue> issues)
    {
        var n = ds.RowCount;
        var values = new double[n];
        var source = ds[d.Source];
        string?[]? texts = null;
        for (var i = 0; i < n; i++)
        {
            values[i] = double.NaN;
            if (source.IsEmpty(i))
            {
                continue;
            }

            var raw = source.FormatInvariant(i);
            var row = i + 2;
            switch (d.Kind)
            {
                case DerivationKind.AgeFromBirthYear:
                    {
                        var year = d.YearColumn is { } yc ? NorwegianFormat.TryParse(ds[yc].FormatInvariant(i)) : d.SurveyYear;
                        var birth = NorwegianFormat.TryParse(raw);
                        if (birth is null || year is null || birth > year || year - birth > 120)
                        {
                            issues.Add(new ImportIssue(ImportIssueKind.DerivationFailed, file, row, d.Source, raw,
                                $"{d.Name} kan ikke regnes ut: fødselsår {raw} og undersøkelsesår {year?.ToString(CultureInfo.InvariantCulture) ?? "ukjent"} gir ingen alder mellom 0 og 120; {d.Name} er tom"));
                            continue;
                        }

                        values[i] = year.Value - birth.Value;
                        break;
                    }

                case DerivationKind.MunicipalityLookup:
                    {
                        var number = NorwegianFormat.TryParse(raw);
                        var entry = number is { } num && num == Math.Floor(num) ? d.Table!.Find((int)num) : null;
                        if (entry is null)
                        {
                            issues.Add(new ImportIssue(ImportIssueKind.DerivationFailed, file, row, d.Source, raw,
                                $"kommunenummer {raw} finnes ikke i kommunetabellen {Path.GetFileName(d.Table!.Source)}; {d.Name} er tom (legg kommunen til i tabellen)"));
                            continue;
                        }

                        var text = d.Field switch { MunicipalityField.Name => entry.Name, MunicipalityField.County => entry.County, _ => entry.SizeGroup };
                        if (string.IsNullOrWhiteSpace(text))
                        {
                            var what = d.Field switch { MunicipalityField.Name => "navn", MunicipalityField.County => "fylke", _ => "størrelsesgruppe" };
                            issues.Add(new ImportIssue(ImportIssueKind.DerivationFailed, file, row, d.Source, raw,
                                $"kommunetabellen {Path.GetFileName(d.Table!.Source)} har ingen {what} for kommune {entry.Number} ({entry.Name}); {d.Name} er tom (gi {what} i studiens egen kommunetabell)"));
                            continue;
                        }

                        if (d.Field == MunicipalityField.SizeGroup && CodeOf(text, roles.LabelsOf(d.Name)) is { } code)
                        {
                            values[i] = code;
                        }
                        else
                        {
                            texts ??= new string?[n];
                            texts[i] = text;
                        }

                        break;
                    }

                default:
                    {
                        if (NorwegianFormat.TryParse(raw) is not { } c || c != Math.Floor(c))
                        {
                            issues.Add(new ImportIssue(ImportIssueKind.DerivationFailed, file, row, d.Source, raw, $"ikke en heltallskode; {d.Name} er tom"));
                            continue;
                        }

                        values[i] = d.Map.TryGetValue((int)c, out var mapped) ? mapped : c;
                        break;
                    }
            }
        }

        if (texts is not null)
        {
            // The table gives text (a size group label the study does not code, a name or a county): keep text.
            return new TextColumn(d.Name, [.. Enumerable.Range(0, n).Select(i => texts[i] ?? (double.IsNaN(values[i]) ? null : values[i].ToString("R", CultureInfo.InvariantCulture)))]);
        }

        return new NumericColumn(d.Name, values);
    }

    /// <summary>
    /// Labels the municipality role's numbers with their names from the study's municipality table, so every table,
    /// chart and report grouped by municipality shows names. Only numbers present in the data are labelled (no empty
    /// groups for the rest of the country); numbers the table lacks stay numbers. Labels the study gives itself win.
    /// </summary>
    private static SurveyDataset WithMunicipalityNames(SurveyDataset ds, StudyDescription study, List<string> notes)
    {
        if (ds.Roles.Municipality is not { } column || study.MunicipalityNames is not { } table || !ds.HasColumn(column) || ds.Roles.LabelsOf(column) is not null)
        {
            return ds;
        }

        var source = ds[column];
        var numbers = new HashSet<int>();
        for (var i = 0; i < ds.RowCount; i++)
        {
            if (!source.IsEmpty(i) && NorwegianFormat.TryParse(source.FormatInvariant(i)) is { } x && x == Math.Floor(x) && x is >= int.MinValue and <= int.MaxValue)
            {
                numbers.Add((int)x);
            }
        }

        var names = table.NamesOf(numbers);
        if (names.Count == 0)
        {
            return ds;
        }

        var labels = new Dictionary<string, IReadOnlyDictionary<int, string>>(ds.Roles.Labels, StringComparer.Ordinal) { [column] = names };
        var unnamed = numbers.Count - names.Count;
        var tableName = Path.GetFileName(table.Source);
        notes.Add($"{column}: kommunenavn fra {tableName[(tableName.IndexOf(':', StringComparison.Ordinal) + 1)..]} ({names.Count} kommuner{(unnamed > 0 ? $"; {unnamed} nummer uten navn i tabellen vises som nummer" : "")})");
        return ds.WithRoles(ds.Roles with { Labels = labels });
    }

    /// <summary>A code from text: the integer itself, or the code whose label matches (trimmed, any case).</summary>
    private static int? CodeOf(string text, IReadOnlyDictionary<int, string>? labels)
    {
        var t = text.Trim();
        if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code))
        {
            return code;
        }

        return labels?.FirstOrDefault(kv => string.Equals(kv.Value.Trim(), t, StringComparison.OrdinalIgnoreCase)) is { Value: not null } hit ? hit.Key : null;
    }

    private static SurveyDataset CodeTextRoles(SurveyDataset ds, StudyDescription study, string file, List<ImportIssue> issues)
    {
        foreach (var role in study.Roles.Where(r => r.Labels.Count > 0 && ds.HasColumn(r.Column) && ds[r.Column] is TextColumn).DistinctBy(r => r.Column))
        {
            var tc = (TextColumn)ds[role.Column];
            var labels = role.Labels.ToDictionary(kv => kv.Key, kv => kv.Value);
            var values = new double[ds.RowCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = double.NaN;
                if (tc[i] is not { } t)
                {
                    continue;
                }

                if (CodeOf(t, labels) is { } c)
                {
                    values[i] = c;
                }
                else
                {
                    issues.Add(new ImportIssue(ImportIssueKind.UnparseableValue, file, i + 2, role.Column, t,
                        Localization.Messages.Format("Import.NotRoleCode", Localization.Messages.Name(role.Role), string.Join(", ", role.Labels.Select(kv => $"{kv.Key} = {kv.Value}")))));
                }
            }

            ds = new SurveyDataset(ds.Instrument, [.. ds.Columns.Select(c => c.Name == role.Column ? new NumericColumn(role.Column, values) : c)], ds.Roles);
        }

        return ds;
    }

    private static List<VariableStatus> Check(SurveyDataset ds, StudyDescription study, HashSet<string> derived)
    {
        var list = new List<VariableStatus>();
        foreach (var a in study.AnalysesToCheck)
        {
            foreach (var role in a.Roles)
            {
                var column = RoleColumn(study, role);
                var name = $"{RoleName(role)} ({column ?? "–"})";
                list.Add(column is null
                    ? new VariableStatus(a.Name, "rolle", name, VariableState.Missing, "studien sier ikke hvilken kolonne som har denne rollen", !a.Optional)
                    : derived.Contains(column)
                        ? new VariableStatus(a.Name, "rolle", name, VariableState.Derived, study.Derived.First(d => d.Name == column).Explain(), false)
                        : ds.HasColumn(column)
                            ? new VariableStatus(a.Name, "rolle", name, VariableState.Present, "kolonnen finnes i fila", false)
                            : new VariableStatus(a.Name, "rolle", name, VariableState.Missing, MissingReason(study, column), !a.Optional));
            }

            foreach (var item in ExpandItems(ds, a))
            {
                list.Add(item.Missing is { } why
                    ? new VariableStatus(a.Name, "spørsmål", item.Id, VariableState.Missing, why, !a.Optional)
                    : derived.Contains(item.Id)
                        ? new VariableStatus(a.Name, "spørsmål", item.Id, VariableState.Derived, study.Derived.First(d => d.Name == item.Id).Explain(), false)
                        : new VariableStatus(a.Name, "spørsmål", item.Id, VariableState.Present, "kolonnen finnes i fila", false));
            }
        }

        return list;
    }

    private static IEnumerable<(string Id, string? Missing)> ExpandItems(SurveyDataset ds, AnalysisNeeds a)
    {
        foreach (var id in a.Items)
        {
            if (id == "indicators")
            {
                if (ds.Instrument is not { } ins || ins.Indicators.Count == 0)
                {
                    yield return ("indikatorer", "instrumentet har ingen indikatorer");
                    continue;
                }

                foreach (var item in ins.Indicators.SelectMany(i => i.ItemIds).Distinct(StringComparer.Ordinal))
                {
                    yield return (item, ds.HasColumn(item) ? null : "fila har ingen kolonne for spørsmålet (sjekk kolonnekartet)");
                }

                continue;
            }

            yield return (id, ds.HasColumn(id) ? null : ds.Instrument is { } i2 && !i2.HasItem(id)
                ? $"verken i fila eller i instrumentet {i2.Id}"
                : "fila har ingen kolonne for spørsmålet (sjekk kolonnekartet)");
        }
    }

    private static string MissingReason(StudyDescription study, string column) =>
        study.Derived.FirstOrDefault(d => d.Name == column) is { } d
            ? $"ikke i fila, og avledningen ({d.Explain()}) mangler kilden «{(d.YearColumn ?? d.Source)}»"
            : "ikke i fila, og studien avleder den ikke";

    /// <summary>The column of a role, with cluster falling back to municipality and stratum to size group (as <see cref="DatasetRoles"/> does).</summary>
    public static string? RoleColumn(StudyDescription study, StudyRole role)
    {
        ArgumentNullException.ThrowIfNull(study);
        return role switch
        {
            StudyRole.Cluster => study.ColumnOf(StudyRole.Cluster) ?? study.ColumnOf(StudyRole.Municipality),
            StudyRole.Stratum => study.ColumnOf(StudyRole.Stratum) ?? study.ColumnOf(StudyRole.SizeGroup),
            _ => study.ColumnOf(role),
        };
    }

    /// <summary>The role in Norwegian.</summary>
    public static string RoleName(StudyRole role) => role switch
    {
        StudyRole.RespondentId => "respondent-id",
        StudyRole.Cluster => "klynge",
        StudyRole.Stratum => "stratum",
        StudyRole.Weight => "vekt",
        StudyRole.Gender => "kjønn",
        StudyRole.Age => "alder",
        StudyRole.Municipality => "kommune",
        StudyRole.SizeGroup => "kommunestørrelse",
        _ => "runde/år",
    };
}
