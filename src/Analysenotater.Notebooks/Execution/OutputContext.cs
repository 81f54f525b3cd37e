namespace Analysenotater.Notebooks.Execution;

/// <summary>The sink of the cell running on the current logical flow; console writes and display calls go there.</summary>
internal static class OutputContext
{
    private static readonly AsyncLocal<ICellOutputSink?> CurrentSink = new();
    private static readonly AsyncLocal<Formatting.FormatterRegistry?> CurrentFormatters = new();
    private static readonly Lock InstallLock = new();
    private static bool _installed;

    public static ICellOutputSink? Current
    {
        get => CurrentSink.Value;
        set => CurrentSink.Value = value;
    }

    /// <summary>The formatters of the session running the current cell (null outside a cell).</summary>
    public static Formatting.FormatterRegistry? Formatters
    {
        get => CurrentFormatters.Value;
        set => CurrentFormatters.Value = value;
    }

    /// <summary>Replaces Console.Out, Console.Error and Console.In once per process by a writer/reader that route to the current cell's sink.</summary>
    public static void InstallConsoleRouting()
    {
        lock (InstallLock)
        {
            if (_installed)
            {
                return;
            }

            Console.SetOut(new RoutingWriter(Console.Out, "stdout"));
            Console.SetError(new RoutingWriter(Console.Error, "stderr"));
            Console.SetIn(new RoutingReader(Console.In));
            _installed = true;
        }
    }
}
