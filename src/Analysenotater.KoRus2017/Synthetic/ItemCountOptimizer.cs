namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Finds integer answer counts for one item in the six size-group × gender cells so that as many published numbers
/// as possible are met at printed precision. Deterministic best-improvement hill climbing over moves of one respondent
/// between two answer categories (single moves and pairs of opposite moves in two cells sharing a size group or a
/// gender). Objective = misses + 0.02 × Σ (deviation in printed units)² (or |deviation|) + 0.002 × Σ (count − prior)² / (prior + 1).
/// </summary>
internal sealed class ItemCountOptimizer
{
    internal const int Cells = 6;

    internal sealed record Target(bool[] CellMask, bool[] NumeratorCats, bool[] DenominatorCats, char Kind, double Value, int Decimals, string Id);

    private readonly int _k;
    private readonly int[,] _x;
    private readonly double[,] _prior;
    private readonly List<Target> _targets;
    private readonly double[] _num;
    private readonly double[] _den;
    private readonly bool _linearDeviation;

    /// <param name="categories">Number of answer categories (columns of the count table).</param>
    /// <param name="cellSizes">Respondents per cell.</param>
    /// <param name="prior">Expected counts per cell and category (the starting point).</param>
    /// <param name="targets">The published numbers to meet.</param>
    /// <param name="linearDeviation">
    /// False: deviations from missed targets cost their square (pulls towards compromises between conflicting
    /// targets); true: their absolute value (prefers meeting the larger group of agreeing targets exactly).
    /// </param>
    public ItemCountOptimizer(int categories, int[] cellSizes, double[,] prior, List<Target> targets, bool linearDeviation = false)
    {
        _linearDeviation = linearDeviation;
        _k = categories;
        _prior = prior;
        _targets = targets;
        _x = new int[Cells, categories];
        for (var c = 0; c < Cells; c++)
        {
            var row = new double[categories];
            for (var j = 0; j < categories; j++)
            {
                row[j] = prior[c, j];
            }

            var ints = LargestRemainder(row, cellSizes[c]);
            for (var j = 0; j < categories; j++)
            {
                _x[c, j] = ints[j];
            }
        }

        _num = new double[targets.Count];
        _den = new double[targets.Count];
        Recount();
    }

    public int[,] Counts => _x;

    public static int[] LargestRemainder(double[] weights, int total)
    {
        var sum = weights.Sum();
        var result = new int[weights.Length];
        if (total == 0 || sum <= 0)
        {
            if (total > 0)
            {
                result[0] = total;
            }

            return result;
        }

        var rem = new double[weights.Length];
        var used = 0;
        for (var j = 0; j < weights.Length; j++)
        {
            var exact = weights[j] / sum * total;
            result[j] = (int)Math.Floor(exact);
            rem[j] = exact - result[j];
            used += result[j];
        }

        var order = Enumerable.Range(0, weights.Length).OrderByDescending(j => rem[j]).ThenBy(j => j).ToArray();
        for (var i = 0; used < total; i++, used++)
        {
            result[order[i % order.Length]]++;
        }

        return result;
    }

    public static double RoundHalfAway(double v, int decimals)
    {
        var f = 1.0;
        for (var i = 0; i < decimals; i++)
        {
            f *= 10;
        }

        return Math.Round(v * f + (v >= 0 ? 1e-9 : -1e-9), MidpointRounding.AwayFromZero) / f;
    }

    public static bool Meets(char kind, double num, double den, double value, int decimals) => kind switch
    {
        'c' => num == value,
        'n' => den == value,
        _ => den > 0 && RoundHalfAway(100.0 * num / den, decimals) == value,
    };

    public int Misses()
    {
        var m = 0;
        for (var t = 0; t < _targets.Count; t++)
        {
            var tg = _targets[t];
            if (!Meets(tg.Kind, _num[t], _den[t], tg.Value, tg.Decimals))
            {
                m++;
            }
        }

        return m;
    }

