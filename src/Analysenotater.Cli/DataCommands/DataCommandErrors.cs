using Analysenotater.Import;
using Analysenotater.Instruments;
using Analysenotater.Spss;

namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// Turns the library's input errors (a corrupt SPSS or .xlsx file, an invalid instrument, an unknown column, a dataset the
/// analysis cannot use) into one clear line on standard error and exit code 2. Other exceptions propagate.
/// </summary>
internal static class DataCommandErrors
{
    /// <summary>Runs <paramref name="body"/>; returns its exit code, or 2 after printing the message of an input error.</summary>
    public static int Guard(string commandName, CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is SpssFormatException or InstrumentLoadException or Studies.StudyLoadException or FormatException or SurveyImportException or Disclosure.Persistence.LedgerStateException or KeyNotFoundException
                                      or InvalidDataException or (ArgumentException and not ArgumentNullException))
        {
            context.Error.WriteLine($"analysenotater {commandName}: {e.Message}");
            return 2;
        }
    }
}
