using System.Text.Json.Serialization;

namespace Analysenotater.Kernel.KernelSpecs;

/// <summary>
/// The content of a Jupyter <c>kernel.json</c>: how to start the kernel and how frontends name it. Immutable.
/// </summary>
/// <param name="Argv">Command line; <c>{connection_file}</c> is replaced by Jupyter.</param>
/// <param name="DisplayName">Name shown in kernel pickers.</param>
/// <param name="Language">Language name.</param>
/// <param name="InterruptMode"><c>message</c> (interrupt_request on control) or <c>signal</c> (SIGINT).</param>
/// <param name="Metadata">Extra metadata.</param>
public sealed record KernelSpec(
    [property: JsonPropertyName("argv")] IReadOnlyList<string> Argv,
    [property: JsonPropertyName("display_name")] string DisplayName,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("interrupt_mode")] string InterruptMode,
    [property: JsonPropertyName("metadata")] IReadOnlyDictionary<string, object> Metadata)
{
    /// <summary>The kernelspec name Polyglot Notebooks writes into C# notebooks, so those open unchanged.</summary>
    public const string DefaultName = ".net-csharp";

    /// <summary>The display name of the Analysenotater C# kernel.</summary>
    public const string DefaultDisplayName = "C# (Analysenotater)";

    /// <summary>Creates the Analysenotater C# kernelspec.</summary>
    /// <param name="launchCommand">The command that starts the CLI, e.g. <c>dotnet /opt/analysenotater/analysenotater.dll</c>;
    /// <c>kernel -f {connection_file}</c> is appended.</param>
    /// <returns>The kernelspec.</returns>
    /// <exception cref="ArgumentException"><paramref name="launchCommand"/> is empty.</exception>
    public static KernelSpec ForCSharp(IReadOnlyList<string> launchCommand)
    {
        ArgumentNullException.ThrowIfNull(launchCommand);
        if (launchCommand.Count == 0)
        {
            throw new ArgumentException("The launch command needs at least the program to run.", nameof(launchCommand));
        }

        return new KernelSpec(
            [.. launchCommand, "kernel", "-f", "{connection_file}"],
            DefaultDisplayName,
            "C#",
            "message",
            new Dictionary<string, object> { ["debugger"] = false });
    }
}
