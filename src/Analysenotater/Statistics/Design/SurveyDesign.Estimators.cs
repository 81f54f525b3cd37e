using System.Globalization;

namespace Analysenotater.Statistics.Design;

/// <content>Means, proportions, totals and ratios, overall and by domain, and domain contrasts: the weighted accumulation per row and per PSU, with every variance from the engine (<see cref="DesignVariance"/>).</content>
public sealed partial class SurveyDesign
{
    /// <summary>The weighted mean of <paramref name="y"/> (NaN = missing, excluded) in the current domain.</summary>
    /// <exception cref="ArgumentException">Wrong length, or no usable rows.</exception>
    /// <exception cref="LonelyPsuException">A stratum of the domain has one PSU and the policy is Fail.</exception>
    public DesignEstimate Mean(double[] y, string? label = null) => Single(DesignStatistic.Mean, y, null, label ?? "");

    /// <summary>The weighted proportion of a 0/1 variable <paramref name="y"/> (NaN = missing, excluded); use
    /// <see cref="Proportions.ProportionConfidence.FromDesign"/> for logit or Korn–Graubard limits.</summary>
    /// <exception cref="ArgumentException">A value other than 0, 1 or NaN (the message names the row), wrong length, or no usable rows.</exception>
    public DesignEstimate Proportion(double[] y, string? label = null)
    {
        CheckBinary(y);
        return Single(DesignStatistic.Proportion, y, null, label ?? "");
    }

    /// <summary>The weighted total Σwy of <paramref name="y"/> in the current domain (NaN = missing, excluded).</summary>
    public DesignEstimate Total(double[] y, string? label = null) => Single(DesignStatistic.Total, y, null, label ?? "");

    /// <summary>The ratio Σwy/Σwx (R svyratio); rows where either value is NaN are excluded.</summary>
    /// <exception cref="ArgumentException">Wrong lengths, no usable rows, or Σwx = 0.</exception>
    public DesignEstimate Ratio(double[] numerator, double[] denominator, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(denominator);
        return Single(DesignStatistic.Ratio, numerator, denominator, label ?? "");
    }

    /// <summary>Means by domain (R <c>svyby(~y, ~domain, design, svymean)</c>): one estimate per distinct domain code, full design kept.</summary>
    /// <param name="y">The variable (NaN = missing).</param>
    /// <param name="domains">Domain code per row.</param>
    /// <param name="label">Variable label.</param>
    /// <param name="domainNames">Optional labels for domain codes.</param>
    public DomainEstimates MeanBy(double[] y, int[] domains, string? label = null, IReadOnlyDictionary<int, string>? domainNames = null)
        => By(DesignStatistic.Mean, y, null, domains, null, label ?? "", domainNames);

    /// <summary>Proportions of a 0/1 variable by domain.</summary>
    public DomainEstimates ProportionBy(double[] y, int[] domains, string? label = null, IReadOnlyDictionary<int, string>? domainNames = null)
    {
        CheckBinary(y);
        return By(DesignStatistic.Proportion, y, null, domains, null, label ?? "", domainNames);
    }

    /// <summary>Totals by domain.</summary>
    public DomainEstimates TotalBy(double[] y, int[] domains, string? label = null, IReadOnlyDictionary<int, string>? domainNames = null)
        => By(DesignStatistic.Total, y, null, domains, null, label ?? "", domainNames);

    /// <summary>Ratios by domain.</summary>
    public DomainEstimates RatioBy(double[] numerator, double[] denominator, int[] domains, string? label = null, IReadOnlyDictionary<int, string>? domainNames = null)
    {
        ArgumentNullException.ThrowIfNull(denominator);
        return By(DesignStatistic.Ratio, numerator, denominator, domains, null, label ?? "", domainNames);
    }

    /// <summary>Means of <paramref name="y"/> (NaN = missing) by the strata of the design (the benchmark's «score by stratum»).</summary>
    public DomainEstimates MeanByStratum(double[] y, string? label = null) => By(DesignStatistic.Mean, y, null, null, null, label ?? "", null, null, byStratum: true);

