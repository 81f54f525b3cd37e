using System.Text;

namespace Analysenotater.Tests.Text;

/// <summary>Reads Data/labelled-comments.csv (id,label,kind,text; RFC 4180 quoting), written by hand for the project.</summary>
internal static class LabelledCommentSet
{
    public sealed record Item(int Id, bool Identifying, string Kind, string Text);

    public static IReadOnlyList<Item> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Text", "Data", "labelled-comments.csv");
        var rows = ParseCsv(File.ReadAllText(path, Encoding.UTF8));
        var items = new List<Item>();
        for (var i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Count != 4)
            {
                throw new InvalidDataException($"{path}: row {i + 1} has {r.Count} fields; expected 4 (id,label,kind,text).");
            }

            var label = r[1] switch
            {
                "identifying" => true,
                "not" => false,
                _ => throw new InvalidDataException($"{path}: row {i + 1}, column label: '{r[1]}' is neither 'identifying' nor 'not'."),
            };
            items.Add(new Item(int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), label, r[2], r[3]));
        }

        return items;
    }

    internal static List<List<string>> ParseCsv(string text) => Analysenotater.Import.SeparatedText.ReadRecords(text, ',', "labelled comments");
}
