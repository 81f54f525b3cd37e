namespace Analysenotater.Notebooks.Formatting;

/// <summary>
/// Styling that travels with every HTML table output, so it looks the same in every frontend: Jupyter's own CSS
/// (classic Notebook's <c>.rendered_html td { text-align: right }</c>, JupyterLab's and nbconvert's
/// <c>:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td</c>, centred tables, no borders) is overridden by rules scoped
/// to the output's wrapper element (the class doubled for specificity; text alignment marked important except on cells
/// that set their own, so numeric cells keep their inline right alignment).
/// </summary>
internal static class TableStyle
{
    /// <summary>The class of the wrapper element the rules are scoped to.</summary>
    public const string WrapperClass = "an-out";

    private const string Css =
        ".an-out.an-out table{border-collapse:collapse;margin:.4rem 0;font-size:13px;table-layout:auto;color:inherit;border:none}" +
        ".an-out.an-out table caption{text-align:left;font-weight:600;padding:.3rem 0;caption-side:top}" +
        ".an-out.an-out table th:not([style*=text-align]),.an-out.an-out table td:not([style*=text-align]){text-align:left!important}" +
        ".an-out.an-out table th,.an-out.an-out table td{vertical-align:top;border:1px solid #d0d4da;padding:.25rem .6rem;white-space:normal;line-height:1.35}" +
        ".an-out.an-out table th{background:#eef1f5;font-weight:600}" +
        ".an-out.an-out table tbody tr:nth-child(odd){background:transparent}" +
        ".an-out.an-out table tbody tr:hover{background:#f6f8fb}" +
        ".an-out.an-out table tfoot td{font-size:12px;color:#555;border:none}" +
        ".an-out.an-out .an-suppressed{color:#999}.an-out.an-out ol.an-notes{margin:.2rem 0;padding-left:1.2rem}";

    /// <summary>Wraps an HTML fragment in the styled container (a scoped &lt;style&gt; element first).</summary>
    public static string Wrap(string html) => "<div class=\"" + WrapperClass + "\"><style>" + Css + "</style>" + html + "</div>";
}
