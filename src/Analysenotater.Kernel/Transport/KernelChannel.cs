namespace Analysenotater.Kernel.Transport;

/// <summary>The kernel's message channels (heartbeat is handled inside the transport and never surfaces).</summary>
public enum KernelChannel
{
    /// <summary>Requests from frontends (ROUTER): execute, complete, inspect, kernel_info…</summary>
    Shell,

    /// <summary>Priority requests (ROUTER), served even while a cell runs: interrupt, shutdown.</summary>
    Control,

    /// <summary>Input requests to frontends (ROUTER); unused by this kernel but bound.</summary>
    Stdin,

    /// <summary>Broadcasts (PUB): status, stream, display_data, execute_result, error.</summary>
    IoPub,
}
