using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Instruments;
using Analysenotater.KoRus2017.Reproduction;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>The work behind <see cref="KoRusSyntheticGenerator"/>; one instance per generation.</summary>
internal sealed class KoRusSyntheticBuilder
{
    private const int SurveyYear = 2017;

    private readonly ulong _seed;
    private readonly Instrument _ins = KnownInstruments.KoRus2017;
    private readonly IReadOnlyList<PublishedNumber> _published = PublishedNumberCatalog.KoRus2017;
    private readonly Dictionary<string, double> _assume = new(StringComparer.Ordinal);
    private readonly List<CalibrationStep> _log = [];

    private int _n;
    private int[] _kommune = [];
    private int[] _size = [];
    private int[] _gender = [];
    private int[] _cell = [];
    private double[] _age = [];
    private int _municipalities;

    // Latent variables.
    private double[] _g = [], _m = [], _sloppy = [], _alcohol = [], _drugs = [], _treat = [], _ageZ = [];
    private double[][] _e = [];
    private double[] _u = [];
    private readonly Dictionary<string, double[]> _noise = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double[]> _missNoise = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double[]> _blockMiss = new(StringComparer.Ordinal);

    // Calibrated parameters.
    private readonly Dictionary<string, double> _p = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ItemPlan> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, short[]> _codes = new(StringComparer.Ordinal);
    private int _optimizerMisses;
    private readonly Dictionary<string, string?[]> _textPools = new(StringComparer.Ordinal);


    public KoRusSyntheticBuilder(ulong seed)
    {
        _seed = seed;
        var csv = ResourceCsv.LoadEmbedded("korus2017-generator-assumptions.csv");
        foreach (var r in csv.Rows)
        {
            _assume[csv.Get(r, "scope") + "|" + csv.Get(r, "parameter")] = double.Parse(csv.Get(r, "value"), CultureInfo.InvariantCulture);
        }
    }

    private sealed class ItemPlan
    {
        public required string Id { get; init; }

        public required int[] Cats { get; init; }

        public required bool[] Valid { get; init; }

        public int EmptyIdx { get; init; } = -1;

        public int ExtraIdx { get; init; } = -1;

        public required int[,] Counts { get; init; }

        /// <summary>Derived (recoded) variable written next to the item, or null (see korus2017-generator-recodes.csv).</summary>
        public string? DerivedItem { get; init; }

        /// <summary>Code of <see cref="DerivedItem"/> per category (parallel to <see cref="Cats"/>), or null.</summary>
        public int[]? Derived { get; init; }

        /// <summary>Free-text pool per category for «Annet» answers recoded from their text, or null.</summary>
        public string?[]? TextPools { get; init; }

        public int[,] Base { get; set; } = new int[0, 0];
    }

    private double A(string scope, string parameter) =>
        _assume.TryGetValue(scope + "|" + parameter, out var v) ? v
        : throw new InvalidDataException($"korus2017-generator-assumptions.csv: no value for scope '{scope}', parameter '{parameter}'.");

    private double AOr(string scope, string parameter, string fallbackScope) =>
        _assume.TryGetValue(scope + "|" + parameter, out var v) ? v : A(fallbackScope, parameter);

    private Xoshiro256StarStar Rng(string stream)
    {
        // FNV-1a of the stream name, mixed with the seed: every stream is independent of the order of use.
        var h = 14695981039346656037UL;
        foreach (var ch in stream)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }

