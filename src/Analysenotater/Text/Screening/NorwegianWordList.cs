using System.Text;
using Analysenotater.Text.Tokenization;

namespace Analysenotater.Text.Screening;

/// <summary>
/// A full-form Norwegian word list read at run time from the system, used to tell capitalised common nouns
/// («Kveldstid», «Ettervern», «Antabus») from unknown words that may be names. Nothing derived from these lists is
/// shipped with the library: the Debian lists (<c>wnorwegian</c>: <c>/usr/share/dict/bokmaal</c> and
/// <c>/usr/share/dict/nynorsk</c>, ISO-8859-1, one word per line) are GPL-2 and are only read where installed.
/// A word counts as common when the list has it in lower case; entries the list has only with a capital letter
/// («Oslo», «Ola») are proper nouns. Thread-safe after construction.
/// </summary>
public sealed class NorwegianWordList
{
    /// <summary>The files read by <see cref="Installed"/>, in order; missing files are skipped.</summary>
    public static IReadOnlyList<string> SystemPaths { get; } = ["/usr/share/dict/bokmaal", "/usr/share/dict/nynorsk"];

    private static readonly Lazy<NorwegianWordList?> SystemList = new(LoadInstalled);

    private readonly HashSet<string> _common;
    private readonly HashSet<string> _proper;

    private NorwegianWordList(HashSet<string> common, HashSet<string> proper, IReadOnlyList<string> sources)
    {
        _common = common;
        _proper = proper;
        Sources = sources;
    }

    /// <summary>The system word list (<see cref="SystemPaths"/>), read once on first use; null when none of the files
    /// exists or they cannot be read (then the screener treats every unlisted capitalised word as a possible name, which
    /// withholds more, never less).</summary>
    public static NorwegianWordList? Installed => SystemList.Value;

    /// <summary>The files the list was read from.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The number of distinct lower-case (common) words.</summary>
    public int CommonCount => _common.Count;

    /// <summary>True when <paramref name="lower"/> (already lower-cased) is a common word: the list has it in lower case.</summary>
    public bool IsCommon(string lower) => _common.Contains(lower);

    /// <summary>True when the list has <paramref name="lower"/> only with a capital letter (a name or place).</summary>
    public bool IsProperOnly(string lower) => _proper.Contains(lower) && !_common.Contains(lower);

    /// <summary>Reads word lists (ISO-8859-1 or UTF-8, one word per line); null when none of the files exists.</summary>
    /// <exception cref="IOException">A file exists but cannot be read.</exception>
    public static NorwegianWordList? Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var common = new HashSet<string>(StringComparer.Ordinal);
        var proper = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                continue;
            }

            sources.Add(path);
            var bytes = File.ReadAllBytes(path);
            var text = IsUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            foreach (var raw in text.Split('\n'))
            {
                var w = raw.Trim();
                if (w.Length == 0 || w[0] == '#')
                {
                    continue;
                }

                if (char.IsUpper(w[0]))
                {
                    proper.Add(NorwegianTokenizer.Lower(w));
                }
                else
                {
                    common.Add(w);
                }
            }
        }

        if (sources.Count == 0)
        {
            return null;
        }

        common.TrimExcess();
        proper.TrimExcess();
        return new NorwegianWordList(common, proper, sources);
    }

    private static NorwegianWordList? LoadInstalled()
    {
        try
        {
            return Load(SystemPaths);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
