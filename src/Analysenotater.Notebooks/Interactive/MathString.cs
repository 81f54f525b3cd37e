namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>
/// A mathematical expression in LaTeX shown as display math (text/latex wrapped in <c>$$ … $$</c>), as .NET
/// Interactive's <c>(MathString)@"…"</c>. Provided by this engine (the formatting package no longer has it).
/// </summary>
public sealed class MathString
{
    private readonly string _latex;

    /// <summary>Wraps LaTeX source.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="latex"/> is null.</exception>
    public MathString(string latex) => _latex = latex ?? throw new ArgumentNullException(nameof(latex));

    /// <summary>A string as a math expression.</summary>
    public static explicit operator MathString(string latex) => new(latex);

    /// <summary>The same as the constructor (named alternative for the explicit conversion).</summary>
    public static MathString FromString(string latex) => new(latex);

    /// <summary>The LaTeX source.</summary>
    public override string ToString() => _latex;
}
