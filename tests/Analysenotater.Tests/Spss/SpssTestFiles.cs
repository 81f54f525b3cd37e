namespace Analysenotater.Tests.Spss;

internal static class SpssTestFiles
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Spss", "Fixtures");

    public static string PathOf(string name) => Path.Combine(Dir, name);
}
