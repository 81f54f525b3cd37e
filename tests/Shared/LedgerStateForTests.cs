using System.Runtime.CompilerServices;
using Analysenotater.Disclosure.Persistence;

namespace Analysenotater.Tests.Shared;

/// <summary>
/// Linked into every test project that starts the command line, the notebook runner or the kernel as processes. They
/// keep release ledgers between runs (in the user's state directory by
/// default). Tests never touch the real home: before any test runs, <see cref="LedgerPersistence.DirectoryVariable"/>
/// points at a new temporary folder of this test process (child processes inherit it).
/// </summary>
internal static class LedgerStateForTests
{
    /// <summary>The temporary ledger directory of this test process.</summary>
    public static string Directory { get; private set; } = "";

#pragma warning disable CA2255 // a test assembly's process-wide setting, needed before the first test
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseTemporaryLedgerDirectory()
    {
        Directory = Path.Combine(Path.GetTempPath(), "analysenotater-tests", "ledgers-" + Guid.NewGuid().ToString("N")[..12]);
        Environment.SetEnvironmentVariable(LedgerPersistence.DirectoryVariable, Directory);
    }
}
