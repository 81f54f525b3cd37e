using System.Collections.Immutable;
using System.Reflection;
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
/// <para>
/// Roslyn's state keeps the submission objects (one per cell, holding the cell's variables) in an array that the first
/// continuation of a state <em>shares</em> and appends to. A cell that fails would thus leave its submission object (and
/// everything its variables hold) in the array of the state the session goes on from. The chain marks its state as
/// already continued ("frozen") at once, so every run appends to its own copy and a failed run leaves nothing behind.
/// </para>
/// </remarks>
internal sealed class SubmissionChain
{
    private static readonly PropertyInfo? ExecutionStateProperty = typeof(ScriptState).GetProperty("ExecutionState", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly MethodInfo? FreezeAndClone = ExecutionStateProperty?.PropertyType.GetMethod("FreezeAndClone", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);

    internal SubmissionChain(ScriptState<object> state, ImmutableHashSet<MetadataReference> references)
    {
        State = state;
        References = references;
        // The clone returned is dropped: freezing is what counts. (If a Roslyn update renames these internals the
        // session still works; a failed cell's objects then stay referenced until the next successful cell, which
        // SessionMemoryTests reports.)
        if (ExecutionStateProperty?.GetValue(state) is { } executionState)
        {
            FreezeAndClone?.Invoke(executionState, null);
        }
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
