namespace Analysenotater.Reports.Content;

/// <summary>One block of a report body, in reading order: a heading, prose, printed text, a table or a figure.</summary>
public abstract record ReportBlock;
