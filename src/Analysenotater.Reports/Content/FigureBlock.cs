namespace Analysenotater.Reports.Content;

/// <summary>A numbered Plotly figure.</summary>
/// <param name="Number">1-based figure number.</param>
/// <param name="Title">The figure's title (from its layout), possibly empty.</param>
/// <param name="FigureJson">The figure as Plotly JSON (data, layout, config).</param>
public sealed record FigureBlock(int Number, string Title, string FigureJson) : ReportBlock;
