using System.Text;

namespace Analysenotater.Notebooks.Execution;

/// <summary>A console writer that sends text to the running cell's sink as it is written, or to the original writer outside a cell.</summary>
internal sealed class RoutingWriter(TextWriter fallback, string streamName) : TextWriter
{
    public override Encoding Encoding => fallback.Encoding;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var sink = OutputContext.Current;
        if (sink is null)
        {
            fallback.Write(value);
        }
        else
        {
            sink.Stream(streamName, value);
        }
    }

    public override void WriteLine(string? value) => Write((value ?? "") + NewLine);

    public override void WriteLine() => Write(NewLine);

    public override void Flush() => fallback.Flush();
}
