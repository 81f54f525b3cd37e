using Analysenotater.Reporting;

namespace Analysenotater.Statistics.Reliability;

/// <summary>
/// psych::omega's figures for a scale (<see cref="BifactorOmega"/>): ω_h, ω total, ω_h asymptotic, alpha and G6 of the
/// g-keyed correlations, the explained common variance, the Schmid–Leiman loadings, communalities and ω per group
/// factor. Item arrays follow <see cref="Items"/>; factor arrays follow the oblimin solution (order and sign are
/// arbitrary; see the remarks of <see cref="BifactorOmega"/>).
/// </summary>
public sealed class BifactorOmegaResult : Result
{
    /// <summary>The item names, in input order.</summary>
    public IReadOnlyList<string> Items { get; internal init; } = default!;

    /// <summary>Rows of the input (pairwise deletion: each correlation uses its own complete pairs).</summary>
    public long Rows { get; internal init; }

    /// <summary>The fewest rows behind any one correlation.</summary>
    public long MinimumPairN { get; internal init; }

    /// <summary>The number of group factors m.</summary>
    public int GroupFactorCount { get; internal init; }

    /// <summary>ω_h = (Σ g)²/Vt, Vt = the sum of the g-keyed correlation matrix (psych's omega_h).</summary>
    public double OmegaHierarchical { get; internal init; }

    /// <summary>ω total = (Vt − Σ u²)/Vt (psych's omega.tot).</summary>
    public double OmegaTotal { get; internal init; }

    /// <summary>ω_h asymptotic = (Σ g)²/(Vt − Σ u²) (psych's omega.lim).</summary>
    public double OmegaLimit { get; internal init; }

    /// <summary>Standardised alpha of the g-keyed correlations (psych's alpha in omega).</summary>
    public double Alpha { get; internal init; }

    /// <summary>Guttman's λ6 (smc) of the correlations (psych's G6).</summary>
    public double G6 { get; internal init; }

    /// <summary>Σ g² / (Σ g² + Σ group²) (psych's ECV).</summary>
    public double ExplainedCommonVariance { get; internal init; }

    /// <summary>Schmid–Leiman general-factor loadings per item (≥ 0 after keying).</summary>
    public IReadOnlyList<double> GeneralLoadings { get; internal init; } = default!;

    /// <summary>Schmid–Leiman group-factor loadings, item × factor.</summary>
    public double[,] GroupLoadings { get; internal init; } = default!;

    /// <summary>h² per item from the minres solution.</summary>
    public IReadOnlyList<double> Communalities { get; internal init; } = default!;

    /// <summary>u² = 1 − h² per item.</summary>
    public IReadOnlyList<double> Uniquenesses { get; internal init; } = default!;

    /// <summary>Per item: reversed because its g loading was negative (psych's key = −1).</summary>
    public IReadOnlyList<bool> Reversed { get; internal init; } = default!;

    /// <summary>The oblimin pattern loadings, item × factor.</summary>
    public double[,] PatternLoadings { get; internal init; } = default!;

    /// <summary>The oblimin factor correlations Φ, m × m.</summary>
    public double[,] FactorCorrelations { get; internal init; } = default!;

    /// <summary>The general factor's loadings on the group factors.</summary>
    public IReadOnlyList<double> FactorGeneralLoadings { get; internal init; } = default!;

    /// <summary>ω per group factor (psych's omega.group rows F1*, F2*, …).</summary>
    public IReadOnlyList<OmegaGroupFactor> Groups { get; internal init; } = default!;

    /// <summary>Σ over group factors of (Σ group loadings)²/Vt (psych's omega.group[g, "group"]).</summary>
    public double OmegaGroupsTotal { get; internal init; }

    /// <summary>Principal-axes steps of the minres fit.</summary>
    public int FactoringIterations { get; internal init; }

    /// <summary>Oblimin gradient-projection iterations.</summary>
    public int RotationIterations { get; internal init; }