    private DesignEstimate Single(DesignStatistic stat, double[] y, double[]? x, string label, string? measure = null)
    {
        ArgumentNullException.ThrowIfNull(y);
        CheckLength(y.Length, _w.Length, nameof(y));
        if (x is not null)
        {
            CheckLength(x.Length, _w.Length, nameof(x));
        }

        var p = _psuFirstRow.Length;
        var acc = new Accumulator(1, p);
        var excluded = 0;
        var w = _w;
        var psu = _psu;
        var dom = _domain;
        double[] aw = acc.Sw, aww = acc.Sww, awy = acc.Swy, awx = acc.Swx;
        int[] ar = acc.Rows, anz = acc.Nonzero;
        for (var i = 0; i < y.Length; i++)
        {
            if (dom is not null && !dom[i])
            {
                continue;
            }

            var yi = y[i];
            var xi = x is null ? 0 : x[i];
            if (double.IsNaN(yi) || double.IsNaN(xi))
            {
                excluded++;
                continue;
            }

            var j = psu[i];
            var wi = w[i];
            aw[j] += wi;
            aww[j] += wi * wi;
            awy[j] += wi * yi;
            awx[j] += wi * xi;
            ar[j]++;
            if (wi != 0)
            {
                anz[j]++;
            }
        }

        // Second pass for the design effect: Σ w (y − ȳ)² over the used rows.
        var ss = 0.0;
        if (stat != DesignStatistic.Ratio)
        {
            var mean = awy.Sum() / aw.Sum();
            for (var i = 0; i < y.Length; i++)
            {
                var yi = y[i];
                if ((dom is not null && !dom[i]) || double.IsNaN(yi) || (x is not null && double.IsNaN(x[i])))
                {
                    continue;
                }

                var dlt = yi - mean;
                ss += w[i] * dlt * dlt;
            }
        }

        var estimate = Finish(stat, acc, 0, CombineLabel(label), excluded, ss,
            _calibration is null ? null : i => (dom is null || dom[i]) && !double.IsNaN(y[i]) && (x is null || !double.IsNaN(x[i])), y, x);
        if (Release(measure ?? label, y, x, null) is not { } release)
        {
            return estimate;
        }

        // Across releases: the design's rows are one group of the dataset's release ledger.
        var needed = stat == DesignStatistic.Proportion ? Disclosure.DisclosureLevel.Full : Disclosure.DisclosureLevel.MeansOnly;
        var own = estimate.Shown ? needed : Disclosure.DisclosureLevel.Nothing;
        var decision = Disclosure.ReleaseLedger.Of(_dataset!).Settle(release with { Groups = [new Disclosure.ReleaseGroup(0, 0)], Policy = estimate.Disclosure }, caps => [own < caps[0] ? own : caps[0]]);
        return decision.LoweredByLedger[0] && decision.Levels[0] < needed ? estimate.WithheldByLedger() : estimate;
    }

    /// <summary>
    /// The release of an estimate of <paramref name="measure"/> on the design's dataset (null for a design built from
    /// arrays): counted = rows with a valid value (and denominator), whatever the domain (the ledger links releases of
    /// one measure row by row); partition 0 = the domain's rows by <paramref name="domainOf"/> (null: every row of the domain is key 0). Groups
    /// and policy are set by the caller.
    /// </summary>
    private Disclosure.ReleaseProposal? Release(string measure, double[] y, double[]? x, Func<int, int>? domainOf)
    {
        if (_dataset is null || _dataset.RowCount != _w.Length)
        {
            return null;
        }

        var n = _w.Length;
        var counted = new System.Collections.BitArray(n);
        var keys = new int[n];
        for (var i = 0; i < n; i++)
        {
            var key = _domain is not null && !_domain[i] ? -1 : domainOf is null ? 0 : domainOf(i);
            keys[i] = key;
            counted[i] = !double.IsNaN(y[i]) && (x is null || !double.IsNaN(x[i]));
        }

        return new Disclosure.ReleaseProposal(_dataset, measure.Length == 0 ? "#design" : measure, counted, [keys], [], Disclosure.DisclosurePolicy.KoRus2017);
    }

