using Analysenotater.Cli;

namespace Analysenotater.Notebooks.Tests.Cli;

/// <summary>Runs the command line in process and captures what it prints (every CLI test goes through it).</summary>
internal static class CliRun
{
    /// <summary>Runs <c>analysenotater <paramref name="args"/></c>.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <returns>The exit code, standard output and standard error.</returns>
    public static async Task<(int Code, string Out, string Err)> Invoke(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
