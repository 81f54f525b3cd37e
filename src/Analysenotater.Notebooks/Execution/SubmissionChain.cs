using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// The state the next cell continues from, and the metadata references its submission chain already has.
/// </summary>
/// <remarks>
/// Roslyn gives every submission the explicit references of the previous submission <em>plus</em> the references in its
/// own options, keeping duplicates in the list. Passing the session's full reference set (about 50 assemblies) with
/// every cell therefore makes submission N carry about 50 × N references, and its reference manager arrays and maps of
/// that size: memory grew quadratically (+1.3 GB over 1,000 cells). A continuation gets only the references its chain
/// does not have yet (a package restored since the last cell), so each submission carries the set once.
/// </remarks>
internal sealed class SubmissionChain
{
    internal SubmissionChain(ScriptState<object> state, ImmutableHashSet<MetadataReference> references)
    {
        State = state;
        References = references;
    }

    /// <summary>The state after the last cell that ran (successful cells only).</summary>
    public ScriptState<object> State { get; }

    /// <summary>The metadata references the submissions of <see cref="State"/> already carry (compared by instance).</summary>
    public ImmutableHashSet<MetadataReference> References { get; }

    /// <summary>
    /// The options for a submission continuing this chain: <paramref name="sessionOptions"/> (imports, resolvers,
    /// language settings) with only the references the chain does not have yet, and <paramref name="filePath"/>.
    /// </summary>
    public ScriptOptions OptionsFor(ScriptOptions sessionOptions, string filePath) =>
        sessionOptions.WithReferences(sessionOptions.MetadataReferences.Where(r => !References.Contains(r))).WithFilePath(filePath);

    /// <summary>The chain after a submission compiled with <paramref name="options"/> (from <see cref="OptionsFor"/>) ran to <paramref name="next"/>.</summary>
    public SubmissionChain Then(ScriptState<object> next, ScriptOptions options) =>
        new(next, options.MetadataReferences.Length == 0 ? References : References.Union(options.MetadataReferences));
}
