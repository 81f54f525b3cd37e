using Analysenotater.Kernel.Hosting;
using Analysenotater.Kernel.Tests.Toy;

namespace Analysenotater.Kernel.Tests;

/// <summary>
/// Lets the test assembly run as a kernel process for the jupyter_client protocol tests:
/// <c>dotnet Analysenotater.Kernel.Tests.dll toy-kernel -f {connection_file}</c> serves the toy interpreter.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "toy-kernel")
        {
            return KernelCommand.Run(args[1..], () => new ToyInterpreter(), ["unused"], Console.Out, Console.Error);
        }

        Console.Error.WriteLine("This is a test assembly; 'toy-kernel -f <connection_file>' runs the toy kernel.");
        return 2;
    }
}
