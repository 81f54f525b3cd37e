using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Tests.Execution;

/// <summary>Standard input in cells: from the sink's input source when it has one, end of input otherwise.</summary>
public sealed class ConsoleInputTests
{
    private static ScriptSession NewSession() => new(new ScriptSessionOptions { BaseDirectory = AppContext.BaseDirectory });

    private sealed class AnsweringSink(params string[] answers) : ICellOutputSink, ICellInputSource
    {
        private readonly Queue<string> _answers = new(answers);

        public RecordingSink Inner { get; } = new();

        public List<(string Prompt, bool Password)> Requests { get; } = [];

        public string? ReadLine(string prompt, bool password)
        {
            Requests.Add((prompt, password));
            return _answers.Count > 0 ? _answers.Dequeue() : null;
        }

        public void Stream(string name, string text) => Inner.Stream(name, text);

        public void Display(MimeBundle bundle, bool isExecuteResult) => Inner.Display(bundle, isExecuteResult);

        public void Error(string name, string message, IReadOnlyList<string> traceback) => Inner.Error(name, message, traceback);
    }

    [Fact]
    public async Task ReadLine_input_and_password_read_from_the_sink()
    {
        using var session = NewSession();
        var sink = new AnsweringSink("Ola", "37", "hemmelig", "a b");
        var outcome = await session.ExecuteAsync(
            "var navn = Console.ReadLine(); var alder = input(\"Alder? \"); var kode = password(\"Kode: \");\n" +
            "var c = (char)Console.Read(); var rest = Console.ReadLine();\n" +
            "Console.WriteLine($\"{navn}|{alder}|{kode!.Length}|{c}|{rest}|{Console.ReadLine() ?? \"EOF\"}\");",
            sink, CancellationToken.None);
        Assert.True(outcome.Success, sink.Inner.LastError?.Message);
        Assert.Equal("Ola|37|8|a| b|EOF\n", sink.Inner.Stdout);
        Assert.Equal([("", false), ("Alder? ", false), ("Kode: ", true), ("", false), ("", false)], sink.Requests);
    }

    [Fact]
    public async Task Without_an_input_source_a_cell_reads_end_of_input_and_never_waits()
    {
        // The headless runner's sinks have no input: Console.ReadLine() must not block on the host's own stdin.
        using var session = NewSession();
        var sink = new RecordingSink();
        var outcome = await session.ExecuteAsync("Console.WriteLine($\"{Console.ReadLine() ?? \"null\"}/{input(\"x\") ?? \"null\"}/{Console.Read()}\");", sink, CancellationToken.None);
        Assert.True(outcome.Success, sink.LastError?.Message);
        Assert.Equal("null/null/\u22121\n", sink.Stdout); // cells run with nb-NO: the minus sign is U+2212
    }
}
