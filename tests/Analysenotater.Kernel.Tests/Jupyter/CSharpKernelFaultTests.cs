namespace Analysenotater.Kernel.Tests.Jupyter;

/// <summary>
/// Faults an unlucky or hostile user causes, driven from jupyter_client against the real kernel process
/// (kernel_fault_checks.py holds the cell code and the expected replies): crashes of user code (stack overflow,
/// Environment.Exit, FailFast, out of memory) become error replies naming the cell plus a restart notice; an ignored
/// interrupt stops the worker after the grace period and nothing the cell does later happens; replays, malformed
/// content, invalid UTF-8 and oversized requests are refused or answered with an error naming the field; and the
/// conformance points is_complete, completion at the cursor, history, inspect, and display updates and clear_output
/// passed on from the worker.
/// </summary>
[Trait("Category", "Jupyter")]
public sealed class CSharpKernelFaultTests(CSharpKernelFaultFixture fixture) : IClassFixture<CSharpKernelFaultFixture>
{
    public static TheoryData<string> Checks { get; } =
    [
        "replay", "code_not_string", "invalid_utf8", "malformed_complete", "size_limit", "large_code_released",
        "is_complete_unterminated", "completion_valid_at_cursor", "history", "inspect_pager",
        "display_update_and_clear_through_the_worker", "honoured_interrupt_keeps_state", "ignored_interrupt", "stack_overflow", "environment_exit", "fail_fast", "out_of_memory",
    ];

    [Theory]
    [MemberData(nameof(Checks))]
    public void Jupyter_client_fault_check_passes(string check) => fixture.AssertPassed(check);
}
