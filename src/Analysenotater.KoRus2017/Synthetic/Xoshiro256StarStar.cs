namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// xoshiro256** 1.0 (Blackman and Vigna, 2018), seeded through SplitMix64. Implemented here so that the synthetic
/// data cannot change when a .NET version changes <see cref="Random"/>. Only integer arithmetic, additions and
/// multiplications are used (normal deviates come from the Irwin–Hall sum of 12 uniforms), so the stream is the same
/// on every IEEE 754 machine.
/// </summary>
internal sealed class Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    public Xoshiro256StarStar(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        var result = RotL(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotL(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>Uniform integer on [0, n).</summary>
    public int NextInt(int n)
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");
        }

        return (int)((NextUInt64() >> 33) % (ulong)n);
    }

    /// <summary>Approximately standard normal: sum of 12 uniforms minus 6 (mean 0, variance 1, range ±6).</summary>
    public double NextNormal()
    {
        var s = 0.0;
        for (var i = 0; i < 12; i++)
        {
            s += NextDouble();
        }

        return s - 6.0;
    }

    private static ulong RotL(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
