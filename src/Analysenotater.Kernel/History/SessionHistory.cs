using System.Text.Json;
using System.Text.RegularExpressions;

namespace Analysenotater.Kernel.History;

/// <summary>
/// The inputs of this kernel session's executed cells (those with <c>store_history</c>, not silent), answered to
/// <c>history_request</c> as IPython does: <c>tail</c> (last n), <c>range</c> (lines start ≤ line &lt; stop of session 0
/// = this one) and <c>search</c> (a glob with <c>*</c> and <c>?</c>, optionally unique). Entries are
/// <c>[session, line, input]</c>, or <c>[session, line, [input, null]]</c> when output is asked for (outputs are not kept).
/// This session is number 1; nothing is kept across kernel processes. Thread-safe.
/// </summary>
public sealed class SessionHistory
{
    /// <summary>The session number this kernel reports for its own cells.</summary>
    public const int SessionNumber = 1;

    private readonly List<(int Line, string Input)> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>Records the input of an executed cell.</summary>
    /// <param name="line">The cell's execution count.</param>
    /// <param name="input">Its code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public void Add(int line, string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        lock (_gate)
        {
            _entries.Add((line, input));
        }
    }

    /// <summary>Answers a <c>history_request</c>'s content.</summary>
    /// <param name="request">The request content (<c>hist_access_type</c>, <c>output</c>, <c>n</c>, <c>session</c>, <c>start</c>, <c>stop</c>, <c>pattern</c>, <c>unique</c>).</param>
    /// <returns>The entries, oldest first.</returns>
    /// <exception cref="ArgumentException">An unknown <c>hist_access_type</c>.</exception>
    public IReadOnlyList<JsonElement> Query(JsonElement request)
    {
        var access = Text(request, "hist_access_type") ?? "tail";
        var output = request.ValueKind == JsonValueKind.Object && request.TryGetProperty("output", out var o) && o.ValueKind == JsonValueKind.True;
        List<(int Line, string Input)> entries;
        lock (_gate)
        {
            entries = [.. _entries];
        }

        IEnumerable<(int Line, string Input)> chosen = access switch
        {
            "tail" => entries.TakeLast(Math.Max(0, Number(request, "n") ?? 10)),
            "range" => Range(entries, request),
            "search" => Search(entries, request),
            _ => throw new ArgumentException($"hist_access_type '{access}' is not one of tail, range, search."),
        };
        return [.. chosen.Select(e => output
            ? JsonSerializer.SerializeToElement(new object?[] { SessionNumber, e.Line, new object?[] { e.Input, null } })
            : JsonSerializer.SerializeToElement(new object?[] { SessionNumber, e.Line, e.Input }))];
    }

    private static IEnumerable<(int Line, string Input)> Range(List<(int Line, string Input)> entries, JsonElement request)
    {
        var session = Number(request, "session") ?? 0;
        if (session is not (0 or SessionNumber))
        {
            return [];
        }

        var start = Number(request, "start") ?? 1;
        var stop = Number(request, "stop");
        return entries.Where(e => e.Line >= start && (stop is null || e.Line < stop));
    }

    private static IEnumerable<(int Line, string Input)> Search(List<(int Line, string Input)> entries, JsonElement request)
    {
        var pattern = Text(request, "pattern") ?? "*";
        var regex = new Regex("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var matches = entries.Where(e => regex.IsMatch(e.Input)).ToList();
        if (request.ValueKind == JsonValueKind.Object && request.TryGetProperty("unique", out var u) && u.ValueKind == JsonValueKind.True)
        {
            // The latest occurrence of each input counts, as in IPython.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            matches = [.. matches.AsEnumerable().Reverse().Where(e => seen.Add(e.Input)).Reverse()];
        }

        var n = Number(request, "n");
        return n is > 0 ? matches.TakeLast(n.Value) : matches;
    }

    private static string? Text(JsonElement request, string name)
        => request.ValueKind == JsonValueKind.Object && request.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Number(JsonElement request, string name)
        => request.ValueKind == JsonValueKind.Object && request.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;
}
