namespace Analysenotater.Tests.Shared;

/// <summary>
/// The outside programs some tests run (Rscript, pspp, chromium, jupyter, Debian's python3 with jupyter_client and
/// nbformat). A test asks for the tool here: when it is missing the test FAILS with a message naming the tool and
/// the Debian package that provides it. Nothing is skipped: CI (.ci/run) installs every one of them, so a missing tool
/// there is a broken machine, not a reason to pass.
/// </summary>
internal static class ExternalTool
{
    /// <summary>R's script runner (Debian r-base-core; the reference scripts also need r-cran-survey …).</summary>
    public static string Rscript => Require("Rscript", "r-base-core");

    /// <summary>PSPP (Debian pspp).</summary>
    public static string Pspp => Require("pspp", "pspp");

    /// <summary>pspp-convert (Debian pspp).</summary>
    public static string PsppConvert => Require("pspp-convert", "pspp");

    /// <summary>Chromium, headless (Debian chromium).</summary>
    public static string Chromium => Require("chromium", "chromium");

    /// <summary>The classic Jupyter notebook server (Debian jupyter-notebook).</summary>
    public static string JupyterNotebook => Require("jupyter-notebook", "jupyter-notebook");

    /// <summary>Debian's Python 3 (the one with jupyter_client, nbformat and statsmodels), never another on PATH.</summary>
    public static string Python => Require("/usr/bin/python3", "python3");

    /// <summary>The full path of <paramref name="program"/> (a bare name is looked up on PATH, then in /usr/bin).</summary>
    /// <exception cref="ExternalToolMissingException">The program is not installed; the message names it and its package.</exception>
    public static string Require(string program, string debianPackage) =>
        Find(program) ?? throw new ExternalToolMissingException(
            $"This test needs the outside tool '{program}', which is not installed. Install the Debian package '{debianPackage}' (apt-get install -y --no-install-recommends {debianPackage}); .ci/run installs it on CI.");

    /// <summary>The full path of <paramref name="program"/>, or null.</summary>
    public static string? Find(string program)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? program : null;
        }

        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin");
        return dirs.Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
    }
}

/// <summary>An outside tool a test needs is not installed.</summary>
internal sealed class ExternalToolMissingException(string message) : Exception(message);
