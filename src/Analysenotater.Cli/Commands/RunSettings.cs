using System.Globalization;
using Analysenotater.Reports;

namespace Analysenotater.Cli.Commands;

/// <summary>The settings of <c>analysenotater run</c>.</summary>
internal sealed record RunSettings
{
    /// <summary>
    /// The output formats <c>--format</c> accepts: the executed notebook (ipynb), the developer HTML with code (html),
    /// and the report without code as HTML (report), PDF (pdf), Word (docx) and slides (pptx).
    /// </summary>
    public static readonly IReadOnlyList<string> KnownFormats = ["ipynb", "html", "report", "pdf", "docx", "pptx"];

    /// <summary>The default: everything; slides only for notebooks whose metadata asks for them.</summary>
    public const string DefaultFormats = "ipynb,html,report,pdf,docx,pptx";

    /// <summary>What <c>--report</c> writes: the report formats only.</summary>
    public const string ReportOnlyFormats = "report,pdf,docx,pptx";

    /// <summary>The subfolder of the output folder the reports go to.</summary>
    public const string ReportFolder = "rapporter";

    /// <summary>The notebook, script or folder to run.</summary>
    public required string Path { get; init; }

    /// <summary>The output folder (relative to the working directory or absolute).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The <c>--ledger</c> location of the notebooks' release ledgers (a directory or a state file), or null for the default directory.</summary>
    public string? Ledger { get; init; }

    /// <summary>Keep going after a failing cell and exit 0.</summary>
    public bool AllowErrors { get; init; }

    /// <summary>The formats to write (a subset of <see cref="KnownFormats"/>).</summary>
    public required IReadOnlySet<string> Formats { get; init; }

    /// <summary>The parameters to inject, by name.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    /// <summary>The report files to write (from <see cref="Formats"/>).</summary>
    public ReportFormats ReportFormats =>
        (Formats.Contains("report") ? ReportFormats.Html : ReportFormats.None)
        | (Formats.Contains("pdf") ? ReportFormats.Pdf : ReportFormats.None)
        | (Formats.Contains("docx") ? ReportFormats.Docx : ReportFormats.None)
        | (Formats.Contains("pptx") ? ReportFormats.Pptx : ReportFormats.None);

    /// <summary><c>--slides</c>: slides for every notebook, not only those whose metadata asks for them.</summary>
    public bool SlidesForAll { get; init; }

    /// <summary>No progress and no summary (<c>--quiet</c>).</summary>
    public bool Quiet { get; init; }

    /// <summary>The culture cells run with (<c>--culture</c>), or null: the notebook's metadata, else nb-NO.</summary>
    public CultureInfo? Culture { get; init; }
}
