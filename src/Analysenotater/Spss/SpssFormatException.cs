namespace Analysenotater.Spss;

/// <summary>
/// An SPSS system file (.sav/.zsav) is truncated, corrupt or uses a feature this reader does not support. The message
/// names the source, the byte offset (from the start of the file, or of the decompressed data for .zsav blocks) and
/// the record being read.
/// </summary>
public sealed class SpssFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file name or a description of the stream.</param>
    /// <param name="offset">The byte offset where the problem was found.</param>
    /// <param name="record">The record being read (for example «variable record (type 2)»).</param>
    /// <param name="problem">What is wrong, in one sentence.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public SpssFormatException(string source, long offset, string record, string problem, Exception? inner = null)
        : base($"{source}: byte offset {offset} (0x{offset:x}), {record}: {problem}", inner)
    {
        Source = source;
        Offset = offset;
        Record = record;
        Problem = problem;
    }

    /// <summary>The file name or stream description.</summary>
    public new string Source { get; }

    /// <summary>The byte offset where the problem was found.</summary>
    public long Offset { get; }

    /// <summary>The record being read.</summary>
    public string Record { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
