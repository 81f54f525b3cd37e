namespace Analysenotater.Instruments;

/// <summary>The instruments shipped inside the library as embedded JSON (also in <c>src/Analysenotater/Instruments/Resources/</c> for loading from disk).</summary>
public static class KnownInstruments
{
    private static readonly Lazy<Instrument> LazyKorus = new(() => LoadEmbedded("korus-2017.json"));
    private static readonly Lazy<Instrument> LazyKs = new(() => LoadEmbedded("ks-psykisk-helse-rus.json"));

    /// <summary>The KoRus-Midt 2017 national user-satisfaction questionnaire (Vedlegg 1), every question.</summary>
    public static Instrument KoRus2017 => LazyKorus.Value;

    /// <summary>KS' brukerundersøkelse for psykisk helse og rus: 26 items in 8 dimensions plus the open question.</summary>
    public static Instrument KsPsykiskHelseRus => LazyKs.Value;

    /// <summary>The names of the embedded instrument files.</summary>
    public static IReadOnlyList<string> EmbeddedNames { get; } = ["korus-2017.json", "ks-psykisk-helse-rus.json"];

    /// <summary>Reads the text of an embedded resource shipped with the instruments (an instrument or the JSON Schema).</summary>
    /// <exception cref="FileNotFoundException">No resource has this file name.</exception>
    public static string ReadEmbeddedText(string fileName)
    {
        var asm = typeof(KnownInstruments).Assembly;
        using var stream = asm.GetManifestResourceStream("Analysenotater.Resources." + fileName)
            ?? throw new FileNotFoundException($"No embedded instrument resource named '{fileName}'.", fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Instrument LoadEmbedded(string fileName) =>
        InstrumentLoader.Parse(ReadEmbeddedText(fileName), "embedded:" + fileName);
}
