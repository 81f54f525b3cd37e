namespace Analysenotater.Notebooks.Execution;

/// <summary>
/// The console reader: inside a cell it reads from the cell's <see cref="ICellInputSource"/> (end of input when the
/// sink has none, so a cell never waits on the host process's own stdin); outside a cell it reads the original stdin.
/// </summary>
internal sealed class RoutingReader(TextReader fallback) : TextReader
{
    private readonly AsyncLocal<string?> _pending = new(); // rest of a line read by Read()/Peek()

    /// <summary>Reads a line from the running cell's input source.</summary>
    public static string? ReadFromCell(ICellOutputSink sink, string prompt, bool password) =>
        sink is ICellInputSource source ? source.ReadLine(prompt, password) : null;

    public override string? ReadLine()
    {
        var sink = OutputContext.Current;
        if (sink is null)
        {
            return fallback.ReadLine();
        }

        if (_pending.Value is { } rest)
        {
            _pending.Value = null;
            return rest.EndsWith('\n') ? rest[..^1] : rest;
        }

        return ReadFromCell(sink, string.Empty, password: false);
    }

    public override int Read()
    {
        var c = Peek();
        if (c >= 0)
        {
            var rest = _pending.Value!;
            _pending.Value = rest.Length > 1 ? rest[1..] : null;
        }

        return c;
    }

    public override int Peek()
    {
        var sink = OutputContext.Current;
        if (sink is null)
        {
            return fallback.Peek();
        }

        if (_pending.Value is null)
        {
            var line = ReadFromCell(sink, string.Empty, password: false);
            if (line is null)
            {
                return -1;
            }

            _pending.Value = line + "\n";
        }

        return _pending.Value.Length == 0 ? -1 : _pending.Value[0];
    }
}
