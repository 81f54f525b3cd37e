using System.Text;

namespace Analysenotater.Tests.Text.Screening;

/// <summary>
/// A labelled comment set under Text/Screening/Corpus (tab-separated: comment, identifying yes/no, kind, variety
/// nb/nn/dialekt). Bad rows fail with file, line, column and value.
/// </summary>
internal sealed class LabelledCorpus
{
    public sealed record Item(int Line, string Text, bool Identifying, string Kind, string Variety);

    private LabelledCorpus(string name, IReadOnlyList<Item> items)
    {
        Name = name;
        Items = items;
    }

    public string Name { get; }

    public IReadOnlyList<Item> Items { get; }

    public static LabelledCorpus Development { get; } = Load("development.tsv");

    public static LabelledCorpus Evaluation { get; } = Load("evaluation.tsv");

    public static LabelledCorpus Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Text", "Screening", "Corpus", file);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != "comment\tidentifying\tkind\tvariety")
        {
            throw new InvalidDataException($"{path}: line 1 must be the header 'comment<TAB>identifying<TAB>kind<TAB>variety'.");
        }

        var items = new List<Item>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var f = lines[i].Split('\t');
            if (f.Length != 4)
            {
                throw new InvalidDataException($"{path}: line {i + 1} has {f.Length} fields; expected 4 (comment, identifying, kind, variety).");
            }

            var identifying = f[1] switch
            {
                "yes" => true,
                "no" => false,
                _ => throw new InvalidDataException($"{path}: line {i + 1}, column identifying: '{f[1]}' is neither 'yes' nor 'no'."),
            };
            if (f[3] is not ("nb" or "nn" or "dialekt"))
            {
                throw new InvalidDataException($"{path}: line {i + 1}, column variety: '{f[3]}' is not nb, nn or dialekt.");
            }

            items.Add(new Item(i + 1, f[0], identifying, f[2], f[3]));
        }

        return new LabelledCorpus(file, items);
    }
}
