using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Analysenotater.Data;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// A formula-like description of a linear model <c>y ~ 1 + x1 + x2 + factor(g)</c> over columns of a
/// <see cref="SurveyDataset"/> or over raw arrays, turned into a <see cref="ModelFrame"/> by <see cref="Build"/>.
/// Usage: <c>ModelSpecification.For(data, "indikator").Numeric("alder").Categorical("utd", reference: "1").Build()</c>.
/// </summary>
/// <remarks>
/// Missing values: NaN in a numeric variable and null/empty in a categorical one; for dataset item columns every
/// missing kind of the answer scale («ikke aktuelt», no answer …) counts as missing. Rows missing on any variable of
/// the model (and on the cluster, stratum and weight variables when given) are deleted listwise, and the count is
/// reported. The model always has a constant.
/// </remarks>
public sealed class ModelSpecification
{
    private readonly SurveyDataset? _data;
    private readonly List<(string Name, double[]? Numeric, string?[]? Categories, string? Reference, IReadOnlyList<string>? Order)> _terms = [];
    private int?[]? _clusterIds;
    private int?[]? _stratumIds;

    private ModelSpecification(SurveyDataset? data, string dependent, double[] y)
    {
        _data = data;
        DependentName = dependent;
        Dependent = y;
        Labels = data?.Labels ?? Reporting.VariableLabels.None;
    }

    /// <summary>The dependent variable's name.</summary>
    public string DependentName { get; }

    /// <summary>The labels the model's results show for variables and codes: the dataset's
    /// (<see cref="SurveyDataset.Labels"/>) for a model over a dataset, none for one over arrays; set by
    /// <see cref="WithLabels"/>.</summary>
    public Reporting.VariableLabels Labels { get; private set; } = Reporting.VariableLabels.None;

    /// <summary>Shows the model's variables and codes with <paramref name="labels"/> in its results
    /// (<see cref="Reporting.VariableLabels.None"/>: raw names).</summary>
    /// <param name="labels">The labels.</param>
    /// <returns>This specification.</returns>
    public ModelSpecification WithLabels(Reporting.VariableLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Labels = labels;
        return this;
    }

    internal double[] Dependent { get; }

    /// <summary>The dataset the model was started from (null for a model over arrays).</summary>
    internal SurveyDataset? Data => _data;

    /// <summary>The rows with a valid dependent value, as the release ledger counts them.</summary>
    internal System.Collections.BitArray DependentCounted()
    {
        var n = Dependent.Length;
        var words = new int[(n + 31) >> 5];
        for (var i = 0; i < n; i++)
        {
            if (!double.IsNaN(Dependent[i]))
            {
                words[i >> 5] |= 1 << (i & 31);
            }
        }

        return new System.Collections.BitArray(words) { Length = n };
    }

    /// <summary>Cluster id per input row as a number (NaN = missing; integers, checked when set); not copied from a dataset.</summary>
    internal double[]? ClusterValues { get; private set; }

    /// <summary>Stratum id per input row as a number (NaN = missing; integers, checked when set).</summary>
    internal double[]? StratumValues { get; private set; }

    /// <summary>The cluster ids as nullable integers (an array built on first use).</summary>
    internal int?[]? ClusterIds => ClusterValues is { } v ? _clusterIds ??= ToIds(v) : null;

    /// <summary>The stratum ids as nullable integers (an array built on first use).</summary>
    internal int?[]? StratumIds => StratumValues is { } v ? _stratumIds ??= ToIds(v) : null;

    internal double[]? WeightValues { get; private set; }

    internal string? ClusterName { get; private set; }

    internal string? StratumName { get; private set; }

    internal string? WeightName { get; private set; }

