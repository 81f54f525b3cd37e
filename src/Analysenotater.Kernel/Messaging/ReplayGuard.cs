namespace Analysenotater.Kernel.Messaging;

/// <summary>
/// Remembers the signatures of accepted messages per session (jupyter_client's <c>Session.digest_history</c>), so an
/// exact replay of a signed message is refused. Bounded: when <see cref="Capacity"/> signatures are held the oldest
/// tenth is forgotten. Thread-safe.
/// </summary>
public sealed class ReplayGuard
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    /// <summary>Creates a guard.</summary>
    /// <param name="capacity">How many signatures are remembered at most; default 65,536 (as jupyter_client).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    public ReplayGuard(int capacity = 1 << 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>Gets the largest number of signatures remembered.</summary>
    public int Capacity { get; }

    /// <summary>Gets the number of signatures remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }

    /// <summary>Records a signature; false when the same session already sent it (a replay).</summary>
    /// <param name="session">The header's session id.</param>
    /// <param name="signature">The signature frame as text.</param>
    /// <returns>True for a new signature; false for a replay.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool TryRecord(string session, string signature)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(signature);
        var key = session + "\n" + signature;
        lock (_gate)
        {
            if (!_seen.Add(key))
            {
                return false;
            }

            _order.Enqueue(key);
            if (_order.Count > Capacity)
            {
                var forget = Math.Max(1, Capacity / 10);
                for (var i = 0; i < forget && _order.Count > 0; i++)
                {
                    _seen.Remove(_order.Dequeue());
                }
            }

            return true;
        }
    }
}