    private DomainEstimates By(DesignStatistic stat, double[] y, double[]? x, int[]? domains, bool[]? domainMissing, string label, IReadOnlyDictionary<int, string>? domainNames, string? domainColumn = null, bool byStratum = false, string? measure = null)
    {
        ArgumentNullException.ThrowIfNull(y);
        CheckLength(y.Length, _w.Length, nameof(y));
        if (x is not null)
        {
            CheckLength(x.Length, _w.Length, nameof(x));
        }

        var psu = _psu;
        int[] psuStratum = [];
        int[]? lookup = null;
        Dictionary<int, int>? dict = null;
        var min = 0;
        int[] codes;
        if (byStratum)
        {
            psuStratum = new int[_psuFirstRow.Length];
            for (var h = 0; h < _stratumNames.Length; h++)
            {
                for (var j = _stratumStart[h]; j < _stratumStart[h + 1]; j++)
                {
                    psuStratum[j] = h;
                }
            }

            codes = _stratumCodes;
        }
        else
        {
            ArgumentNullException.ThrowIfNull(domains);
            CheckLength(domains.Length, _w.Length, nameof(domains));
            min = int.MaxValue;
            var max = int.MinValue;
            for (var i = 0; i < domains.Length; i++)
            {
                if (domainMissing is not null && domainMissing[i])
                {
                    continue;
                }

                var c = domains[i];
                if (c < min)
                {
                    min = c;
                }

                if (c > max)
                {
                    max = c;
                }
            }

            if (min > max)
            {
                throw new ArgumentException("No row has a domain code.", nameof(domains));
            }

            if ((long)max - min < 1 << 20)
            {
                var seen = new bool[max - min + 1];
                for (var i = 0; i < domains.Length; i++)
                {
                    if (domainMissing is null || !domainMissing[i])
                    {
                        seen[domains[i] - min] = true;
                    }
                }

                lookup = new int[seen.Length];
                var list = new List<int>();
                for (var c = 0; c < seen.Length; c++)
                {
                    lookup[c] = seen[c] ? list.Count : -1;
                    if (seen[c])
                    {
                        list.Add(c + min);
                    }
                }

                codes = [.. list];
            }
            else
            {
                var set = new HashSet<int>();
                for (var i = 0; i < domains.Length; i++)
                {
                    if (domainMissing is null || !domainMissing[i])
                    {
                        set.Add(domains[i]);
                    }
                }

                codes = [.. set.Order()];
                dict = [];
                foreach (var c in codes)
                {
                    dict[c] = dict.Count;
                }
            }
        }

        var d = codes.Length;
        var p = _psuFirstRow.Length;
        var acc = new Accumulator(d, p);
        var excluded = new int[d];
        var noDomain = 0;
        var w = _w;
        var dom = _domain;
        double[] aw = acc.Sw, aww = acc.Sww, awy = acc.Swy, awx = acc.Swx;
        int[] ar = acc.Rows, anz = acc.Nonzero;

        // Domain index of row i, or −1 when the row has no domain.
        int DomainOf(int i) => byStratum ? psuStratum[psu[i]]
            : domainMissing is not null && domainMissing[i] ? -1
            : lookup is not null ? lookup[domains![i] - min] : dict![domains![i]];

        for (var i = 0; i < y.Length; i++)
        {
            if (dom is not null && !dom[i])
            {
                continue;
            }

            var k = DomainOf(i);
            if (k < 0)
            {
                noDomain++;
                continue;
            }

            var yi = y[i];
            var xi = x is null ? 0 : x[i];
            if (double.IsNaN(yi) || double.IsNaN(xi))
            {
                excluded[k]++;
                continue;
            }

            var idx = (k * p) + psu[i];
            var wi = w[i];
            aw[idx] += wi;
            aww[idx] += wi * wi;
            awy[idx] += wi * yi;
            awx[idx] += wi * xi;
            ar[idx]++;
            if (wi != 0)
            {
                anz[idx]++;
            }
        }

        // Second pass for the design effects: Σ w (y − ȳ_d)² per domain.
        var ss = new double[d];
        if (stat != DesignStatistic.Ratio)
        {
            var means = new double[d];
            for (var k = 0; k < d; k++)
            {
                double swk = 0, swyk = 0;
                for (var j = k * p; j < (k + 1) * p; j++)
                {
                    swk += aw[j];
                    swyk += awy[j];
                }

                means[k] = swk > 0 ? swyk / swk : 0;
            }

            for (var i = 0; i < y.Length; i++)
            {
                if (dom is not null && !dom[i])
                {
                    continue;
                }

                var yi = y[i];
                if (double.IsNaN(yi) || (x is not null && double.IsNaN(x[i])))
                {
                    continue;
                }

                var k = DomainOf(i);
                if (k >= 0)
                {
                    var dlt = yi - means[k];
                    ss[k] += w[i] * dlt * dlt;
                }
            }
        }

        var labels = new string[d];
        var estimates = new DesignEstimate[d];
        for (var k = 0; k < d; k++)
        {
            labels[k] = byStratum ? _stratumNames[k] : domainNames is not null && domainNames.TryGetValue(codes[k], out var nm) ? nm : codes[k].ToString(CultureInfo.InvariantCulture);
            var kk = k;
            estimates[k] = Finish(stat, acc, k, CombineLabel(label.Length > 0 ? label + ", " + labels[k] : labels[k]), excluded[k], ss[k],
                _calibration is null ? null : i => (dom is null || dom[i]) && !double.IsNaN(y[i]) && (x is null || !double.IsNaN(x[i])) && DomainOf(i) == kk, y, x);
        }

        var notes = new List<string> { MethodNote() };
        if (noDomain > 0)
        {
            notes.Add($"{noDomain.ToString(CultureInfo.InvariantCulture)} rader uten verdi i {domainColumn ?? "domenevariabelen"} er ikke med i noen gruppe (designet beholdes).");
        }

        var title = $"{StatisticNameOf(stat)} av {label} etter {domainColumn ?? (byStratum ? "stratum" : "domene")} (designbasert)";
        var release = Release(measure ?? label, y, x, DomainOf);
        return new DomainEstimates(title, labels, estimates, notes, release: release is null ? null : release with { Groups = [.. Enumerable.Range(0, d).Select(k => new Disclosure.ReleaseGroup(0, k))] });
    }

