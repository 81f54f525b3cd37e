using System.Globalization;
using System.Text;
using Analysenotater.Disclosure.Persistence;

namespace Analysenotater.Notebooks.Tests.Cli;

/// <summary>
/// Issue 17 across sessions: <c>analysenotater table file.csv q9 --by kommune</c> and then <c>… --by kommunestorrelse</c>
/// on a generated file where a municipality of 2 lies in a size group with two shown municipalities. «Liten» minus
/// the two shown municipalities is the hidden one; the second invocation must not allow it. Before the ledger was
/// kept per data source (and in a state file), every invocation had a fresh ledger and the subtraction worked; the
/// control runs with a fresh state file show that it still works there, so the tests can fail.
/// </summary>
public sealed class LedgerAcrossInvocationsCliTests
{
    /// <summary>
    /// 82 respondents: municipalities 1–5 with 20, 20, 2, 20, 20; size group 1 (Liten) = 1–3, 2 (Mellomstor) = 4–5;
    /// q9 cycles 1–5. <paramref name="salt"/> names an extra column so each test's file has content of its own.
    /// </summary>
    internal static string WriteNested(string dir, string salt)
    {
        int[] sizes = [20, 20, 2, 20, 20];
        var sb = new StringBuilder("q9,kommune,kommunestorrelse,x_" + salt + "\n");
        var i = 0;
        for (var k = 0; k < sizes.Length; k++)
        {
            for (var j = 0; j < sizes[k]; j++, i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{1 + (i % 5)},{k + 1},{(k < 3 ? 1 : 2)},0\n");
            }
        }

        var path = Path.Combine(dir, "nestet.csv");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    /// <summary>The n per column of a text table («Totalt» and each group; «*» for hidden), read from its n row.</summary>
    internal static Dictionary<string, string> Counts(string stdout)
    {
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.First(l => l.StartsWith("Svar ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
        var n = lines.First(l => l.StartsWith("Antall gyldige svar (n)", StringComparison.Ordinal))["Antall gyldige svar (n)".Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return header.Zip(n).ToDictionary(p => p.First, p => p.Second);
    }

    private static bool Shown(Dictionary<string, string> counts, string group) => int.TryParse(counts[group], CultureInfo.InvariantCulture, out _);

    /// <summary>Municipality 3 (n = 2) is hidden, and «Liten» − municipalities 1 and 2 would give it.</summary>
    internal static bool Derivable(Dictionary<string, string> byKommune, Dictionary<string, string> bySize) =>
        byKommune["3"] == "*" && Shown(byKommune, "1") && Shown(byKommune, "2") && Shown(bySize, "Liten");

    private static async Task<Dictionary<string, string>> Table(string file, string by, params string[] more)
    {
        var (code, stdout, stderr) = await CliRun.Invoke(["table", file, "q9", "--by", by, .. more]);
        Assert.True(code == 0, stderr);
        return Counts(stdout);
    }

    [Fact]
    public async Task Table_by_municipality_then_by_size_group_in_two_invocations_cannot_give_the_hidden_municipality()
    {
        var dir = TestFiles.NewScratchFolder();
        var file = WriteNested(dir, Guid.NewGuid().ToString("N")[..10]);
        var state = Path.Combine(dir, "tilstand") + Path.DirectorySeparatorChar;
        var byKommune = await Table(file, "kommune", "--ledger", state);
        Assert.Equal("*", byKommune["3"]);
        Assert.Equal("82", byKommune["Totalt"]);
        var stateFile = Assert.Single(Directory.GetFiles(state));

        var bySize = await Table(file, "kommunestorrelse", "--ledger", state);
        Assert.False(Derivable(byKommune, bySize));

        // As a new process would: the state file under another name is read afresh (nothing of this process is reused).
        var copy = Path.Combine(dir, "kopi.ledger");
        File.Copy(stateFile, copy);
        var (code, stdout, _) = await CliRun.Invoke("table", file, "q9", "--by", "kommunestorrelse", "--ledger", copy);
        Assert.Equal(0, code);
        Assert.False(Derivable(byKommune, Counts(stdout)));
        Assert.Contains("på tvers av tabeller", stdout, StringComparison.Ordinal);

        // Control: a fresh ledger (what every invocation had before) lets the subtraction through.
        Assert.True(Derivable(byKommune, await Table(file, "kommunestorrelse", "--ledger", Path.Combine(dir, "ny.ledger"))));
    }

    [Fact]
    public async Task Two_real_processes_share_the_ledger_through_the_default_state_directory()
    {
        var dir = TestFiles.NewScratchFolder();
        var file = WriteNested(dir, Guid.NewGuid().ToString("N")[..10]);
        var cli = Path.Combine(AppContext.BaseDirectory, "Analysenotater.Cli.dll");
        var state = Path.Combine(dir, "state");
        (int, string) Run(string by)
        {
            var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { cli, "table", file, "q9", "--by", by })
            {
                psi.ArgumentList.Add(a);
            }

            psi.Environment[LedgerPersistence.DirectoryVariable] = state;
            using var p = System.Diagnostics.Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)));
            return (p.ExitCode, stdout.Result + "\n" + stderr.Result);
        }

        var (c1, first) = Run("kommune");
        Assert.True(c1 == 0, first);
        var (c2, second) = Run("kommunestorrelse");
        Assert.True(c2 == 0, second);
        Assert.Single(Directory.GetFiles(state, "*.ledger"));
        Assert.False(Derivable(Counts(first), Counts(second)));
    }

    [Fact]
    public async Task A_damaged_state_file_stops_the_command_with_exit_2_and_a_message_naming_the_file()
    {
        var dir = TestFiles.NewScratchFolder();
        var file = WriteNested(dir, Guid.NewGuid().ToString("N")[..10]);
        var ledger = Path.Combine(dir, "logg.ledger");
        _ = await Table(file, "kommune", "--ledger", ledger);
        var bytes = File.ReadAllBytes(ledger);
        File.WriteAllBytes(ledger, bytes[..^3]);
        var (code, stdout, stderr) = await CliRun.Invoke("table", file, "q9", "--by", "kommunestorrelse", "--ledger", ledger);
        Assert.Equal(2, code);
        Assert.Contains(ledger, stderr, StringComparison.Ordinal);
        Assert.Contains("slett eller flytt filen", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Liten", stdout, StringComparison.Ordinal);
    }
}
