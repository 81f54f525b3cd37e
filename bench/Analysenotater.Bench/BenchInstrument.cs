using System.Globalization;
using System.Text;
using Analysenotater.Instruments;

namespace Analysenotater.Bench;

/// <summary>
/// The tiny instrument of the scale workload: items i1–i40 on a 1–5 scale plus 6 «Ikke aktuelt» (missing,
/// not applicable), and four indicators scored by the KoRus rule (korus-sum-max-prorated): ind1 = i1–i4,
/// ind2 = i5–i10, ind3 = i11–i15, ind4 = i16–i25.
/// </summary>
internal static class BenchInstrument
{
    public static readonly (string Id, int First, int Last)[] Indicators = [("ind1", 1, 4), ("ind2", 5, 10), ("ind3", 11, 15), ("ind4", 16, 25)];

    public static Instrument Create() => InstrumentLoader.Parse(Json(), "bench-workload.json");

    public static IReadOnlyList<string> ItemsOf(int first, int last) => [.. Enumerable.Range(first, last - first + 1).Select(i => "i" + i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The instrument file (analysenotater-instrument format) that <see cref="Create"/> parses.</summary>
    public static string Json()
    {
        var sb = new StringBuilder();
        sb.Append("""
            {"format":"analysenotater-instrument","formatVersion":1,"id":"bench-workload","version":"1","title":"Skalabenk (syntetisk)",
             "source":"bench/Analysenotater.Bench (issue 11)","language":"nb",
             "scales":[{"id":"S5","direction":"higherIsBetter","options":[
               {"code":1,"label":"Svært lite"},{"code":2,"label":"Lite"},{"code":3,"label":"Middels"},{"code":4,"label":"Mye"},
               {"code":5,"label":"Svært mye"},{"code":6,"label":"Ikke aktuelt","missing":"notApplicable"}]}],
             "items":[
            """);
        for (var i = 1; i <= 40; i++)
        {
            sb.Append(i > 1 ? "," : "").Append(CultureInfo.InvariantCulture, $$"""{"id":"i{{i}}","number":"{{i}}","text":"Spørsmål {{i}}","type":"singleChoice","scale":"S5"}""");
        }

        sb.Append("],\"indicators\":[");
        for (var j = 0; j < Indicators.Length; j++)
        {
            var (id, first, last) = Indicators[j];
            var items = string.Join(",", ItemsOf(first, last).Select(x => "\"" + x + "\""));
            sb.Append(j > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $$"""{"id":"{{id}}","name":"Indikator {{j + 1}}","items":[{{items}}],"rule":"korus-sum-max-prorated"}""");
        }

        return sb.Append("]}").ToString();
    }
}