    /// <summary>Starts a model for the dependent values <paramref name="y"/> (NaN = missing; not copied).</summary>
    public static ModelSpecification For(string dependentName, double[] y)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dependentName);
        ArgumentNullException.ThrowIfNull(y);
        return new ModelSpecification(null, dependentName, y);
    }

    /// <summary>Starts a model for the dataset column <paramref name="dependent"/> (valid values; missing kinds as NaN).</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public static ModelSpecification For(SurveyDataset data, string dependent)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(dependent);
        return new ModelSpecification(data, dependent, data.ValidValuesShared(dependent));
    }

    /// <summary>Starts from an R / patsy formula, e.g. <c>"ind_samlet ~ kjonn + alder + C(utdanning, Treatment('grunnskole'))"</c>
    /// (see <see cref="ModelFormula"/>); more terms, clusters, strata and weights can be added to the result.</summary>
    /// <exception cref="ModelSpecificationException">Bad syntax, an unknown column or level, or an unsupported term; the message names it.</exception>
    public static ModelSpecification FromFormula(SurveyDataset data, string formula) => ModelFormula.Parse(data, formula);

    /// <summary>Adds a numeric predictor from the dataset.</summary>
    public ModelSpecification Numeric(string name) => Numeric(name, RequireData(name).ValidValuesShared(name));

    /// <summary>Adds a numeric predictor from an array (NaN = missing; not copied).</summary>
    /// <exception cref="ArgumentException">The array length differs from the dependent variable's.</exception>
    public ModelSpecification Numeric(string name, double[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        CheckLength(name, values.Length);
        _terms.Add((name, values, null, null, null));
        return this;
    }

    /// <summary>Adds a categorical predictor from the dataset, dummy-coded against <paramref name="reference"/>
    /// (codes as invariant text, e.g. "1"; text columns as their text).</summary>
    public ModelSpecification Categorical(string name, string reference, IReadOnlyList<string>? levelOrder = null) =>
        Categorical(name, CategoriesOf(RequireData(name), name), reference, levelOrder);

    /// <summary>Adds a categorical predictor (null or empty = missing), dummy-coded against <paramref name="reference"/>.
    /// The other levels follow <paramref name="levelOrder"/> when given, otherwise numeric or ordinal order.</summary>
    /// <exception cref="ArgumentException">Length differs from the dependent variable's.</exception>
    public ModelSpecification Categorical(string name, IReadOnlyList<string?> values, string reference, IReadOnlyList<string>? levelOrder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        CheckLength(name, values.Count);
        _terms.Add((name, null, [.. values], reference, levelOrder));
        return this;
    }

    /// <summary>Names the cluster (primary sampling unit, e.g. kommune) column of the dataset: numeric codes, or a text
    /// column (each distinct text one cluster, as in <see cref="Design.SurveyDesign.FromDataset"/>); empty = missing.</summary>
    /// <exception cref="ModelSpecificationException">A numeric value is not an integer; the message names the row.</exception>
    public ModelSpecification Clusters(string name)
    {
        var values = IdValuesOf(RequireData(name), name); // a numeric column's own array: no copy
        ClusterName = name;
        ClusterValues = values;
        _clusterIds = null;
        return this;
    }

    /// <summary>Cluster ids per row (null = missing).</summary>
    public ModelSpecification Clusters(string name, IReadOnlyList<int?> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        CheckLength(name, ids.Count);
        ClusterName = name;
        ClusterValues = FromIds(ids);
        _clusterIds = null;
        return this;
    }

    /// <summary>Names the stratum column of the dataset (e.g. kommunestorrelse): numeric codes or a text column, as
    /// <see cref="Clusters(string)"/>.</summary>
    /// <exception cref="ModelSpecificationException">A numeric value is not an integer; the message names the row.</exception>
    public ModelSpecification Strata(string name)
    {
        var values = IdValuesOf(RequireData(name), name); // a numeric column's own array: no copy
        StratumName = name;
        StratumValues = values;
        _stratumIds = null;
        return this;
    }

    /// <summary>Stratum ids per row (null = missing).</summary>
    public ModelSpecification Strata(string name, IReadOnlyList<int?> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        CheckLength(name, ids.Count);
        StratumName = name;
        StratumValues = FromIds(ids);
        _stratumIds = null;
        return this;
    }

    /// <summary>Names the weight column of the dataset.</summary>
    public ModelSpecification Weights(string name) => Weights(name, RequireData(name).ValidValuesShared(name));

    /// <summary>Sampling weights per row (NaN = missing; must be ≥ 0).</summary>
    public ModelSpecification Weights(string name, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        CheckLength(name, weights.Length);
        WeightName = name;
        WeightValues = weights;
        return this;
    }

    /// <summary>
    /// The disclosure rule every categorical level must pass (default <see cref="Disclosure.DisclosurePolicy.KoRus2017"/>:
    /// at least 4 complete cases per level, the reference included). A coefficient of a smaller level is its members'
    /// mean difference, so by default (<see cref="SmallCategories"/> = <see cref="SmallCategoryAction.Suppress"/>) its
    /// quantities are suppressed in every result, or with <see cref="SmallCategoryAction.Refuse"/> the model refuses to
    /// be built; choose <see cref="Disclosure.DisclosurePolicy.None"/> by name for internal microdata work.
    /// </summary>
    public Disclosure.DisclosurePolicy Disclosure { get; private set; } = Analysenotater.Disclosure.DisclosurePolicy.KoRus2017;

    /// <summary>Sets the disclosure rule the categorical levels must pass (see <see cref="Disclosure"/>).</summary>
    public ModelSpecification WithDisclosure(Disclosure.DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Disclosure = policy;
        return this;
    }

    /// <summary>What the model does with a categorical level below the disclosure threshold (default
    /// <see cref="SmallCategoryAction.Suppress"/>).</summary>
    public SmallCategoryAction SmallCategories { get; private set; } = SmallCategoryAction.Suppress;

    /// <summary>Chooses what the model does with a categorical level below the disclosure threshold: suppress its
    /// quantities (the default) or refuse to build the model (<see cref="SmallCategoryAction.Refuse"/>).</summary>
    public ModelSpecification WithSmallCategories(SmallCategoryAction action)
    {
        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown small-category action.");
        }

        SmallCategories = action;
        return this;
    }

    /// <summary>Finds the listwise-complete rows and sets up the model's columns (no n × p matrix is built).</summary>
    /// <remarks>A model without predictors is allowed: it has the constant only (the mean; for a mixed model the null
    /// model whose ICC is the share of variance between clusters).</remarks>
    /// <exception cref="ModelSpecificationException">A reference level that does not occur, a negative
    /// weight, or a constant or collinear predictor (found when fitting); the message names the variable.</exception>
    public ModelFrame Build()
    {
        var n = Dependent.Length;
        // Listwise deletion column by column into a bit mask (each pass reads one array in order).
        var mask = new ulong[(n + 63) >> 6];
        Array.Fill(mask, ulong.MaxValue);
        if ((n & 63) != 0)
        {
            mask[^1] = (1UL << n) - 1;
        }

        ClearMissing(mask, Dependent);
        foreach (var t in _terms)
        {
            if (t.Numeric is { } v)
            {
                ClearMissing(mask, v);
            }
            else
            {
                var categories = t.Categories!;
                for (var i = 0; i < n; i++)
                {
                    if (string.IsNullOrEmpty(categories[i]))
                    {
                        mask[i >> 6] &= ~(1UL << i);
                    }
                }
            }
        }

        if (ClusterValues is { } clusters)
        {
            ClearMissing(mask, clusters);
        }

        if (StratumValues is { } strata)
        {
            ClearMissing(mask, strata);
        }

        if (WeightValues is { } weights)
        {
            for (var i = 0; i < n; i++)
            {
                if (weights[i] < 0)
                {
                    throw new ModelSpecificationException($"Weight '{WeightName}' is negative ({weights[i].ToString("R", CultureInfo.InvariantCulture)}) in row {i + 1}.");
                }
            }

            ClearMissing(mask, weights);
        }

        var count = 0;
        foreach (var word in mask)
        {
            count += System.Numerics.BitOperations.PopCount(word);
        }

        var names = new List<string> { "(Konstant)" };
        var terms = new List<ModelTerm>();
        var numericIndex = new List<int>();
        var numericValues = new List<double[]>();
        var categorical = new List<ModelFrame.CategoricalColumn>();
        var suppressed = new List<int>();
        var lowered = new List<int>();
        var disclosureNotes = new List<string>();

        // Per categorical term: the complete cases per level and the levels below the means threshold.
        var levelCounts = new Dictionary<int, (Dictionary<string, int> PerLevel, HashSet<string> Small)>();
        for (var ti = 0; ti < _terms.Count; ti++)
        {
            var t = _terms[ti];
            if (t.Numeric is not null)
            {
                continue;
            }

            var perLevel = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var r in new ModelFrame.CompleteRowEnumerator(mask))
            {
                perLevel[t.Categories![r]!] = perLevel.GetValueOrDefault(t.Categories![r]!) + 1;
            }

            var present = perLevel.Keys.ToList();
            if (!present.Contains(t.Reference!, StringComparer.Ordinal))
            {
                throw new ModelSpecificationException($"Reference level '{t.Reference}' of '{t.Name}' does not occur among the {count} complete cases (levels: {string.Join(", ", Ordered(present))}).");
            }

            // Disclosure: a level (the reference included) with fewer complete cases than the means threshold would
            // publish its members' mean through the constant and its coefficient.
            var small = new HashSet<string>(StringComparer.Ordinal);
            if (!Disclosure.IsDisabled)
            {
                foreach (var (level, k) in perLevel.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    if (k >= Disclosure.MinimumForMeans)
                    {
                        continue;
                    }

                    if (SmallCategories == SmallCategoryAction.Refuse)
                    {
                        throw new ModelSpecificationException(string.Create(CultureInfo.InvariantCulture,
                            $"Level '{level}' of '{t.Name}' has fewer than {Disclosure.MinimumForMeans} complete cases; its coefficient would show those respondents' answers ({Disclosure.Name}: {Disclosure.Description}). Merge the level with another, suppress it (WithSmallCategories(SmallCategoryAction.Suppress)), or choose DisclosurePolicy.None by name for internal microdata work."));
                    }

                    small.Add(level);
                }
            }

            levelCounts[ti] = (perLevel, small);
        }

        // Across releases: the fit's rows and its levels are settled with everything released before from the same data.
        var (constantLowered, levelsLowered) = SettleWithLedger(mask, levelCounts);
        if (constantLowered)
        {
            suppressed.Add(0);
            lowered.Add(0);
            disclosureNotes.Add(Localization.Messages.Get("Model.ConstantHiddenByEarlierReleases"));
        }

        for (var ti = 0; ti < _terms.Count; ti++)
        {
            var t = _terms[ti];
            if (t.Numeric is { } v)
            {
                terms.Add(new ModelTerm(t.Name, [names.Count], null, []));
                numericIndex.Add(names.Count);
                numericValues.Add(v);
                names.Add(t.Name);
                continue;
            }

            var (perLevel, small) = levelCounts[ti];
            var present = perLevel.Keys.ToList();
            var ledgerHidden = levelsLowered.GetValueOrDefault(ti) ?? [];
            var reference = t.Reference!;
            if (small.Contains(reference) || ledgerHidden.Contains(reference))
            {
                // The constant of a model with a hidden reference level is (in a one-factor model exactly) that
                // group's mean: the largest level shown becomes the reference instead.
                var largest = Ordered(present).OrderByDescending(l => perLevel[l]).FirstOrDefault(l => !small.Contains(l) && !ledgerHidden.Contains(l));
                if (largest is null && ledgerHidden.Count == 0)
                {
                    throw new ModelSpecificationException(string.Create(CultureInfo.InvariantCulture,
                        $"Every level of '{t.Name}' has fewer than {Disclosure.MinimumForMeans} complete cases ({Disclosure.Name}: {Disclosure.Description}); the model cannot be shown. Merge levels, or choose DisclosurePolicy.None by name for internal microdata work."));
                }

                if (largest is null)
                {
                    // Every level is hidden: the constant (some level's mean) goes too.
                    if (!suppressed.Contains(0))
                    {
                        suppressed.Add(0);
                        lowered.Add(0);
                        disclosureNotes.Add(Localization.Messages.Get("Model.ConstantHiddenByEarlierReleases"));
                    }
                }
                else
                {
                    disclosureNotes.Add(small.Contains(reference)
                        ? $"Referansekategorien «{Labels.Value(t.Name, reference)}» for {Labels.Variable(t.Name)} har færre enn {Disclosure.MinimumForMeans} svar; den største kategorien «{Labels.Value(t.Name, largest)}» er brukt som referanse i stedet, så konstantleddet ikke viser den lille gruppens gjennomsnitt."
                        : Localization.Messages.Format("Model.ReferenceHiddenByEarlierReleases", Labels.Value(t.Name, reference), Labels.Variable(t.Name), Labels.Value(t.Name, largest)));
                    reference = largest;
                }
            }

            var others = t.Order is { } order
                ? order.Where(l => l != reference && present.Contains(l, StringComparer.Ordinal)).Concat(Ordered(present).Where(l => l != reference && !order.Contains(l))).ToList()
                : Ordered(present).Where(l => l != reference).ToList();
            var idx = new List<int>();
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var level in others)
            {
                position[level] = idx.Count;
                if (small.Contains(level))
                {
                    suppressed.Add(names.Count);
                    disclosureNotes.Add($"Koeffisienten for «{Labels.Value(t.Name, level)}» ({Labels.Variable(t.Name)}) er skjult (*): kategorien har færre enn {Disclosure.MinimumForMeans} svar ({Disclosure.Name}). Samlet test av variabelen, R², F og kvadratsummene er også skjult, fordi de sammen med konstantleddet kan gi gruppens gjennomsnitt.");
                }
                else if (ledgerHidden.Contains(level) || suppressed.Contains(0))
                {
                    suppressed.Add(names.Count);
                    lowered.Add(names.Count);
                    disclosureNotes.Add(Localization.Messages.Format("Model.HiddenByEarlierReleases", Labels.Value(t.Name, level), Labels.Variable(t.Name)));
                }

                idx.Add(names.Count);
                names.Add(t.Name + "=" + level);
            }

            var dummyOfRow = new int[n];
            Array.Fill(dummyOfRow, -1);
            foreach (var r in new ModelFrame.CompleteRowEnumerator(mask))
            {
                if (position.TryGetValue(t.Categories![r]!, out var d))
                {
                    dummyOfRow[r] = d;
                }
            }

            categorical.Add(new ModelFrame.CategoricalColumn([.. idx], dummyOfRow));
            terms.Add(new ModelTerm(t.Name, idx, reference, others));
        }

        return new ModelFrame(this, mask, count, Dependent, [.. numericIndex], [.. numericValues], [.. categorical], names, terms, n)
        {
            SuppressedCoefficients = suppressed,
            LedgerSuppressedCoefficients = lowered,
            DisclosureNotes = disclosureNotes,
        };
    }

    /// <summary>
    /// Settles the fit as a release with the ledger of the dataset the model was built on (none for a model over
    /// arrays): measure = the dependent variable, counted = its valid rows, partitions = the complete cases (key 0) and
    /// each categorical term's levels among them. Shown = every level not below the threshold (its coefficient, with
    /// the constant, is its mean in a one-factor model) and, for a model without categorical terms, the complete cases
    /// themselves (the constant gives their mean). Returns whether the constant (the complete cases' mean) and which
    /// levels must be hidden because, with earlier releases, they would give a hidden group's mean.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (bool Constant, Dictionary<int, HashSet<string>> Levels) SettleWithLedger(ulong[] mask, Dictionary<int, (Dictionary<string, int> PerLevel, HashSet<string> Small)> levelCounts)
    {
        var result = new Dictionary<int, HashSet<string>>();
        if (_data is null || _data.RowCount != Dependent.Length)
        {
            return (false, result);
        }

        var n = Dependent.Length;
        var counted = DependentCounted();
        var complete = 0;
        foreach (var word in mask)
        {
            complete += System.Numerics.BitOperations.PopCount(word);
        }

        // The complete cases as a subset (key 0), unless they are every row.
        var partitions = new List<int[]>();
        var groups = new List<Analysenotater.Disclosure.ReleaseGroup>();
        var owners = new List<(int Term, string? Level)>();
        if (complete < n)
        {
            var rowSet = new int[n];
            Array.Fill(rowSet, -1);
            foreach (var r in new ModelFrame.CompleteRowEnumerator(mask))
            {
                rowSet[r] = 0;
            }

            partitions.Add(rowSet);
        }

        if (levelCounts.Count == 0)
        {
            groups.Add(partitions.Count == 0 ? Analysenotater.Disclosure.ReleaseGroup.Everyone : new Analysenotater.Disclosure.ReleaseGroup(0, 0));
            owners.Add((-1, null));
        }

        foreach (var (ti, (perLevel, _)) in levelCounts.OrderBy(kv => kv.Key))
        {
            var levels = Ordered(perLevel.Keys);
            var key = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < levels.Count; k++)
            {
                key[levels[k]] = k;
                groups.Add(new Analysenotater.Disclosure.ReleaseGroup(partitions.Count, k));
                owners.Add((ti, levels[k]));
            }

            var keys = new int[n];
            Array.Fill(keys, -1);
            var categories = _terms[ti].Categories!;
            foreach (var r in new ModelFrame.CompleteRowEnumerator(mask))
            {
                keys[r] = key[categories[r]!];
            }

            partitions.Add(keys);
        }

        var own = owners.Select(o => o.Level is { } l && levelCounts[o.Term].Small.Contains(l) ? Analysenotater.Disclosure.DisclosureLevel.Nothing : Analysenotater.Disclosure.DisclosureLevel.MeansOnly).ToArray();
        var proposal = new Analysenotater.Disclosure.ReleaseProposal(_data, DependentName, counted, partitions, groups, Disclosure);
        var decision = Analysenotater.Disclosure.ReleaseLedger.Of(_data).Settle(proposal, caps => [.. own.Select((l, i) => l < caps[i] ? l : caps[i])]);
        var constant = false;
        for (var g = 0; g < owners.Count; g++)
        {
            if (!decision.LoweredByLedger[g] || decision.Levels[g] >= Analysenotater.Disclosure.DisclosureLevel.MeansOnly)
            {
                continue;
            }

            if (SmallCategories == SmallCategoryAction.Refuse)
            {
                throw new ModelSpecificationException(owners[g].Level is { } lv
                    ? $"Level '{lv}' of '{_terms[owners[g].Term].Name}' cannot be shown: together with numbers released earlier from the same data its coefficient would give a hidden group's mean ({Disclosure.Name}). Merge the level with another, or suppress it (WithSmallCategories(SmallCategoryAction.Suppress))."
                    : $"The model for '{DependentName}' cannot be shown: together with numbers released earlier from the same data its constant would give a hidden group's mean ({Disclosure.Name}).");
            }

            if (owners[g].Level is { } level)
            {
                (result.TryGetValue(owners[g].Term, out var set) ? set : result[owners[g].Term] = new HashSet<string>(StringComparer.Ordinal)).Add(level);
            }
            else
            {
                constant = true;
            }
        }

        return (constant, result);
    }

    /// <summary>Clears the bit of every row whose value is NaN (four rows per vector compare where the CPU allows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ClearMissing(ulong[] mask, double[] values)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetArrayDataReference(values);
            for (; i + 64 <= values.Length; i += 64)
            {
                var present = 0UL; // bit k: row i + k is not NaN (x == x)
                for (var k = 0; k < 64; k += 4)
                {
                    var v = Vector256.LoadUnsafe(ref start, (nuint)(i + k));
                    present |= (ulong)Vector256.Equals(v, v).ExtractMostSignificantBits() << k;
                }

                mask[i >> 6] &= present;
            }
        }

        for (; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                mask[i >> 6] &= ~(1UL << i);
            }
        }
    }

    private static List<string> Ordered(IEnumerable<string> levels)
    {
        var list = levels.ToList();
        if (list.All(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            return [.. list.OrderBy(l => double.Parse(l, CultureInfo.InvariantCulture))];
        }

        return [.. list.OrderBy(l => l, StringComparer.Ordinal)];
    }

    private SurveyDataset RequireData(string name) =>
        _data ?? throw new InvalidOperationException($"'{name}' is a column name, but this model was started from arrays; pass the values.");

    private void CheckLength(string name, int length)
    {
        if (length != Dependent.Length)
        {
            throw new ArgumentException($"'{name}' has {length} values; the dependent variable '{DependentName}' has {Dependent.Length}.", nameof(name));
        }
    }

    private static string?[] CategoriesOf(SurveyDataset data, string name)
    {
        var col = data[name];
        if (col is TextColumn tc)
        {
            return [.. tc.Values];
        }

        var v = data.ValidValues(name);
        return [.. v.Select(x => double.IsNaN(x) ? null : x.ToString("R", CultureInfo.InvariantCulture))];
    }

    private static double[] IdValuesOf(SurveyDataset data, string name)
    {
        if (data[name] is Data.TextColumn)
        {
            // A text column (e.g. kommune names) is coded as SurveyDesign codes it: one integer per distinct text.
            var (codes, missing, _) = Design.SurveyDesign.DomainCodes(data, name);
            var ids = new double[codes.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = missing[i] ? double.NaN : codes[i];
            }

            return ids;
        }

        var v = data.ValidValuesShared(name);
        for (var i = 0; i < v.Length; i++)
        {
            if (!double.IsNaN(v[i]) && (v[i] != Math.Round(v[i]) || Math.Abs(v[i]) > int.MaxValue))
            {
                throw new ModelSpecificationException($"Column '{name}', row {i + 1}: value {v[i].ToString("R", CultureInfo.InvariantCulture)} is not an integer id.");
            }
        }

        return v;
    }

    private static double[] FromIds(IReadOnlyList<int?> ids)
    {
        var v = new double[ids.Count];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = ids[i] ?? double.NaN;
        }

        return v;
    }

    private static int?[] ToIds(double[] values)
    {
        var ids = new int?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                ids[i] = (int)values[i];
            }
        }

        return ids;
    }
}