    /// <summary>Notes for the reader (bokmål): non-convergence, Heywood cases, reversed items.</summary>
    public override IReadOnlyList<string> Notes => NoteList;

    internal IReadOnlyList<string> NoteList { get; init; } = [];


    /// <summary>The squared g loading's share of the communality per item (psych's p2).</summary>
    public IReadOnlyList<double> GeneralShare => [.. GeneralLoadings.Select((g, i) => g * g / Communalities[i])];

    /// <summary>Three tables: the omegas, the Schmid–Leiman loadings, and ω per group factor.</summary>
    public override ReportDocument Summary()
    {
        var scale = new ReportTableBuilder($"Omega med generell faktor ({Items.Count} spørsmål, {GroupFactorCount} gruppefaktorer, n = {NorwegianFormat.Count(Rows)})", "Mål", "Verdi")
            .Row(ReportCell.FromText("Omega hierarkisk (ω_h)"), ReportCell.FromNumber(OmegaHierarchical, 3))
            .Row(ReportCell.FromText("Omega total (ω_t)"), ReportCell.FromNumber(OmegaTotal, 3))
            .Row(ReportCell.FromText("Omega asymptotisk (ω_h/ω_t-grense)"), ReportCell.FromNumber(OmegaLimit, 3))
            .Row(ReportCell.FromText("Alfa (standardisert)"), ReportCell.FromNumber(Alpha, 3))
            .Row(ReportCell.FromText("Guttmans λ6 (smc)"), ReportCell.FromNumber(G6, 3))
            .Row(ReportCell.FromText("Forklart felles varians (ECV)"), ReportCell.FromNumber(ExplainedCommonVariance, 3))
            .Note("Minres-faktorer, oblimin-rotasjon og Schmid–Leiman-transformasjon som psych::omega; parvis utelatelse.");
        foreach (var n in Notes)
        {
            scale.Note(n);
        }

        var columns = new List<string> { "Spørsmål", "g" };
        columns.AddRange(Enumerable.Range(1, GroupFactorCount).Select(f => $"F{f}*"));
        columns.AddRange(["h²", "u²", "p²"]);
        var loadings = new ReportTableBuilder("Schmid–Leiman-ladninger", [.. columns]);
        var share = GeneralShare;
        for (var i = 0; i < Items.Count; i++)
        {
            var cells = new List<ReportCell> { ReportCell.FromText(Items[i] + (Reversed[i] ? "−" : "")), ReportCell.FromNumber(GeneralLoadings[i], 2) };
            cells.AddRange(Enumerable.Range(0, GroupFactorCount).Select(f => ReportCell.FromNumber(GroupLoadings[i, f], 2)));
            cells.AddRange([ReportCell.FromNumber(Communalities[i], 2), ReportCell.FromNumber(Uniquenesses[i], 2), ReportCell.FromNumber(share[i], 2)]);
            loadings.Row([.. cells]);
        }

        var groups = new ReportTableBuilder("Omega per gruppefaktor", "Faktor", "Spørsmål", "Omega total", "Omega generell", "Omega gruppe (ω_s)")
            .Row(ReportCell.FromText("g"), ReportCell.FromCount(Items.Count), ReportCell.FromNumber(OmegaTotal, 3), ReportCell.FromNumber(OmegaHierarchical, 3), ReportCell.FromNumber(OmegaGroupsTotal, 3));
        foreach (var g in Groups)
        {
            groups.Row(ReportCell.FromText($"F{g.Factor}*"), ReportCell.FromCount(g.Items.Count), ReportCell.FromNumber(g.OmegaTotal, 3), ReportCell.FromNumber(g.OmegaGeneral, 3), ReportCell.FromNumber(g.OmegaGroup, 3));
        }

        return new ReportDocument("Omega (bifaktor, Schmid–Leiman)", [scale.Build(), loadings.Build(), groups.Build()]);
    }
}
