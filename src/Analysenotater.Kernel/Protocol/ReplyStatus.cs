namespace Analysenotater.Kernel.Protocol;

/// <summary>The values of a reply's <c>status</c> field.</summary>
public static class ReplyStatus
{
    /// <summary>The request succeeded.</summary>
    public const string Ok = "ok";

    /// <summary>The request failed; <c>ename</c>, <c>evalue</c> and <c>traceback</c> say why.</summary>
    public const string Error = "error";

    /// <summary>The request was not run (an earlier cell failed with <c>stop_on_error</c>).</summary>
    public const string Aborted = "aborted";
}
