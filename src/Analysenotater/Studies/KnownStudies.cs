using Analysenotater.Instruments;

namespace Analysenotater.Studies;

/// <summary>The study descriptions shipped beside the embedded instruments (<c>&lt;instrument id&gt;.study.json</c>).</summary>
public static class KnownStudies
{
    /// <summary>The ids of the embedded studies.</summary>
    public static IReadOnlyList<string> EmbeddedIds { get; } = ["korus-2017", "ks-psykisk-helse-rus"];

    /// <summary>The embedded study with this id (the same id as its instrument), or null.</summary>
    public static StudyDescription? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!EmbeddedIds.Contains(id, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = id.ToLowerInvariant() + ".study.json";
        return StudyLoader.Parse(KnownInstruments.ReadEmbeddedText(name), "embedded:" + name, AppContext.BaseDirectory);
    }
}
