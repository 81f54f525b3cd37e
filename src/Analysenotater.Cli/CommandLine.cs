using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Parameters;

namespace Analysenotater.Cli;

/// <summary>Dispatches <c>analysenotater &lt;command&gt; …</c> to the command in <see cref="CommandTable"/>; Ctrl+C interrupts the running cell.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintHelp(stdout);
            return args.Count == 0 ? 2 : 0;
        }

        var command = CommandTable.All.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"analysenotater: unknown command '{args[0]}'.");
            PrintHelp(stderr);
            return 2;
        }

        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!cts.IsCancellationRequested)
            {
                e.Cancel = true;
                stderr.WriteLine("analysenotater: interrupting (press Ctrl+C again to quit at once)");
                cts.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await command.RunAsync([.. args.Skip(1)], context, cts.Token).ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine($"analysenotater {command.Name}: {e.Message}");
            stderr.WriteLine($"usage: analysenotater {command.Usage}");
            return 2;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or NotebookFormatException or ParameterException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"analysenotater {command.Name}: {e.Message}");
            return 2;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static void PrintHelp(TextWriter w)
    {
        w.WriteLine("analysenotater: run C# notebooks and scripts offline, write executed .ipynb and self-contained .html");
        w.WriteLine();
        w.WriteLine("usage:");
        foreach (var c in CommandTable.All)
        {
            w.WriteLine($"  analysenotater {c.Usage}");
            w.WriteLine($"      {c.Summary}");
        }
    }
}
