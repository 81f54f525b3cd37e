namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>One number printed in the KoRus 2017 report, with where it comes from and how it is computed.</summary>
/// <param name="Id">Stable id: file stem, row number and column (e.g. <c>key_figures_by_gender#12.menn</c>).</param>
/// <param name="File">Reference file the number was read from.</param>
/// <param name="Source">Where in the report it is printed (table, figure or section).</param>
/// <param name="Label">Short description for people (Norwegian or as printed).</param>
/// <param name="Value">The published value (percent 0–100, count, years, score or coefficient).</param>
/// <param name="Printed">The number as printed.</param>
/// <param name="Decimals">Printed precision: the reproduced value must round to <paramref name="Value"/> at this many decimals.</param>
/// <param name="Measure">How to compute it from microdata.</param>
public sealed record PublishedNumber(string Id, string File, string Source, string Label, double Value, string Printed, int Decimals, PublishedMeasure Measure)
{
    /// <summary>Note from the reference file (decoding doubts, cross-checks), or null.</summary>
    public string? Note { get; init; }
}
