namespace Analysenotater.Kernel.Protocol;

/// <summary>The <c>msg_type</c> names of the messages the kernel reads and writes.</summary>
public static class MessageTypes
{
    /// <summary><c>kernel_info_request</c>.</summary>
    public const string KernelInfoRequest = "kernel_info_request";

    /// <summary><c>kernel_info_reply</c>.</summary>
    public const string KernelInfoReply = "kernel_info_reply";

    /// <summary><c>execute_request</c>.</summary>
    public const string ExecuteRequest = "execute_request";

    /// <summary><c>execute_reply</c>.</summary>
    public const string ExecuteReply = "execute_reply";

    /// <summary><c>execute_input</c>.</summary>
    public const string ExecuteInput = "execute_input";

    /// <summary><c>execute_result</c>.</summary>
    public const string ExecuteResult = "execute_result";

    /// <summary><c>display_data</c>.</summary>
    public const string DisplayData = "display_data";

    /// <summary>iopub: replaces the outputs shown with a display id.</summary>
    public const string UpdateDisplayData = "update_display_data";

    /// <summary>iopub: clears the cell's outputs.</summary>
    public const string ClearOutput = "clear_output";

    /// <summary><c>stream</c>.</summary>
    public const string Stream = "stream";

    /// <summary><c>error</c>.</summary>
    public const string Error = "error";

    /// <summary><c>status</c>.</summary>
    public const string Status = "status";

    /// <summary><c>complete_request</c>.</summary>
    public const string CompleteRequest = "complete_request";

    /// <summary><c>complete_reply</c>.</summary>
    public const string CompleteReply = "complete_reply";

    /// <summary><c>inspect_request</c>.</summary>
    public const string InspectRequest = "inspect_request";

    /// <summary><c>inspect_reply</c>.</summary>
    public const string InspectReply = "inspect_reply";

    /// <summary><c>is_complete_request</c>.</summary>
    public const string IsCompleteRequest = "is_complete_request";

    /// <summary><c>is_complete_reply</c>.</summary>
    public const string IsCompleteReply = "is_complete_reply";

    /// <summary><c>shutdown_request</c>.</summary>
    public const string ShutdownRequest = "shutdown_request";

    /// <summary><c>shutdown_reply</c>.</summary>
    public const string ShutdownReply = "shutdown_reply";

    /// <summary>Kernel → frontend on stdin: ask the user for a line of input.</summary>
    public const string InputRequest = "input_request";

    /// <summary>Frontend → kernel on stdin: the line the user typed.</summary>
    public const string InputReply = "input_reply";

    /// <summary><c>interrupt_request</c>.</summary>
    public const string InterruptRequest = "interrupt_request";

    /// <summary><c>interrupt_reply</c>.</summary>
    public const string InterruptReply = "interrupt_reply";

    /// <summary><c>comm_info_request</c>.</summary>
    public const string CommInfoRequest = "comm_info_request";

    /// <summary><c>comm_info_reply</c>.</summary>
    public const string CommInfoReply = "comm_info_reply";

    /// <summary><c>history_request</c>.</summary>
    public const string HistoryRequest = "history_request";

    /// <summary><c>history_reply</c>.</summary>
    public const string HistoryReply = "history_reply";

    /// <summary><c>comm_open</c>; this kernel has no comm targets and answers with <c>comm_close</c>.</summary>
    public const string CommOpen = "comm_open";

    /// <summary><c>comm_msg</c>; ignored (no comms are open).</summary>
    public const string CommMessage = "comm_msg";

    /// <summary><c>comm_close</c>.</summary>
    public const string CommClose = "comm_close";
}
