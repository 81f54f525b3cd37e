using System.Text.RegularExpressions;

namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// Rewrites stack-trace lines of cell code into what the user wrote: the compiler-generated top-level frame
/// (<c>Submission#4.&lt;&lt;Initialize&gt;&gt;d__0.MoveNext()</c>) becomes "cell N, line L", the submission class prefix is
/// dropped from methods and local functions, and lambdas are called "lambda".
/// </summary>
internal static partial class CompilerFrames
{
    [GeneratedRegex(@"^(?<indent>\s*)at Submission#\d+\.<<Initialize>>d__\d+\.MoveNext\(\)( in (?<where>.+):line (?<line>\d+))?\s*$")]
    private static partial Regex TopLevel();

    [GeneratedRegex(@"Submission#\d+\.(<>c(__DisplayClass[\d_]+)?\.)?")]
    private static partial Regex SubmissionPrefix();

    [GeneratedRegex(@"<<Initialize>>b__[\d_]+")]
    private static partial Regex Lambda();

    [GeneratedRegex(@"<<Initialize>>g__(?<name>\w+)\|[\d_]+")]
    private static partial Regex LocalFunction();

    [GeneratedRegex(@"<(?<name>\w+)>d__\d+\.MoveNext\(\)")]
    private static partial Regex AsyncMethod();

    /// <summary>The cleaned line (unchanged when it is not a cell frame).</summary>
    public static string Clean(string line)
    {
        var top = TopLevel().Match(line);
        if (top.Success)
        {
            return top.Groups["where"].Success
                ? $"{top.Groups["indent"].Value}at {top.Groups["where"].Value}, line {top.Groups["line"].Value}"
                : $"{top.Groups["indent"].Value}at the cell's top level";
        }

        if (!line.Contains("Submission#", StringComparison.Ordinal))
        {
            return line;
        }

        line = SubmissionPrefix().Replace(line, "");
        line = LocalFunction().Replace(line, m => m.Groups["name"].Value);
        line = Lambda().Replace(line, "lambda");
        line = AsyncMethod().Replace(line, m => m.Groups["name"].Value + "()");
        return line;
    }
}