    private DesignEstimate Finish(DesignStatistic stat, Accumulator acc, int k, string label, int excluded, double sumSquaresForDeff, Func<int, bool>? rowUsed = null, double[]? y = null, double[]? x = null)
    {
        var p = _psuFirstRow.Length;
        var off = k * p;
        double sw = 0, swy = 0, swx = 0, sww = 0;
        var rows = 0;
        var nz = 0;
        for (var j = 0; j < p; j++)
        {
            sw += acc.Sw[off + j];
            sww += acc.Sww[off + j];
            swy += acc.Swy[off + j];
            swx += acc.Swx[off + j];
            rows += acc.Rows[off + j];
            nz += acc.Nonzero[off + j];
        }

        if (rows == 0)
        {
            throw new ArgumentException($"'{label}': no rows with a valid value in the domain ({excluded.ToString(CultureInfo.InvariantCulture)} missing).");
        }

        double est;
        double scaleDen;
        switch (stat)
        {
            case DesignStatistic.Mean:
            case DesignStatistic.Proportion:
                if (!(sw > 0))
                {
                    throw new ArgumentException($"'{label}': the weights of the used rows sum to 0; a mean is undefined.");
                }

                est = swy / sw;
                scaleDen = sw;
                break;
            case DesignStatistic.Total:
                est = swy;
                scaleDen = 1;
                break;
            default:
                if (swx == 0)
                {
                    throw new ArgumentException($"'{label}': the weighted denominator total is 0; the ratio is undefined.");
                }

                est = swy / swx;
                scaleDen = swx;
                break;
        }

        // Linearised scores per PSU, then the stratified between-PSU variance.
        var u = new double[p];
        if (_calibration is not null && rowUsed is not null && y is not null)
        {
            // Calibrated design: row scores, their residuals from the calibration groups, then PSU totals.
            var score = new double[_w.Length];
            for (var i = 0; i < score.Length; i++)
            {
                if (rowUsed(i))
                {
                    score[i] = stat switch
                    {
                        DesignStatistic.Total => _w[i] * y[i],
                        DesignStatistic.Ratio => _w[i] * (y[i] - (est * x![i])) / scaleDen,
                        _ => _w[i] * (y[i] - est) / scaleDen,
                    };
                }
            }

            Engine.PsuTotals(score, u);
        }
        else
        {
            for (var j = 0; j < p; j++)
            {
                u[j] = Score(stat, acc, off + j, est, scaleDen);
            }
        }

        var variance = Engine.Variance(u, acc.Rows.AsSpan(off, p), acc.Nonzero.AsSpan(off, p), out var psusUsed, out var strataUsed, out var lonely);
        var notes = new List<string> { MethodNote() };
        if (lonely)
        {
            notes.Add(LonelyPsu switch
            {
                LonelyPsuPolicy.Adjust => "Strata med én PSU bidrar med kvadratet av PSU-summen av skårene, sentrert om 0 (lonely PSU: adjust, som R survey; for gjennomsnitt og andeler er 0 totalgjennomsnittet).",
                LonelyPsuPolicy.Centered => "Strata med én PSU er sentrert om gjennomsnittet av alle PSU-summene (lonely PSU: centered, som Stata singleunit(centered)).",
                LonelyPsuPolicy.Remove => "Strata med én PSU bidrar ikke til variansen (lonely PSU: remove).",
                _ => "Strata med én PSU er trukket med sikkerhet og bidrar ikke til variansen (lonely PSU: certainty).",
            });
        }

        var df = psusUsed - strataUsed;
        var se = Math.Sqrt(variance);

        // Design effect (R deff = "replace"): V / (svyvar / n) for means, V / (svyvar · W² / n) for totals.
        var deff = double.NaN;
        if (stat != DesignStatistic.Ratio && nz > 1 && sw > 0)
        {
            var svyvar = nz / (nz - 1.0) * sumSquaresForDeff / sw; // not a design variance: the SRS variance of the deff denominator
            var vsrs = stat == DesignStatistic.Total ? svyvar * sw * sw / nz : svyvar / nz;
            deff = variance / vsrs;
        }

        if (excluded > 0)
        {
            notes.Add($"{excluded.ToString(CultureInfo.InvariantCulture)} rader med manglende verdi er utelatt (designet beholdes, som na.rm = TRUE i R).");
        }

        if (df < 1)
        {
            notes.Add("Designet har under 1 frihetsgrad (PSU-er − strata); konfidensintervall kan ikke beregnes.");
        }

        // Kish's effective n, (Σw)² ÷ Σw²: judged by the disclosure rule besides the rows with a non-zero weight.
        var effectiveN = sww > 0 ? sw * sw / sww : 0;
        return new DesignEstimate(stat, label, est, se, df, ConfidenceLevel, deff, rows, nz, psusUsed, strataUsed, excluded, sw, notes, effectiveN: effectiveN);
    }

