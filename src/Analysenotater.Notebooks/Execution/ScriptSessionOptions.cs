using Analysenotater.Notebooks.Formatting;

namespace Analysenotater.Notebooks.Execution;

/// <summary>Settings of a <see cref="ScriptSession"/>. Immutable once the session is created.</summary>
public sealed class ScriptSessionOptions
{
    /// <summary>The folder relative <c>#r "x.dll"</c> and <c>#load</c> paths resolve against (the notebook's folder). Default: the current directory.</summary>
    public string BaseDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Formatters turning values into MIME bundles; default: <see cref="FormatterRegistry.CreateDefault"/> (one registry per session).</summary>
    public FormatterRegistry? Formatters { get; init; }

    /// <summary>Namespaces imported in every cell on top of the engine's defaults (see <see cref="ScriptSession.DefaultImports"/>).</summary>
    public IReadOnlyList<string> AdditionalImports { get; init; } = [];

    /// <summary>
    /// When true (default) the session starts compiling a small script in the background at creation, so the first cell
    /// does not pay the full Roslyn start-up (≈ 1 s) alone.
    /// </summary>
    public bool WarmUp { get; init; } = true;

    /// <summary>
    /// How long an interrupted cell may keep running (for example inside a blocking library call that checks no token)
    /// before the session gives up waiting, reports the interrupt and continues from the previous cell's state.
    /// Default 2 seconds.
    /// </summary>
    public TimeSpan InterruptGracePeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Package sources for <c>#r "nuget: …"</c> after the cells' own <c>#i "nuget: …"</c> sources; null (default): the
    /// NuGet.config files that apply to <see cref="BaseDirectory"/> and the NuGet global packages folder. Empty: only the
    /// cells' sources (tests, offices without internet).
    /// </summary>
    public IReadOnlyList<string>? PackageSources { get; init; }

    /// <summary>Where restored packages are extracted and kept between runs; null: <c>$ANALYSENOTATER_PACKAGES</c> or <c>~/.cache/analysenotater/packages</c>.</summary>
    public string? PackageCacheDirectory { get; init; }

    /// <summary>
    /// The culture cells run with (interpolated numbers, <c>ToString()</c>, dates): <see cref="System.Globalization.CultureInfo.CurrentCulture"/>
    /// and <c>CurrentUICulture</c> are set to it for every cell. Default: Norwegian bokmål (nb-NO).
    /// </summary>
    public System.Globalization.CultureInfo Culture { get; init; } = System.Globalization.CultureInfo.GetCultureInfo("nb-NO");
}
