using Analysenotater.Import;
using Analysenotater.Instruments;

namespace Analysenotater.Spss;

/// <summary>
/// One entry point for survey data files, so the notebook engine and the CLI accept every format the same way:
/// <c>.csv</c>/<c>.tsv</c>/<c>.txt</c> via <see cref="SurveyCsvReader"/>, <c>.xlsx</c> via <see cref="SurveyXlsxReader"/>,
/// <c>.sav</c>/<c>.zsav</c> via <see cref="SpssImport"/>. Usage: <c>var (data, report) = SurveyFile.Read("svar.sav", KnownInstruments.KoRus2017);</c>
/// </summary>
public static class SurveyFile
{
    /// <summary>The file extensions <see cref="Read"/> accepts (lower case, with the dot).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".tsv", ".txt", ".xlsx", ".sav", ".zsav"];

    /// <summary>True when <paramref name="path"/> has an extension <see cref="Read"/> accepts.</summary>
    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path ?? "").ToLowerInvariant());

    /// <summary>Reads a survey data file, choosing the reader by extension (case-insensitive).</summary>
    /// <param name="path">The file.</param>
    /// <param name="instrument">The instrument whose item ids the columns name. Null: CSV and .xlsx import every column by content; SPSS files infer an instrument from their metadata.</param>
    /// <param name="options">Import options; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The dataset with the validation report of every problem found.</returns>
    /// <exception cref="ArgumentException">The extension is not one of <see cref="Extensions"/>.</exception>
    /// <exception cref="SpssFormatException">An SPSS file is truncated, corrupt or unsupported.</exception>
    /// <exception cref="SurveyImportException">Strict mode and the file has errors.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult Read(string path, Instrument? instrument = null, ImportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" or ".tsv" or ".txt" => SurveyCsvReader.Read(path, instrument, options),
            ".xlsx" => SurveyXlsxReader.Read(path, instrument, options),
            ".sav" or ".zsav" => SpssImport.Read(path, instrument, options),
            var ext => throw new ArgumentException($"{Path.GetFileName(path)}: the extension «{ext}» is not a supported survey data format ({string.Join(", ", Extensions)}).", nameof(path)),
        };
    }
}