    /// <summary>
    /// The difference of two domain means, mean(A) − mean(B), with its linearised SE (the covariance of the two domains
    /// is included: R <c>svycontrast(svyby(…, covmat = TRUE), c(1, −1))</c>). B = null means the whole current domain.
    /// </summary>
    internal (double Difference, double Se, int Df, int NA, int NB, double MeanA, double MeanB) MeanContrast(double[] y, bool[] a, bool[]? b)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(a);
        CheckLength(y.Length, _w.Length, nameof(y));
        CheckLength(a.Length, _w.Length, nameof(a));
        var p = _psuFirstRow.Length;
        var swA = new double[p];
        var swyA = new double[p];
        var swB = new double[p];
        var swyB = new double[p];
        var rows = new int[p];
        var nz = new int[p];
        int nA = 0, nB = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if ((_domain is not null && !_domain[i]) || double.IsNaN(y[i]))
            {
                continue;
            }

            var inA = a[i];
            var inB = b is null || b[i];
            if (!inA && !inB)
            {
                continue;
            }

            var j = _psu[i];
            var w = _w[i];
            rows[j]++;
            if (w != 0)
            {
                nz[j]++;
            }

            if (inA)
            {
                swA[j] += w;
                swyA[j] += w * y[i];
                nA++;
            }