    public void Run(int maxSteps = 4000)
    {
        var pairs = new List<(int, int)>();
        for (var a = 0; a < Cells; a++)
        {
            for (var b = 0; b < Cells; b++)
            {
                if (a != b && (a / 2 == b / 2 || a % 2 == b % 2))
                {
                    pairs.Add((a, b));
                }
            }
        }

        for (var step = 0; step < maxSteps; step++)
        {
            var best = -1e-9;
            (int C1, int From, int To, int C2) bestMove = (-1, 0, 0, -1);
            for (var c = 0; c < Cells; c++)
            {
                for (var a = 0; a < _k; a++)
                {
                    if (_x[c, a] == 0)
                    {
                        continue;
                    }

                    for (var b = 0; b < _k; b++)
                    {
                        if (a == b)
                        {
                            continue;
                        }

                        var d = Delta([(c, a, b)]);
                        if (d < best)
                        {
                            best = d;
                            bestMove = (c, a, b, -1);
                        }
                    }
                }
            }

            foreach (var (c1, c2) in pairs)
            {
                for (var a = 0; a < _k; a++)
                {
                    if (_x[c1, a] == 0)
                    {
                        continue;
                    }

                    for (var b = 0; b < _k; b++)
                    {
                        if (a == b || _x[c2, b] == 0)
                        {
                            continue;
                        }

                        var d = Delta([(c1, a, b), (c2, b, a)]);
                        if (d < best)
                        {
                            best = d;
                            bestMove = (c1, a, b, c2);
                        }
                    }
                }
            }

            if (bestMove.C1 < 0)
            {
                return;
            }

            Apply(bestMove.C1, bestMove.From, bestMove.To);
            if (bestMove.C2 >= 0)
            {
                Apply(bestMove.C2, bestMove.To, bestMove.From);
            }
        }
    }

