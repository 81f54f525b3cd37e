namespace Analysenotater.Statistics.Weighting;

/// <summary>
/// Weight trimming as R <c>survey::trimWeights</c>: weights outside [lower, upper] are set to the bound and the net
/// amount removed is spread equally (added) over the weights that were inside, so the total is kept. With
/// <c>strict</c> the step is repeated until no weight lies outside. Zero weights stay 0 and take no share by
/// default (<see cref="ZeroWeightTrimming.Keep"/>: a zero weight means the row is outside the sample);
/// <see cref="ZeroWeightTrimming.AsSurvey"/> trims them as R does (raised to <c>lower</c> when it is above 0, else
/// given their share).
/// </summary>
public static class WeightTrimming
{
    /// <summary>Trims the weights. Usage: <c>WeightTrimming.Trim(w, lower: 0.3, upper: 5)</c>.</summary>
    /// <param name="weights">The weights (≥ 0, finite).</param>
    /// <param name="lower">The lower bound (R's default is −∞; 0 here, which leaves every weight above it).</param>
    /// <param name="upper">The upper bound.</param>
    /// <param name="strict">Repeat until no weight lies outside the bounds (R's strict = TRUE).</param>
    /// <param name="zeroWeights">Keep zero weights at 0 (default) or trim them as survey does.</param>
    /// <exception cref="ArgumentException">A weight is NaN, infinite or negative (the message names the row), lower &gt; upper, or every positive weight lies outside the bounds.</exception>
    public static TrimmingResult Trim(double[] weights, double lower = 0, double upper = double.PositiveInfinity, bool strict = false, ZeroWeightTrimming zeroWeights = ZeroWeightTrimming.Keep)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (!(lower <= upper))
        {
            throw new ArgumentException($"The lower bound {lower} is above the upper bound {upper}.", nameof(lower));
        }

        var w = WeightingInput.BaseWeights(weights, weights.Length);
        var keepZero = zeroWeights == ZeroWeightTrimming.Keep;
        var passes = 0;
        var firstTrimmed = 0;
        var firstMoved = 0.0;
        while (true)
        {
            var outside = 0;
            var inside = 0;
            var moved = 0.0;
            for (var i = 0; i < w.Length; i++)
            {
                if (keepZero && weights[i] == 0)
                {
                    continue;
                }

                if (w[i] < lower || w[i] > upper)
                {
                    outside++;
                    var nw = Math.Max(lower, Math.Min(w[i], upper));
                    moved += w[i] - nw;
                }
                else
                {
                    inside++;
                }
            }

            if (outside == 0)
            {
                break;
            }

            if (inside == 0)
            {
                throw new ArgumentException($"Every positive weight lies outside [{lower}, {upper}]; nothing is left to take the trimmed amount. Widen the bounds.", nameof(weights));
            }

            var share = moved / inside;
            for (var i = 0; i < w.Length; i++)
            {
                if (keepZero && weights[i] == 0)
                {
                    continue;
                }

                w[i] = w[i] < lower || w[i] > upper ? Math.Max(lower, Math.Min(w[i], upper)) : w[i] + share;
            }

            passes++;
            if (passes == 1)
            {
                firstTrimmed = outside;
                firstMoved = moved;
            }

            if (!strict || passes >= 1000)
            {
                break;
            }
        }

        return new TrimmingResult(w, lower, upper, firstTrimmed, firstMoved, passes, strict);
    }
}