            if (inB)
            {
                swB[j] += w;
                swyB[j] += w * y[i];
                nB++;
            }
        }

        double wA = swA.Sum(), wB = swB.Sum();
        if (!(wA > 0) || !(wB > 0))
        {
            throw new ArgumentException("Both groups of a comparison need rows with positive weight and a valid value.", nameof(a));
        }

        var mA = swyA.Sum() / wA;
        var mB = swyB.Sum() / wB;
        var u = new double[p];
        if (_calibration is not null)
        {
            var score = new double[y.Length];
            for (var i = 0; i < y.Length; i++)
            {
                if ((_domain is not null && !_domain[i]) || double.IsNaN(y[i]))
                {
                    continue;
                }

                if (a[i])
                {
                    score[i] += _w[i] * (y[i] - mA) / wA;
                }

                if (b is null || b[i])
                {
                    score[i] -= _w[i] * (y[i] - mB) / wB;
                }
            }

            Engine.PsuTotals(score, u);
        }
        else
        {
            for (var j = 0; j < p; j++)
            {
                u[j] = ((swyA[j] - (mA * swA[j])) / wA) - ((swyB[j] - (mB * swB[j])) / wB);
            }
        }

        var v = Engine.Variance(u, rows, nz, out var psus, out var strata, out _);
        return (mA - mB, Math.Sqrt(v), psus - strata, nA, nB, mA, mB);
    }

    private static double Score(DesignStatistic stat, Accumulator acc, int idx, double est, double scaleDen) => stat switch
    {
        DesignStatistic.Total => acc.Swy[idx],
        DesignStatistic.Ratio => (acc.Swy[idx] - (est * acc.Swx[idx])) / scaleDen,
        _ => (acc.Swy[idx] - (est * acc.Sw[idx])) / scaleDen,
    };

    private string MethodNote()
    {
        var parts = new List<string>();
        parts.Add(IsClustered ? "klynger (PSU)" : "ingen klynger");
        parts.Add(IsStratified ? "strata" : "ingen strata");
        parts.Add(IsWeighted ? "vekter" : "uten vekter");
        if (HasFpc)
        {
            parts.Add("endelig populasjonskorreksjon");
        }

        if (_calibration is not null)
        {
            parts.Add(_calibration.Description + ", SE med kalibreringsgevinst");
        }

        return $"Taylor-linearisert SE ({string.Join(", ", parts)}); KI med t på designets frihetsgrader; designeffekt mot enkelt tilfeldig utvalg med tilbakelegging.";
    }

    private static string StatisticNameOf(DesignStatistic s) => s switch
    {
        DesignStatistic.Mean => "Gjennomsnitt",
        DesignStatistic.Proportion => "Andel",
        DesignStatistic.Total => "Total",
        _ => "Forholdstall",
    };

    private static void CheckBinary(double[] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        for (var i = 0; i < y.Length; i++)
        {
            var v = y[i];
            if (!double.IsNaN(v) && v != 0 && v != 1)
            {
                throw new ArgumentException($"A proportion needs a 0/1 variable; row {i + 1} has {v.ToString(CultureInfo.InvariantCulture)}.", nameof(y));
            }
        }
    }

    private sealed class Accumulator
    {
        public Accumulator(int domains, int psus)
        {
            var len = domains * psus;
            Sw = new double[len];
            Sww = new double[len];
            Swy = new double[len];
            Swx = new double[len];
            Rows = new int[len];
            Nonzero = new int[len];
        }

        public double[] Sw { get; }

        public double[] Sww { get; }

        public double[] Swy { get; }

        public double[] Swx { get; }

        public int[] Rows { get; }

        public int[] Nonzero { get; }

        public void Add(int idx, double w, double y, double x)
        {
            Sw[idx] += w;
            Sww[idx] += w * w;
            Swy[idx] += w * y;
            Swx[idx] += w * x;
            Rows[idx]++;
            if (w != 0)
            {
                Nonzero[idx]++;
            }
        }
    }
}