    /// <summary>
    /// Escapes local optima that single moves cannot leave: for every missed target, moves several answers at once
    /// between two categories of one cell (the whole shortfall of a count or n; 1–6 answers for a percentage), climbs
    /// again, and keeps the result only when fewer targets are missed. Repeats while that helps (at most
    /// <paramref name="passes"/> times).
    /// </summary>
    public void Kick(int passes = 3)
    {
        for (var pass = 0; pass < passes && Misses() > 0; pass++)
        {
            var improved = false;
            for (var t = 0; t < _targets.Count; t++)
            {
                var tg = _targets[t];
                if (!Meets(tg.Kind, _num[t], _den[t], tg.Value, tg.Decimals))
                {
                    improved |= KickTarget(t);
                }
            }

            if (!improved)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Tries, for one missed target, every batch of moves a → b in one of its cells that meets it (counts and n: the
    /// whole shortfall in the needed direction; percentages: 1–6 moves that change it), climbs from each, and keeps
    /// the best result with fewer misses than before (fewest misses, then lowest cost; the first found on ties).
    /// </summary>
    private bool KickTarget(int t)
    {
        var tg = _targets[t];
        var percent = tg.Kind == 'p';
        var need = percent ? 0 : (int)Math.Round(tg.Value - (tg.Kind == 'c' ? _num[t] : _den[t]));
        var (minSteps, maxSteps) = percent ? (1, 6) : (Math.Abs(need), Math.Abs(need));
        if (maxSteps == 0)
        {
            return false;
        }

        var counted = tg.Kind == 'c' ? tg.NumeratorCats : tg.DenominatorCats;
        var baseline = Misses();
        var start = Snapshot();
        (int Misses, double Cost, int[,] X)? best = null;
        for (var c = 0; c < Cells; c++)
        {
            if (!tg.CellMask[c])
            {
                continue;
            }

            for (var a = 0; a < _k; a++)
            {
                for (var b = 0; b < _k; b++)
                {
                    var changes = percent
                        ? tg.NumeratorCats[a] != tg.NumeratorCats[b] || tg.DenominatorCats[a] != tg.DenominatorCats[b]
                        : (counted[b] ? 1 : 0) - (counted[a] ? 1 : 0) == Math.Sign(need);
                    if (a == b || !changes)
                    {
                        continue;
                    }

                    for (var steps = minSteps; steps <= maxSteps && steps <= _x[c, a]; steps++)
                    {
                        for (var i = 0; i < steps; i++)
                        {
                            Apply(c, a, b);
                        }

                        if (Meets(tg.Kind, _num[t], _den[t], tg.Value, tg.Decimals))
                        {
                            Run();
                            var misses = Misses();
                            if (misses < baseline && (best is null || misses < best.Value.Misses || (misses == best.Value.Misses && Cost() < best.Value.Cost)))
                            {
                                best = (misses, Cost(), Snapshot());
                            }
                        }

                        Restore(start);
                    }
                }
            }
        }

        if (best is null)
        {
            return false;
        }

        Restore(best.Value.X);
        return true;
    }

    private int[,] Snapshot() => (int[,])_x.Clone();

    private void Restore(int[,] x)
    {
        Array.Copy(x, _x, x.Length);
        Recount();
    }

    private double Cost()
    {
        var cost = 0.0;
        for (var t = 0; t < _targets.Count; t++)
        {
            cost += TargetCost(_targets[t], _num[t], _den[t]);
        }

        for (var c = 0; c < Cells; c++)
        {
            for (var j = 0; j < _k; j++)
            {
                cost += PriorCost(c, j, _x[c, j]);
            }
        }

        return cost;
    }

    private double TargetCost(Target t, double num, double den)
    {
        var miss = Meets(t.Kind, num, den, t.Value, t.Decimals) ? 0.0 : 1.0;
        var v = t.Kind switch
        {
            'c' => num,
            'n' => den,
            _ => den > 0 ? 100.0 * num / den : 0,
        };
        var dev = v - t.Value;
        return miss + (_linearDeviation ? 0.02 * Math.Abs(dev) : 0.02 * dev * dev);
    }

    private double PriorCost(int c, int j, int x) => 0.002 * (x - _prior[c, j]) * (x - _prior[c, j]) / (_prior[c, j] + 1);

    private double Delta(ReadOnlySpan<(int Cell, int From, int To)> moves)
    {
        var d = 0.0;
        for (var t = 0; t < _targets.Count; t++)
        {
            var tg = _targets[t];
            double dn = 0, dd = 0;
            foreach (var (c, a, b) in moves)
            {
                if (!tg.CellMask[c])
                {
                    continue;
                }

                dn += (tg.NumeratorCats[b] ? 1 : 0) - (tg.NumeratorCats[a] ? 1 : 0);
                dd += (tg.DenominatorCats[b] ? 1 : 0) - (tg.DenominatorCats[a] ? 1 : 0);
            }

            if (dn != 0 || dd != 0)
            {
                d += TargetCost(tg, _num[t] + dn, _den[t] + dd) - TargetCost(tg, _num[t], _den[t]);
            }
        }

        foreach (var (c, a, b) in moves)
        {
            d += PriorCost(c, a, _x[c, a] - 1) - PriorCost(c, a, _x[c, a]);
            d += PriorCost(c, b, _x[c, b] + 1) - PriorCost(c, b, _x[c, b]);
        }

        return d;
    }

    private void Apply(int c, int a, int b)
    {
        _x[c, a]--;
        _x[c, b]++;
        for (var t = 0; t < _targets.Count; t++)
        {
            var tg = _targets[t];
            if (!tg.CellMask[c])
            {
                continue;
            }

            _num[t] += (tg.NumeratorCats[b] ? 1 : 0) - (tg.NumeratorCats[a] ? 1 : 0);
            _den[t] += (tg.DenominatorCats[b] ? 1 : 0) - (tg.DenominatorCats[a] ? 1 : 0);
        }
    }

    private void Recount()
    {
        for (var t = 0; t < _targets.Count; t++)
        {
            var tg = _targets[t];
            double n = 0, d = 0;
            for (var c = 0; c < Cells; c++)
            {
                if (!tg.CellMask[c])
                {
                    continue;
                }

                for (var j = 0; j < _k; j++)
                {
                    if (tg.NumeratorCats[j])
                    {
                        n += _x[c, j];
                    }

                    if (tg.DenominatorCats[j])
                    {
                        d += _x[c, j];
                    }
                }
            }

            _num[t] = n;
            _den[t] = d;
        }
    }
}
