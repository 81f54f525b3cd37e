using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Formatting;

/// <summary>The fallback: invariant text for numbers and dates, a bracketed list (first 100 items) for sequences, ToString() otherwise.</summary>
internal static class PlainFormatter
{
    private const int MaxItems = 100;

    public static MimeBundle Format(object value)
    {
        if (value is string s)
        {
            return MimeBundle.PlainText(s);
        }

        if (value is IEnumerable sequence && value is not IFormattable)
        {
            var items = new List<string>();
            var more = false;
            foreach (var item in sequence)
            {
                if (items.Count == MaxItems)
                {
                    more = true;
                    break;
                }

                items.Add(Text(item));
            }

            var text = "[" + string.Join(", ", items) + (more ? ", …" : "") + "]";
            var html = new StringBuilder("<div class=\"an-seq\">").Append(WebUtility.HtmlEncode(text)).Append("</div>");
            return new MimeBundle(new Dictionary<string, string> { ["text/plain"] = text, ["text/html"] = html.ToString() });
        }

        return MimeBundle.PlainText(Text(value));
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
