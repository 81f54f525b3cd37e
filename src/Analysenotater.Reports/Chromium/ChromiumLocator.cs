namespace Analysenotater.Reports.Chromium;

/// <summary>
/// Finds the headless browser used for PDF and figure images: the environment variable <c>ANALYSENOTATER_CHROMIUM</c>,
/// else Debian's <c>/usr/bin/chromium</c>, <c>/usr/bin/chromium-browser</c> or <c>/usr/bin/google-chrome</c>. No
/// browser is ever downloaded.
/// </summary>
public static class ChromiumLocator
{
    /// <summary>The environment variable that names the browser executable.</summary>
    public const string EnvironmentVariable = "ANALYSENOTATER_CHROMIUM";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The browser executable, or null when none is installed.</summary>
    /// <returns>The path or null.</returns>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return Candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Where the browser was looked for, for messages.</summary>
    public static string SearchedPlaces => $"{EnvironmentVariable}, {string.Join(", ", Candidates)}";
}