        return new Xoshiro256StarStar(_seed ^ h);
    }

    private double[] Normals(string stream)
    {
        var r = Rng(stream);
        var v = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            v[i] = r.NextNormal();
        }

        return v;
    }

    public KoRusSyntheticResult Build()
    {
        BuildFrame();
        BuildAges();
        BuildLatents();
        PlanItems();
        Calibrate();
        AssignAll();
        MatchUnionCounts();
        MatchMaxima();
        var composer = new OpenTextComposer(Rng("open-text"), _assume);
        var (texts, identifying) = composer.Compose(_n, _g);
        texts["q5_annet_tekst"] = composer.OtherTexts(_textPools["q5"]);
        texts["q12_annet_tekst"] = composer.OtherTexts(_codes["q12_10"].Select(c => c == 1).ToArray(), "q12_annet");
        var ds = Assemble(texts);
        return new KoRusSyntheticResult(ds, _seed, identifying, _log, _optimizerMisses);
    }

    // ---------------------------------------------------------------- frame

    private void BuildFrame()
    {
        var csv = ResourceCsv.LoadEmbedded("korus2017-generator-municipalities.csv");
        var kom = new List<int>();
        var size = new List<int>();
        foreach (var r in csv.Rows)
        {
            var k = int.Parse(csv.Get(r, "kommune"), CultureInfo.InvariantCulture);
            var s = int.Parse(csv.Get(r, "kommunestorrelse"), CultureInfo.InvariantCulture);
            var count = int.Parse(csv.Get(r, "respondenter"), CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                kom.Add(k);
                size.Add(s);
            }
        }

        _municipalities = csv.Rows.Count;
        _n = kom.Count;
        _kommune = [.. kom];
        _size = [.. size];
        var total = Published(p => p.File == "sample_by_size.csv" && p.Measure.Statistic == PublishedStatistic.N && p.Measure.FilterColumn is null).Single().Value;
        for (var g = 1; g <= 3; g++)
        {
            var ng = Published(p => p.File == "sample_by_size.csv" && p.Measure.Statistic == PublishedStatistic.N && p.Measure.FilterCode == g).Single().Value;
            if (_size.Count(s => s == g) != (int)ng)
            {
                throw new InvalidDataException($"korus2017-generator-municipalities.csv: size group {g} has {_size.Count(s => s == g)} respondents; the report has {ng}.");
            }
        }

        if (_n != (int)total)
        {
            throw new InvalidDataException($"korus2017-generator-municipalities.csv: {_n} respondents; the report has {total}.");
        }

        // Gender: women per size group = round(published % women × N), spread over the group's rows in random order.
        _gender = new int[_n];
        var rng = Rng("gender");
        for (var g = 1; g <= 3; g++)
        {
            var rows = Enumerable.Range(0, _n).Where(i => _size[i] == g).ToArray();
            var pct = Published(p => p.File == "sample_by_size.csv" && p.Label.StartsWith("kjonn Kvinner", StringComparison.Ordinal) && p.Measure.FilterCode == g).Single().Value;
            var women = (int)Math.Round(pct / 100.0 * rows.Length, MidpointRounding.AwayFromZero);
            Shuffle(rows, rng);
            for (var j = 0; j < rows.Length; j++)
            {
                _gender[rows[j]] = j < women ? 1 : 2;
            }
        }

        _cell = new int[_n];
        for (var i = 0; i < _n; i++)
        {
            _cell[i] = (_size[i] - 1) * 2 + (_gender[i] - 1);
        }
    }

    private static void Shuffle(int[] a, Xoshiro256StarStar rng)
    {
        for (var i = a.Length - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (a[i], a[j]) = (a[j], a[i]);
        }
    }

    private IEnumerable<PublishedNumber> Published(Func<PublishedNumber, bool> f) => _published.Where(f);

    private double AgeStat(int g, PublishedStatistic s) =>
        Published(p => p.File == "sample_by_size.csv" && p.Measure.Statistic == s && p.Measure.ItemIds is ["alder"] && p.Measure.FilterCode == g).Single().Value;

    // ---------------------------------------------------------------- ages

    private void BuildAges()
    {
        var rng = Rng("age");
        _age = new double[_n];
        var groups = new List<(int[] Rows, int Min, int Max, long Sum, long Ss)>();
        for (var g = 1; g <= 3; g++)
        {
            var letter = "LMS"[g - 1].ToString();
            var rows = Enumerable.Range(0, _n).Where(i => _size[i] == g).ToArray();
            var missing = (int)A("frame", "missing_birth_year_" + letter);
            for (var j = 0; j < missing; j++)
            {
                _age[rows[rows.Length - 1 - j]] = double.NaN;
            }

            var used = rows.Take(rows.Length - missing).ToArray();
            var mean = AgeStat(g, PublishedStatistic.Mean);
            var sd = AgeStat(g, PublishedStatistic.StandardDeviation);
            var min = (int)AgeStat(g, PublishedStatistic.Minimum);
            var max = (int)AgeStat(g, PublishedStatistic.Maximum);
            var n = used.Length;
            var sum = (long)Math.Round(mean * n, MidpointRounding.AwayFromZero);
            var ss = (long)Math.Round(sd * sd * (n - 1) + (double)sum * sum / n, MidpointRounding.AwayFromZero);
            foreach (var i in used)
            {
                _age[i] = Math.Clamp(Math.Round(mean + sd * rng.NextNormal()), min, max);
            }

            _age[used[0]] = min;
            _age[used[1]] = max;
            groups.Add((used, min, max, sum, ss));
        }

        var le22 = A("frame", "count_age_le_22");
        var le23 = A("frame", "count_age_le_23");
        var gt60 = A("frame", "count_age_gt_60");
        double Cost()
        {
            var c = 0.0;
            foreach (var (rows, _, _, sum, ss) in groups)
            {
                long s = 0, q = 0;
                foreach (var i in rows)
                {
                    s += (long)_age[i];
                    q += (long)(_age[i] * _age[i]);
                }

                c += 1000.0 * Math.Abs(s - sum) + Math.Abs(q - ss);
            }

            var valid = _age.Where(a => !double.IsNaN(a)).ToArray();
            c += 30.0 * Math.Abs(valid.Count(a => a <= 22) - le22) + 30.0 * Math.Abs(valid.Count(a => a <= 23) - le23) + 30.0 * Math.Abs(valid.Count(a => a > 60) - gt60);
            return c;
        }

        var cost = Cost();
        for (var it = 0; it < 60000 && cost > 0; it++)
        {
            var (rows, min, max, _, _) = groups[rng.NextInt(groups.Count)];
            var i = rows[2 + rng.NextInt(rows.Length - 2)];
            var j = rows[2 + rng.NextInt(rows.Length - 2)];
            var step = 1 + rng.NextInt(6);
            var single = rng.NextInt(4) == 0;
            var oi = _age[i];
            var oj = _age[j];
            var ni = oi + (rng.NextInt(2) == 0 ? step : -step);
            var nj = single ? oj : oj - (ni - oi);
            if (i == j || ni < min || ni > max || nj < min || nj > max)
            {
                continue;
            }

            _age[i] = ni;
            _age[j] = nj;
            var c2 = Cost();
            if (c2 <= cost)
            {
                cost = c2;
            }
            else
            {
                _age[i] = oi;
                _age[j] = oj;
            }
        }

        var valid = _age.Where(a => !double.IsNaN(a)).ToArray();
        var meanAll = valid.Average();
        var sdAll = Math.Sqrt(CoreEstimators.Variance(valid));
        _ageZ = _age.Select(a => double.IsNaN(a) ? 0 : (a - meanAll) / sdAll).ToArray();
    }

    // ---------------------------------------------------------------- latent variables

    private void BuildLatents()
    {
        _g = Normals("general");
        _m = Normals("mental");
        _sloppy = Normals("sloppy");
        _alcohol = Normals("alcohol");
        _drugs = Normals("drugs");
        _treat = Normals("treatment");
        _e = [Normals("f_samlet"), Normals("f_praktisk"), Normals("f_tilfreds")];
        var ru = Rng("municipality");
        _u = new double[_municipalities + 1];
        for (var k = 1; k <= _municipalities; k++)
        {
            _u[k] = ru.NextNormal();
        }

        foreach (var block in new[] { "samlet", "praktisk", "tilfreds", "hscl", "other" })
        {
            _blockMiss[block] = Normals("blockmiss-" + block);
        }

        _p["sigma_samlet"] = A("latent", "sigma_satisfaction_start");
        _p["sigma_praktisk"] = A("latent", "sigma_satisfaction_start");
        _p["sigma_tilfreds"] = A("latent", "sigma_satisfaction_start");
        _p["sigma_hscl"] = A("latent", "sigma_hscl_start");
        _p["b_samlet"] = -0.3;
        _p["b_praktisk"] = 0;
        _p["b_tilfreds"] = -0.3;
        _p["a_samlet"] = 0;
        _p["a_praktisk"] = -0.3;
        _p["a_tilfreds"] = 0;
        foreach (var block in new[] { "samlet", "praktisk", "tilfreds", "hscl" })
        {
            _p["kappa_" + block] = A("missing", "block_noise_start");
            _p["t_" + block] = 0.5;
            _p["lambda_" + block] = 0;
            _p["lambda_size_" + block] = 0;
        }
    }

    private double[] ItemNoise(string id) => _noise.TryGetValue(id, out var v) ? v : _noise[id] = Normals("noise-" + id);

    private double[] MissNoise(string id) => _missNoise.TryGetValue(id, out var v) ? v : _missNoise[id] = Normals("miss-" + id);

    private static string? BlockOf(string id) => id switch
    {
        "q9" or "q10" or "q11" or "q13" => "samlet",
        _ when id.StartsWith("q14_", StringComparison.Ordinal) => "praktisk",
        _ when id.StartsWith("q15_", StringComparison.Ordinal) => "tilfreds",
        _ when id.StartsWith("q31_", StringComparison.Ordinal) => "hscl",
        _ => null,
    };

    /// <summary>Latent value of a respondent for an item: answers are given in ascending code order of this value.</summary>
    private double Latent(string id, int i)
    {
        var e = ItemNoise(id)[i];
        var block = BlockOf(id);
        var rho = A("latent", "rho_general");
        var tau = A("latent", "tau_municipality");
        if (block is "samlet" or "praktisk" or "tilfreds")
        {
            var k = block == "samlet" ? 0 : block == "praktisk" ? 1 : 2;
            var f = Math.Sqrt(rho) * _g[i] + Math.Sqrt(1 - rho) * _e[k][i] + tau * _u[_kommune[i]]
                + _p["b_" + block] * _m[i] + _p["a_" + block] * _ageZ[i];
            return f + _p["sigma_" + block] * e;
        }

        if (block == "hscl")
        {
            return _m[i] + _p["sigma_hscl"] * e;
        }

        var other = A("latent", "sigma_other_items");
        return id switch
        {
            "q20" => -(_g[i] + tau * _u[_kommune[i]]) + other * e,
            "q16" or "q17" or "q18" or "q19" or "q21" or "q22" or "q23" or "q24" or "q25" or "q26" or "q27" or "q30b" or "q12_2"
                => _g[i] + tau * _u[_kommune[i]] + other * e,
            "q33a" => _m[i] + A("latent", "sigma_health") * e,
            "q32" => 0.5 * _m[i] + A("latent", "sigma_health") * e,
            "q35" => _alcohol[i] + 0.5 * e,
            _ when id.StartsWith("q36_", StringComparison.Ordinal) => _alcohol[i] + A("latent", "sigma_cage") * e,
            _ when id.StartsWith("q37_", StringComparison.Ordinal) => _drugs[i] + A("latent", "sigma_drugs") * e,
            "q29" or "q30a" => _treat[i] + 0.6 * e,
            "q28_1" or "q28_2" or "q28_3" or "q28_4" => 0.5 * _treat[i] + e,
            // Main activity: the report's Vedlegg 3 Tabell 1 combined rows add up like nearly disjoint boxes, so the
            // boxes of one group are read off one latent value at opposite ends and in the middle.
            "q6_4" => ItemNoise("q6_work")[i],
            "q6_6" => -ItemNoise("q6_work")[i],
            "q6_7" => -Math.Abs(ItemNoise("q6_work")[i]) + 0.05 * e,
            "q6_1" => ItemNoise("q6_job")[i],
            "q6_2" => -ItemNoise("q6_job")[i],
            "q6_3" => -Math.Abs(ItemNoise("q6_job")[i]) + 0.05 * e,
            "q6_5" => 0.6 * _ageZ[i] + e,
            "q7" => 0.6 * _ageZ[i] + e,
            "q8" => 0.6 * _ageZ[i] + ItemNoise("q7")[i] * 1.0 + 0.3 * e,
            _ => e,
        };
    }

    private double MissPropensity(string id, int i)
    {
        var block = BlockOf(id) ?? "other";
        var kappa = _p.TryGetValue("kappa_" + block, out var k) ? k : 1.0;
        var lambda = _p.TryGetValue("lambda_" + block, out var l) ? l : 0.0;
        var factor = block switch
        {
            "samlet" => 0,
            "praktisk" => 1,
            "tilfreds" => 2,
            _ => -1,
        };
        var rho = A("latent", "rho_general");
        var satisfaction = factor < 0 ? 0 : Math.Sqrt(rho) * _g[i] + Math.Sqrt(1 - rho) * _e[factor][i];
        var sizeLink = _p.TryGetValue("lambda_size_" + block, out var ls) ? ls : 0.0;
        return _sloppy[i] + _blockMiss[block][i] + kappa * MissNoise(id)[i] + (lambda + sizeLink * (_size[i] - 2)) * satisfaction;
    }

    private double ExtraPropensity(string id, int i) => id switch
    {
        "q30b" => -_treat[i] + 0.5 * MissNoise(id + "x")[i],
        _ => MissPropensity(id, i) + 0.3 * MissNoise(id + "x")[i],
    };

    // ---------------------------------------------------------------- item plans (counts)

    private void PlanItems()
    {
        foreach (var item in _ins.Items)
        {
            if (item.Id == "q1" || item.ScaleId is null || item.Type is not (ItemType.SingleChoice or ItemType.MultipleChoice))
            {
                continue;
            }

            _plans[item.Id] = PlanItem(item);
        }
    }

    private ItemPlan PlanItem(Item item)
    {
        var scale = _ins.GetScale(item.ScaleId!);
        var cats = new List<int>();
        var valid = new List<bool>();
        var extraIdx = -1;
        foreach (var o in scale.Options)
        {
            if (!o.IsValid)
            {
                extraIdx = cats.Count;
            }

            cats.Add(o.Code);
            valid.Add(o.IsValid);
        }

        // A derived variable (README C4: the Vedlegg 3 housing groups, with «Annet» recoded from its free text) splits
        // a category into one category per derived code, so that one count table meets the published numbers of both.
        var recodes = GeneratorRecodes.Rules.Where(r => r.Item == item.Id).ToList();
        string? derivedItem = recodes.Count > 0 ? recodes[0].DerivedItem : null;
        var derived = new List<int>();
        var pools = new List<string?>();
        if (derivedItem is not null)
        {
            var (srcCats, srcValid) = (cats.ToList(), valid.ToList());
            cats.Clear();
            valid.Clear();
            extraIdx = -1;
            for (var j = 0; j < srcCats.Count; j++)
            {
                var rows = recodes.Where(r => r.Code == srcCats[j]).ToList();
                if (!srcValid[j])
                {
                    extraIdx = cats.Count;
                }

                foreach (var r in rows.Count > 0 ? rows : [new GeneratorRecodes.Rule(item.Id, srcCats[j], derivedItem, srcCats[j], null)])
                {
                    cats.Add(srcCats[j]);
                    valid.Add(srcValid[j]);
                    derived.Add(r.DerivedCode);
                    pools.Add(r.TextPool);
                }
            }
        }

        var emptyIdx = -1;
        if (item.Type == ItemType.SingleChoice)
        {
            emptyIdx = cats.Count;
            derived.Add(CodeColumn.Empty);
            pools.Add(null);
            cats.Add(-1);
            valid.Add(false);
        }

        var k = cats.Count;
        var cellSizes = new int[ItemCountOptimizer.Cells];
        foreach (var c in _cell)
        {
            cellSizes[c]++;
        }

        // Targets: every single-item published count, percentage or n of this item.
        var targets = new List<ItemCountOptimizer.Target>();
        foreach (var p in _published.Where(p => p.Measure.IsSingleItem && (p.Measure.ItemIds[0] == item.Id || (derivedItem is not null && p.Measure.ItemIds[0] == derivedItem))
                     && p.Measure.Statistic is PublishedStatistic.Percent or PublishedStatistic.Count or PublishedStatistic.N))
        {
            var m = p.Measure;
            var onDerived = p.Measure.ItemIds[0] != item.Id;
            var mask = new bool[ItemCountOptimizer.Cells];
            for (var c = 0; c < mask.Length; c++)
            {
                mask[c] = m.FilterColumn switch
                {
                    null => true,
                    "kommunestorrelse" => c / 2 + 1 == m.FilterCode,
                    "kjonn" => c % 2 + 1 == m.FilterCode,
                    _ => false,
                };
            }

            var num = new bool[k];
            var den = new bool[k];
            for (var j = 0; j < k; j++)
            {
                den[j] = m.Denominator switch
                {
                    PublishedDenominator.Valid => valid[j],
                    PublishedDenominator.ValidAndNotApplicable => valid[j] || j == extraIdx,
                    PublishedDenominator.ValidAndDoesNotHave => valid[j] || j == extraIdx,
                    PublishedDenominator.AllRespondents => true,
                    _ => m.DenominatorCodes.Contains(cats[j]),
                };
                var code = onDerived ? derived[j] : cats[j];
                num[j] = den[j] && m.Codes.Contains(code) && (valid[j] || m.Denominator == PublishedDenominator.Codes);
                if (m.Statistic == PublishedStatistic.Count)
                {
                    num[j] = valid[j] && m.Codes.Contains(code);
                }
            }

            var kind = m.Statistic switch
            {
                PublishedStatistic.Count => 'c',
                PublishedStatistic.N => 'n',
                _ => 'p',
            };
            targets.Add(new ItemCountOptimizer.Target(mask, num, den, kind, p.Value, p.Decimals, p.Id));
        }

        // Four deterministic starts: size-group or national prior × squared or absolute deviation cost. Where published
        // numbers conflict (e.g. the LAR / døgnbehandling label swap, README C1, or an item n printed differently in two
        // places, README B4) one of them ends in a better local optimum. Keep the first run with the fewest misses.
        ItemCountOptimizer? opt = null;
        foreach (var (sizeShares, linear) in new[] { (true, false), (false, false), (true, true), (false, true) })
        {
            var run = new ItemCountOptimizer(k, cellSizes, Prior(item, scale, cats, valid, extraIdx, emptyIdx, cellSizes, useSizeShares: sizeShares), targets, linear);
            run.Run();
            if (opt is null || run.Misses() < opt.Misses())
            {
                opt = run;
            }

            if (opt.Misses() == 0)
            {
                break;
            }
        }

        ArgumentNullException.ThrowIfNull(opt);
        if (opt.Misses() > 0)
        {
            opt.Kick();
        }

        _optimizerMisses += opt.Misses();
        var plan = new ItemPlan
        {
            Id = item.Id, Cats = [.. cats], Valid = [.. valid], EmptyIdx = emptyIdx, ExtraIdx = extraIdx, Counts = opt.Counts,
            DerivedItem = derivedItem, Derived = derivedItem is null ? null : [.. derived], TextPools = derivedItem is null ? null : [.. pools],
        };
        plan.Base = (int[,])opt.Counts.Clone();
        return plan;
    }

    private double[,] Prior(Item item, AnswerScale scale, List<int> cats, List<bool> valid, int extraIdx, int emptyIdx, int[] cellSizes, bool useSizeShares)
    {
        var k = cats.Count;
        var prior = new double[ItemCountOptimizer.Cells, k];
        var single = _published.Where(p => p.Measure.IsSingleItem && p.Measure.ItemIds[0] == item.Id).ToList();

        // Valid-answer distribution: start from stated weights, then fit the published percentages (IPF over code sets).
        double[] Fit(IEnumerable<PublishedNumber> pubs, double[] start)
        {
            var d = (double[])start.Clone();
            var list = pubs.Where(p => p.Measure.Statistic == PublishedStatistic.Percent && p.Measure.Denominator is PublishedDenominator.Valid or PublishedDenominator.AllRespondents).ToList();
            for (var round = 0; round < 30; round++)
            {
                foreach (var p in list)
                {
                    var inSet = new bool[k];
                    double s = 0, tot = 0;
                    for (var j = 0; j < k; j++)
                    {
                        if (!valid[j])
                        {
                            continue;
                        }

                        inSet[j] = p.Measure.Codes.Contains(cats[j]);
                        tot += d[j];
                        if (inSet[j])
                        {
                            s += d[j];
                        }
                    }

                    var target = p.Value / 100.0;
                    if (s <= 0 || s >= tot || target <= 0 || target >= 1)
                    {
                        continue;
                    }

                    for (var j = 0; j < k; j++)
                    {
                        if (valid[j])
                        {
                            d[j] *= inSet[j] ? target * tot / s : (1 - target) * tot / (tot - s);
                        }
                    }
                }
            }

            return d;
        }

        var start = new double[k];
        for (var j = 0; j < k; j++)
        {
            if (!valid[j])
            {
                continue;
            }

            start[j] = scale.Options.Count >= 5 && cats[j] is 1 or 2 or 4 or 5 && scale.Id.StartsWith("S5", StringComparison.Ordinal)
                ? A("prior", "weight_code_" + cats[j])
                : 1.0;
            if (item.Type == ItemType.MultipleChoice && cats[j] == 1 && !single.Any(p => p.Measure.Statistic == PublishedStatistic.Percent))
            {
                var share = AOr(item.Id, "check_share", "default");
                start[j] = share / (1 - share);
            }
        }

        var overall = Fit(single.Where(p => p.Measure.FilterColumn is null), start);
        for (var g = 1; g <= 3; g++)
        {
            var dist = useSizeShares ? Fit(single.Where(p => p.Measure.FilterColumn == "kommunestorrelse" && p.Measure.FilterCode == g), overall) : (double[])overall.Clone();
            if (item.Type == ItemType.MultipleChoice)
            {
                // A published count of a union of boxes (Vedlegg 3 Tabell 1) is shared out over its boxes in proportion
                // to their overall shares; this steers the prior only.
                var union = _published.FirstOrDefault(p => p.Measure.Statistic == PublishedStatistic.Count && p.Measure.ItemIds.Count > 1
                    && p.Measure.ItemIds.Contains(item.Id) && p.Measure.FilterColumn == "kommunestorrelse" && p.Measure.FilterCode == g);
                if (union is not null)
                {
                    double Share(string id) => _published.FirstOrDefault(p => p.Measure.IsSingleItem && p.Measure.ItemIds[0] == id && p.Measure.FilterColumn is null
                        && p.Measure.Statistic == PublishedStatistic.Percent)?.Value ?? 1;
                    var total = union.Measure.ItemIds.Sum(Share);
                    var share = Math.Clamp(union.Value * Share(item.Id) / total / _size.Count(s => s == g), 0.001, 0.999);
                    var one = cats.IndexOf(1);
                    var zero = cats.IndexOf(0);
                    dist[one] = share;
                    dist[zero] = 1 - share;
                }
            }

            var groupN = _size.Count(s => s == g);
            double validRate;
            var nSize = single.FirstOrDefault(p => p.Measure.Statistic == PublishedStatistic.N && p.Measure.FilterColumn == "kommunestorrelse" && p.Measure.FilterCode == g);
            var nAll = single.FirstOrDefault(p => p.Measure.Statistic == PublishedStatistic.N && p.Measure.FilterColumn is null && p.Measure.Denominator == PublishedDenominator.Valid);
            if (item.Type == ItemType.MultipleChoice)
            {
                validRate = 1;
            }
            else if (nSize is not null)
            {
                validRate = Math.Min(0.99, nSize.Value / groupN);
            }
            else if (nAll is not null)
            {
                validRate = Math.Min(0.99, nAll.Value / _n);
            }
            else
            {
                validRate = A("default", "valid_rate");
            }

            var extraRate = extraIdx >= 0 ? Math.Max(0.0, (1 - validRate) * 0.6) + A("default", "extra_rate") * 0.2 : 0;
            var emptyRate = emptyIdx >= 0 ? Math.Max(0.005, 1 - validRate - extraRate) : 0;
            var vsum = 0.0;
            for (var j = 0; j < k; j++)
            {
                if (valid[j])
                {
                    vsum += dist[j];
                }
            }

            for (var s = 1; s <= 2; s++)
            {
                var c = (g - 1) * 2 + (s - 1);
                for (var j = 0; j < k; j++)
                {
                    var share = valid[j] ? validRate * dist[j] / vsum : j == extraIdx ? extraRate : j == emptyIdx ? emptyRate : 0;
                    prior[c, j] = share * cellSizes[c];
                }
            }
        }

        return prior;
    }

    // ---------------------------------------------------------------- assignment

    private void Assign(ItemPlan plan)
    {
        var codes = new short[_n];
        var derivedCodes = new short[_n];
        var category = new int[_n];
        Array.Fill(category, -1);
        var latent = new double[_n];
        var miss = new double[_n];
        var extra = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            latent[i] = Latent(plan.Id, i);
            miss[i] = MissPropensity(plan.Id, i);
            extra[i] = ExtraPropensity(plan.Id, i);
        }

        for (var c = 0; c < ItemCountOptimizer.Cells; c++)
        {
            var rows = new List<int>();
            for (var i = 0; i < _n; i++)
            {
                if (_cell[i] == c)
                {
                    rows.Add(i);
                }
            }

            var remaining = rows;
            if (plan.EmptyIdx >= 0)
            {
                var byMiss = remaining.OrderByDescending(i => miss[i]).ThenBy(i => i).ToList();
                var nEmpty = plan.Counts[c, plan.EmptyIdx];
                foreach (var i in byMiss.Take(nEmpty))
                {
                    codes[i] = CodeColumn.Empty;
                }

                remaining = byMiss.Skip(nEmpty).ToList();
            }

            if (plan.ExtraIdx >= 0)
            {
                var byExtra = remaining.OrderByDescending(i => extra[i]).ThenBy(i => i).ToList();
                var nExtra = plan.Counts[c, plan.ExtraIdx];
                foreach (var i in byExtra.Take(nExtra))
                {
                    codes[i] = (short)plan.Cats[plan.ExtraIdx];
                }

                remaining = byExtra.Skip(nExtra).ToList();
            }

            var ordered = remaining.OrderBy(i => latent[i]).ThenBy(i => i).ToList();
            var pos = 0;
            for (var j = 0; j < plan.Cats.Length; j++)
            {
                if (!plan.Valid[j])
                {
                    continue;
                }

                for (var t = 0; t < plan.Counts[c, j]; t++)
                {
                    category[ordered[pos]] = j;
                    codes[ordered[pos++]] = (short)plan.Cats[j];
                }
            }
        }

        _codes[plan.Id] = codes;
        if (plan.DerivedItem is { } derivedItem && plan.Derived is { } derived && plan.TextPools is { } pools)
        {
            var poolOf = new string?[_n];
            for (var i = 0; i < _n; i++)
            {
                derivedCodes[i] = category[i] < 0 ? CodeColumn.Empty : (short)derived[category[i]];
                poolOf[i] = category[i] < 0 ? null : pools[category[i]];
            }

            _codes[derivedItem] = derivedCodes;
            _textPools[plan.Id] = poolOf;
        }
    }

    private void AssignAll()
    {
        foreach (var plan in _plans.Values)
        {
            Assign(plan);
        }
    }

    /// <summary>
    /// Vedlegg 3 Tabell 1 prints counts of respondents who ticked any of several check boxes (README 10: «I
    /// jobb/utdanningsløp», «Arbeidsledig/avklaringspenger/Arbeidstiltak») by size group. The boxes are planned one by
    /// one, so their overlap is left to the latent ordering. This moves a tick of one box from one respondent to another
    /// in the same size group × gender cell, which keeps every single-box count per cell (and so every published
    /// percentage of a box) and changes only the number of respondents in the union, until it is the printed count.
    /// </summary>
    private void MatchUnionCounts()
    {
        foreach (var p in _published.Where(p => p.Measure.Statistic == PublishedStatistic.Count && p.Measure.ItemIds.Count > 1
                     && p.Measure.FilterColumn == "kommunestorrelse" && p.Measure.Codes is [1] && p.Measure.ItemIds.All(_codes.ContainsKey))
                     .GroupBy(p => (string.Join("|", p.Measure.ItemIds), p.Measure.FilterCode)).Select(g => g.First()))
        {
            var boxes = p.Measure.ItemIds.Select(id => _codes[id]).ToArray();
            int Ticks(int i) => boxes.Count(b => b[i] == 1);
            var rows = Enumerable.Range(0, _n).Where(i => _size[i] == p.Measure.FilterCode).ToList();
            var before = rows.Count(i => Ticks(i) > 0);
            var target = (int)p.Value;
            var current = before;
            var guard = rows.Count;
            while (current != target && guard-- > 0)
            {
                var moved = false;
                foreach (var i in rows)
                {
                    // Fewer in the union: i holds a single tick, j (same cell, already in the union) takes it over.
                    // More in the union: i holds two or more ticks, j (same cell, outside the union) takes one over.
                    var ticks = Ticks(i);
                    if (current > target ? ticks != 1 : ticks < 2)
                    {
                        continue;
                    }

                    var b = Array.FindIndex(boxes, box => box[i] == 1);
                    var j = rows.FirstOrDefault(j => j != i && _cell[j] == _cell[i] && boxes[b][j] == 0 && (current > target ? Ticks(j) > 0 : Ticks(j) == 0), -1);
                    if (j < 0)
                    {
                        continue;
                    }

                    boxes[b][i] = 0;
                    boxes[b][j] = 1;
                    current += current > target ? -1 : 1;
                    moved = true;
                    break;
                }

                if (!moved && current < target)
                {
                    // The boxes ticked in this size group are all held by different respondents: take a tick that is
                    // redundant elsewhere (its holder has another box of the union, in another size group, same gender)
                    // from a box with no published size-group number of its own, so that only union counts change.
                    foreach (var donor in Enumerable.Range(0, _n).Where(i => _size[i] != p.Measure.FilterCode && Ticks(i) >= 2))
                    {
                        var b = Array.FindIndex(boxes, (box) => box[donor] == 1 && !SizeTargeted(p.Measure.ItemIds[Array.IndexOf(boxes, box)]));
                        var j = b < 0 ? -1 : rows.FirstOrDefault(j => _gender[j] == _gender[donor] && Ticks(j) == 0, -1);
                        if (j >= 0)
                        {
                            boxes[b][donor] = 0;
                            boxes[b][j] = 1;
                            current++;
                            moved = true;
                            break;
                        }
                    }
                }

                if (!moved)
                {
                    break;
                }
            }

            _log.Add(new CalibrationStep($"{string.Join(" or ", p.Measure.ItemIds)} ticked, size group {p.Measure.FilterCode} (count)", target, current,
                "ticks moved within size × gender cells", Math.Abs(current - before)));
        }
    }

    /// <summary>
    /// Tabell 2 prints each indicator's observed maximum (100 for all three). When calibration leaves no complete case
    /// at 100 (ind_praktisk: satisfied respondents skip a q14 item more often), the most satisfied complete case takes
    /// over the top answer of another complete case in the same size group × gender cell, item by item. Every item's
    /// counts per cell stay the same, and so does the sum of scores over complete cases (and the indicator mean).
    /// </summary>
    private void MatchMaxima()
    {
        foreach (var block in IndicatorBlocks)
        {
            var indicator = IndicatorOf(block);
            var published = _published.FirstOrDefault(p => p.File == "indicators_table2.csv" && p.Measure.IndicatorId == indicator && p.Measure.Statistic == PublishedStatistic.Maximum);
            var top = block == "hscl" ? (short)4 : (short)5;
            var scores = Scores(block);
            var before = scores.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Max();
            if (published is null || published.Value != 100 || before >= 100)
            {
                continue;
            }

            var r = Enumerable.Range(0, _n).Where(i => !double.IsNaN(scores[i])).OrderByDescending(i => scores[i]).ThenBy(i => i).First();
            var swaps = 0;
            foreach (var id in _ins.GetIndicator(indicator).ItemIds)
            {
                var codes = _codes[id];
                if (codes[r] == top)
                {
                    continue;
                }

                var partner = Enumerable.Range(0, _n).Where(j => j != r && _cell[j] == _cell[r] && codes[j] == top && !double.IsNaN(scores[j]))
                    .OrderByDescending(j => scores[j]).ThenBy(j => j).FirstOrDefault(-1);
                if (partner < 0)
                {
                    continue;
                }

                (codes[r], codes[partner]) = (codes[partner], codes[r]);
                swaps++;
            }

            _log.Add(new CalibrationStep($"{indicator} maximum", published.Value, Scores(block).Where(v => !double.IsNaN(v)).Max(), "top answers swapped within a size group × gender cell", swaps));
        }
    }

    private bool SizeTargeted(string itemId) =>
        _published.Any(p => p.Measure.IsSingleItem && p.Measure.ItemIds[0] == itemId && p.Measure.FilterColumn == "kommunestorrelse");

    private void AssignBlock(string block)
    {
        foreach (var plan in _plans.Values.Where(p => BlockOf(p.Id) == block))
        {
            Assign(plan);
        }
    }

    /// <summary>Moves answers between 1 and 2 and between 4 and 5 (never across the collapsed categories the report prints) to tune an indicator mean.</summary>
    private void ApplySplit(string block, double t)
    {
        foreach (var plan in _plans.Values.Where(p => BlockOf(p.Id) == block))
        {
            int Idx(int code) => Array.IndexOf(plan.Cats, code);
            var (i1, i2, i4, i5) = (Idx(1), Idx(2), Idx(4), Idx(5));
            for (var c = 0; c < ItemCountOptimizer.Cells; c++)
            {
                var n12 = plan.Base[c, i1] + plan.Base[c, i2];
                var n45 = plan.Base[c, i4] + plan.Base[c, i5];
                plan.Counts[c, i5] = (int)Math.Round(t * n45, MidpointRounding.AwayFromZero);
                plan.Counts[c, i4] = n45 - plan.Counts[c, i5];
                plan.Counts[c, i1] = (int)Math.Round((1 - t) * n12, MidpointRounding.AwayFromZero);
                plan.Counts[c, i2] = n12 - plan.Counts[c, i1];
            }
        }
    }

    // ---------------------------------------------------------------- calibration

    private static readonly string[] IndicatorBlocks = ["samlet", "praktisk", "tilfreds", "hscl"];

    private static string IndicatorOf(string block) => block switch
    {
        "samlet" => "ind_samlet",
        "praktisk" => "ind_praktisk",
        "tilfreds" => "ind_tilfredsstillende",
        _ => "ind_mental_hscl10",
    };

    private double PublishedIndicator(string indicator, PublishedStatistic s) =>
        _published.First(p => p.File == "indicators_table2.csv" && p.Measure.IndicatorId == indicator && p.Measure.Statistic == s).Value;

    private double PublishedBeta(string model, string predictor) =>
        _published.First(p => p.Measure.Statistic == PublishedStatistic.StandardizedBeta && p.Measure.ModelId == model && p.Measure.Predictor == predictor).Value;

    private double[] Scores(string block)
    {
        var ind = _ins.GetIndicator(IndicatorOf(block));
        var max = block == "hscl" ? 4.0 : 5.0;
        var s = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            var sum = 0.0;
            var ok = true;
            foreach (var id in ind.ItemIds)
            {
                var c = _codes[id][i];
                if (c == CodeColumn.Empty || c > max)
                {
                    ok = false;
                    break;
                }

                sum += c;
            }

            s[i] = ok ? sum / (ind.ItemIds.Count * max) * 100 : double.NaN;
        }

        return s;
    }

    private double Alpha(string block)
    {
        var ind = _ins.GetIndicator(IndicatorOf(block));
        var max = block == "hscl" ? 4 : 5;
        var rows = new List<double[]>();
        for (var i = 0; i < _n; i++)
        {
            var r = ind.ItemIds.Select(id => (double)_codes[id][i]).ToArray();
            if (r.All(v => v >= 1 && v <= max))
            {
                rows.Add(r);
            }
        }

        return CoreEstimators.CronbachAlpha(rows);
    }

    private double Beta(string block, string predictor)
    {
        var b = StandardizedBetas(block, withSize: false);
        return predictor == "alder" ? b[1] : b[2];
    }

    private double SizeBeta(string block) => StandardizedBetas(block, withSize: true)[3];

    /// <summary>Standardised betas of the block's score on gender, age, mental health (and size group), listwise.</summary>
    private double[] StandardizedBetas(string block, bool withSize)
    {
        var y = Scores(block);
        var mental = Scores("hscl");
        var yy = new List<double>();
        var xx = new List<double[]>();
        for (var i = 0; i < _n; i++)
        {
            if (double.IsNaN(y[i]) || double.IsNaN(mental[i]) || double.IsNaN(_age[i]))
            {
                continue;
            }

            yy.Add(y[i]);
            xx.Add(withSize ? [_gender[i], _age[i], mental[i], _size[i]] : [_gender[i], _age[i], mental[i]]);
        }

        return CoreEstimators.StandardizedOls(yy, xx).Betas;
    }

    /// <summary>Bisection on a monotone map; returns the parameter whose result is closest to the target.</summary>
    private double Bisect(string name, double lo, double hi, double target, bool increasing, Func<double> evaluate, int iterations = 22)
    {
        var best = _p[name];
        var bestErr = double.MaxValue;
        for (var it = 0; it < iterations; it++)
        {
            var mid = (lo + hi) / 2;
            _p[name] = mid;
            var v = evaluate();
            var err = Math.Abs(v - target);
            if (err < bestErr)
            {
                bestErr = err;
                best = mid;
            }

            if ((v < target) == increasing)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        _p[name] = best;
        return best;
    }

    private int CompleteCases(string block) => Scores(block).Count(v => !double.IsNaN(v));

    private void Calibrate()
    {
        AssignAll();
        for (var round = 0; round < 3; round++)
        {
            // Size betas (M4, M6): which respondents are complete cases may depend on satisfaction differently by size
            // group. Calibrated first in each round so that the complete-case n, means and alphas are fitted after it.
            Bisect("lambda_size_samlet", -1.5, 1.5, PublishedBeta("M4", "kommunestorrelse"), increasing: false, () => { AssignBlock("samlet"); return SizeBeta("samlet"); });
            AssignBlock("samlet");
            Bisect("lambda_size_tilfreds", -1.5, 1.5, PublishedBeta("M6", "kommunestorrelse"), increasing: false, () => { AssignBlock("tilfreds"); return SizeBeta("tilfreds"); });
            AssignBlock("tilfreds");
            foreach (var block in IndicatorBlocks)
            {
                var ind = IndicatorOf(block);
                var nTarget = _published.FirstOrDefault(p => p.File == "indicators_table2.csv" && p.Measure.IndicatorId == ind && p.Measure.Statistic == PublishedStatistic.N);
                if (nTarget is not null)
                {
                    Bisect("kappa_" + block, 0, 12, nTarget.Value, increasing: false, () => { AssignBlock(block); return CompleteCases(block); });
                    AssignBlock(block);
                }

                if (block != "hscl")
                {
                    var mean = PublishedIndicator(ind, PublishedStatistic.Mean);
                    Bisect("t_" + block, 0, 1, mean, increasing: true, () =>
                    {
                        ApplySplit(block, _p["t_" + block]);
                        AssignBlock(block);
                        return Scores(block).Where(v => !double.IsNaN(v)).Average();
                    });
                    ApplySplit(block, _p["t_" + block]);
                    AssignBlock(block);
                    if (Math.Abs(Scores(block).Where(v => !double.IsNaN(v)).Average() - mean) > 0.3)
                    {
                        // The split alone cannot reach the mean: let satisfaction raise the chance of leaving an item out
                        // (lambda > 0 makes complete cases less satisfied), with the split held at its middle.
                        _p["t_" + block] = A("latent", "split_fallback");
                        ApplySplit(block, _p["t_" + block]);
                        Bisect("lambda_" + block, -3, 3, mean, increasing: false, () =>
                        {
                            AssignBlock(block);
                            return Scores(block).Where(v => !double.IsNaN(v)).Average();
                        });
                        AssignBlock(block);
                    }
                }

                var alpha = PublishedIndicator(ind, PublishedStatistic.CronbachAlpha);
                Bisect("sigma_" + block, 0.02, 3, alpha, increasing: false, () => { AssignBlock(block); return Alpha(block); });
                AssignBlock(block);
            }

            Bisect("b_samlet", -2, 1, PublishedBeta("M1", "ind_mental_hscl10"), increasing: true, () => { AssignBlock("samlet"); return Beta("samlet", "mental"); });
            AssignBlock("samlet");
            Bisect("b_tilfreds", -2, 1, PublishedBeta("M3", "ind_mental_hscl10"), increasing: true, () => { AssignBlock("tilfreds"); return Beta("tilfreds", "mental"); });
            AssignBlock("tilfreds");
            Bisect("a_praktisk", -2, 1, PublishedBeta("M2", "alder"), increasing: true, () => { AssignBlock("praktisk"); return Beta("praktisk", "alder"); });
            AssignBlock("praktisk");

        }

        foreach (var block in IndicatorBlocks)
        {
            var ind = IndicatorOf(block);
            _log.Add(new CalibrationStep($"{ind} Cronbach's alpha", PublishedIndicator(ind, PublishedStatistic.CronbachAlpha), Alpha(block), "sigma_" + block, _p["sigma_" + block]));
            var nTarget = _published.FirstOrDefault(p => p.File == "indicators_table2.csv" && p.Measure.IndicatorId == ind && p.Measure.Statistic == PublishedStatistic.N);
            if (nTarget is not null)
            {
                _log.Add(new CalibrationStep($"{ind} complete-case n", nTarget.Value, CompleteCases(block), "kappa_" + block, _p["kappa_" + block]));
            }

            if (block != "hscl")
            {
                _log.Add(new CalibrationStep($"{ind} mean", PublishedIndicator(ind, PublishedStatistic.Mean), Scores(block).Where(v => !double.IsNaN(v)).Average(), $"t_{block} (lambda_{block} = {_p["lambda_" + block].ToString("0.####", CultureInfo.InvariantCulture)})", _p["t_" + block]));
            }
        }

        _log.Add(new CalibrationStep("M1 beta ind_mental_hscl10", PublishedBeta("M1", "ind_mental_hscl10"), Beta("samlet", "mental"), "b_samlet", _p["b_samlet"]));
        _log.Add(new CalibrationStep("M2 beta alder", PublishedBeta("M2", "alder"), Beta("praktisk", "alder"), "a_praktisk", _p["a_praktisk"]));
        _log.Add(new CalibrationStep("M4 beta kommunestorrelse", PublishedBeta("M4", "kommunestorrelse"), SizeBeta("samlet"), "lambda_size_samlet", _p["lambda_size_samlet"]));
        _log.Add(new CalibrationStep("M6 beta kommunestorrelse", PublishedBeta("M6", "kommunestorrelse"), SizeBeta("tilfreds"), "lambda_size_tilfreds", _p["lambda_size_tilfreds"]));
        _log.Add(new CalibrationStep("M3 beta ind_mental_hscl10", PublishedBeta("M3", "ind_mental_hscl10"), Beta("tilfreds", "mental"), "b_tilfreds", _p["b_tilfreds"]));
    }

    // ---------------------------------------------------------------- assemble

    private SurveyDataset Assemble(IReadOnlyDictionary<string, string?[]> texts)
    {
        var cols = new List<SurveyColumn>
        {
            new NumericColumn("lopenr", Enumerable.Range(1, _n).Select(i => (double)i).ToArray()),
            new CodeColumn("kommune", _kommune.Select(k => (short)k).ToArray()),
            new CodeColumn("kommunestorrelse", _size.Select(k => (short)k).ToArray()),
            new CodeColumn("kjonn", _gender.Select(k => (short)k).ToArray()),
            new NumericColumn("alder", (double[])_age.Clone()),
        };
        var rng = Rng("numeric-items");
        foreach (var item in _ins.Items)
        {
            switch (item.Type)
            {
                case ItemType.OpenText:
                    cols.Add(new TextColumn(item.Id, texts.TryGetValue(item.Id, out var t) ? t : new string?[_n]));
                    break;
                case ItemType.Year:
                    cols.Add(new NumericColumn(item.Id, _age.Select(a => double.IsNaN(a) ? double.NaN : SurveyYear - a).ToArray()));
                    break;
                case ItemType.Numeric:
                    cols.Add(new NumericColumn(item.Id, NumericItem(item.Id, rng)));
                    break;
                default:
                    cols.Add(new CodeColumn(item.Id, item.Id == "q1" ? _gender.Select(g => (short)g).ToArray() : _codes[item.Id]));
                    if (_plans.TryGetValue(item.Id, out var plan) && plan.DerivedItem is { } derivedItem)
                    {
                        cols.Add(new CodeColumn(derivedItem, _codes[derivedItem]));
                    }

                    break;
            }
        }

        return new SurveyDataset(_ins, cols);
    }

    private double[] NumericItem(string id, Xoshiro256StarStar rng)
    {
        var v = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            var age = double.IsNaN(_age[i]) ? 40 : _age[i];
            var z = rng.NextNormal();
            var skip = rng.NextDouble();
            if (id == "q34")
            {
                v[i] = skip < 0.08 ? double.NaN : Math.Clamp(Math.Round(15 + 2.2 * z), 9, age);
                continue;
            }

            // q37_k_alder: only for those who used the drug; some leave it blank.
            var drug = id[..^"_alder".Length];
            var used = _codes.TryGetValue(drug, out var dc) && dc[i] == 1;
            v[i] = !used || skip < 0.12 ? double.NaN : Math.Clamp(Math.Round(18 + 4 * z), 11, age);
        }

        return v;
    }
}
