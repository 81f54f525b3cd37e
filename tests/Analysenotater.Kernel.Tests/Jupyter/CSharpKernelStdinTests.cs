namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>
/// Standard input through Jupyter (messaging spec 5.3, stdin channel), driven by jupyter_client's
/// <c>execute_interactive(stdin_hook = …)</c>: <c>Console.ReadLine()</c> sends <c>input_request</c> with an empty prompt
/// and the execute request as parent; <c>input("…")</c> and <c>password("…")</c> send their prompt (password hidden);
/// with <c>allow_stdin = false</c> reading gives null and a note on stderr; an interrupt while waiting ends the cell
/// with an error and the next cell runs. Expected values are in kernel_stdin_checks.py.
/// </summary>
[Trait("Category", "Jupyter")]
public sealed class CSharpKernelStdinTests(CSharpKernelStdinFixture fixture) : IClassFixture<CSharpKernelStdinFixture>
{
    public static TheoryData<string> Checks { get; } = ["console_readline", "input_and_password", "no_stdin_allowed", "interrupt_while_waiting"];

    [Theory]
    [MemberData(nameof(Checks))]
    public void Jupyter_client_stdin_check_passes(string check) => fixture.AssertPassed(check);
}
