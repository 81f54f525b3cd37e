using System.Globalization;
using System.Text;

namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Writes the synthetic open-text answers from the short fragments in <c>korus2017-open-text-fragments.csv</c>
/// (written for this project). An answer is an optional opener, one or two core fragments and an optional closer,
/// chosen by the PRNG; respondents with low general satisfaction more often write «ingenting» to «hva fungerer bra».
/// A stated share of answers gets one identifying detail (first name, place, phone number or named staff member),
/// recorded as ground truth.
/// </summary>
internal sealed class OpenTextComposer(Xoshiro256StarStar rng, IReadOnlyDictionary<string, double> assumptions)
{
    private static readonly string[] Questions = ["open_bra", "open_darlig", "open_forslag", "q33b"];

    public (Dictionary<string, string?[]> Texts, List<IdentifyingDetail> Identifying) Compose(int n, double[] satisfaction)
    {
        var csv = ResourceCsv.LoadEmbedded("korus2017-open-text-fragments.csv");
        var frag = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in csv.Rows)
        {
            var key = csv.Get(r, "question") + "|" + csv.Get(r, "slot");
            if (!frag.TryGetValue(key, out var l))
            {
                frag[key] = l = [];
            }

            l.Add(csv.Get(r, "text"));
        }

        var idShare = assumptions["open|identifying_share"];
        var texts = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        var identifying = new List<IdentifyingDetail>();
        foreach (var q in Questions)
        {
            var share = assumptions["open|answer_share_" + q];
            var col = new string?[n];
            for (var i = 0; i < n; i++)
            {
                if (rng.NextDouble() >= share)
                {
                    continue;
                }

                string core;
                var noneKey = q + "|none";
                var pNone = q switch
                {
                    "open_bra" => satisfaction[i] < -0.5 ? 0.6 : 0.05,
                    "open_darlig" => satisfaction[i] > 0.3 ? 0.6 : 0.05,
                    _ => 0.0,
                };
                if (frag.ContainsKey(noneKey) && rng.NextDouble() < pNone)
                {
                    core = Pick(frag[noneKey]);
                }
                else
                {
                    var cores = frag[q + "|core"];
                    var first = Pick(cores);
                    core = first;
                    if (rng.NextDouble() < 0.45)
                    {
                        var second = Pick(cores);
                        if (second != first)
                        {
                            core = first + (rng.NextDouble() < 0.5 ? " og " : ", ") + second;
                        }
                    }
                }

                var opener = Pick(frag[q + "|opener"]);
                var closer = Pick(frag[q + "|closer"]);
                var sb = new StringBuilder();
                sb.Append(opener.Length > 0 ? opener + " " + core : Capitalize(core));
                sb.Append('.');
                if (closer.Length > 0)
                {
                    sb.Append(' ').Append(closer);
                }

                if (rng.NextDouble() < idShare)
                {
                    var kind = rng.NextInt(4) switch
                    {
                        0 => "fornavn",
                        1 => "sted",
                        2 => "telefon",
                        _ => "ansatt",
                    };
                    string detail;
                    string sentence;
                    switch (kind)
                    {
                        case "fornavn":
                            detail = Pick(frag["identifying|fornavn"][0].Split('|'));
                            sentence = $" Hilsen {detail}.";
                            break;
                        case "sted":
                            detail = Pick(frag["identifying|sted"][0].Split('|'));
                            sentence = $" Jeg bor i {detail} og alle kjenner alle her.";
                            break;
                        case "telefon":
                            detail = string.Create(CultureInfo.InvariantCulture, $"4{rng.NextInt(10)}{rng.NextInt(10)} {rng.NextInt(90) + 10} {rng.NextInt(900) + 100}");
                            sentence = $" Ring meg gjerne på {detail}.";
                            break;
                        default:
                            detail = Pick(frag["identifying|ansatt"][0].Split('|'));
                            sentence = $" Spesielt {detail} har vært viktig.";
                            break;
                    }

                    sb.Append(sentence);
                    identifying.Add(new IdentifyingDetail(i, i + 1, q, kind, detail));
                }

                col[i] = sb.ToString();
            }

            texts[q] = col;
        }

        return (texts, identifying);
    }

    /// <summary>Short «Annet» texts for the rows where the given check box or code says «Annet».</summary>
    public string?[] OtherTexts(bool[] answered, string key) => OtherTexts(answered.Select(a => a ? key : null).ToArray());

    /// <summary>«Annet» free texts: respondent i gets a text from fragment pool <paramref name="pools"/>[i] (null = no text), about 85 % of them.</summary>
    public string?[] OtherTexts(string?[] pools)
    {
        var csv = ResourceCsv.LoadEmbedded("korus2017-open-text-fragments.csv");
        var byPool = csv.Rows.GroupBy(r => csv.Get(r, "question"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => csv.Get(r, "text")).ToList(), StringComparer.Ordinal);
        var col = new string?[pools.Length];
        for (var i = 0; i < col.Length; i++)
        {
            if (pools[i] is { } key && rng.NextDouble() < 0.85)
            {
                col[i] = Capitalize(Pick(byPool[key]));
            }
        }

        return col;
    }

    private string Pick(IReadOnlyList<string> list) => list[rng.NextInt(list.Count)];

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
}
