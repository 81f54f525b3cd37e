using System.Globalization;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Writes the KS unit's free-text comments (<c>kommentarer_1</c>) from the fragments in <c>ks-comment-fragments.csv</c>
/// (written for this project): an optional opener, one or two core remarks and an optional closer. A stated share of
/// the comments (at least one) gets an identifying sentence instead of its first core remark; the kinds are cycled so
/// that every kind in the file occurs before any repeats. The planted details are returned as ground truth.
/// </summary>
internal sealed class KsCommentComposer(Xoshiro256StarStar rng, double commentShare, double identifyingShare)
{
    public (string?[] Comments, IReadOnlyList<IdentifyingDetail> Details) Compose(double[] year)
    {
        var csv = ResourceCsv.LoadEmbedded("ks-comment-fragments.csv");
        List<string> Slot(string slot) => [.. csv.Rows.Where(r => csv.Get(r, "slot") == slot).Select(r => csv.Get(r, "text"))];
        var openers = Slot("opener");
        var cores = Slot("core");
        var closers = Slot("closer");
        var planted = csv.Rows.Where(r => csv.Get(r, "slot") == "identifying")
            .Select(r => (Kind: csv.Get(r, "kind"), Detail: csv.Get(r, "detail"), Text: csv.Get(r, "text"))).ToList();

        var n = year.Length;
        var comments = new string?[n];
        var writers = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (rng.NextDouble() < commentShare)
            {
                writers.Add(i);
            }
        }

        var count = Math.Max(1, (int)Math.Round(identifyingShare * writers.Count, MidpointRounding.AwayFromZero));
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(count, writers.Count))
        {
            chosen.Add(writers[rng.NextInt(writers.Count)]);
        }

        var kinds = planted.Select(p => p.Kind).Distinct(StringComparer.Ordinal).OrderBy(k => rng.NextDouble()).ToList();
        var used = new HashSet<int>();
        var details = new List<IdentifyingDetail>();
        var k = 0;
        foreach (var i in writers)
        {
            var opener = rng.NextDouble() < 0.3 ? openers[rng.NextInt(openers.Count)] : "";
            var first = cores[rng.NextInt(cores.Count)];
            var second = rng.NextDouble() < 0.35 ? cores[rng.NextInt(cores.Count)] : first;
            var closer = rng.NextDouble() < 0.25 ? closers[rng.NextInt(closers.Count)] : "";
            var sentences = new List<string> { Join(opener, first) };
            if (second != first)
            {
                sentences.Add(Capitalize(second));
            }

            if (chosen.Contains(i))
            {
                var kind = kinds[k++ % kinds.Count];
                var options = Enumerable.Range(0, planted.Count).Where(p => planted[p].Kind == kind && !used.Contains(p)).ToList();
                if (options.Count == 0)
                {
                    options = [.. Enumerable.Range(0, planted.Count).Where(p => planted[p].Kind == kind)];
                }

                var pick = options[rng.NextInt(options.Count)];
                used.Add(pick);
                sentences[0] = opener.Length > 0 && !opener.EndsWith(':') && !opener.EndsWith(" at", StringComparison.Ordinal)
                    ? opener + " " + planted[pick].Text
                    : planted[pick].Text;
                details.Add(new IdentifyingDetail(i, i + 1, KsSyntheticGenerator.CommentColumn, kind, planted[pick].Detail));
            }

            if (closer.Length > 0)
            {
                sentences.Add(closer);
            }

            comments[i] = string.Join(' ', sentences);
        }

        return (comments, details);
    }

    private static string Join(string opener, string core) =>
        opener.Length == 0 || opener.EndsWith('.') || opener.EndsWith('!') ? (opener.Length == 0 ? "" : opener + " ") + Capitalize(core) : opener + " " + core;

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.GetCultureInfo("nb-NO")) + s[1..];
}
