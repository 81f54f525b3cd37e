using System.Runtime.InteropServices;
using Analysenotater.Kernel.Interpreting;
using Analysenotater.Kernel.Messaging;
using Analysenotater.Kernel.Transport;
using NetMQ;

namespace Analysenotater.Kernel.Hosting;

/// <summary>
/// Runs a kernel process on ZeroMQ sockets until it is shut down. SIGINT interrupts the running cell and the process
/// lives on (as Jupyter expects); SIGTERM stops the kernel cleanly.
/// </summary>
public static class KernelHost
{
    /// <summary>Serves a connection until <c>shutdown_request</c>, SIGTERM or <paramref name="cancellationToken"/>.</summary>
    /// <param name="connection">The connection file's content.</param>
    /// <param name="interpreter">The language engine.</param>
    /// <param name="log">The log (standard error in a kernel process).</param>
    /// <param name="cancellationToken">Stops the kernel.</param>
    /// <returns>A task that completes when the sockets are closed and pending messages are flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NetMQException">A port cannot be bound.</exception>
    public static async Task RunAsync(ConnectionInfo connection, IInterpreter interpreter, KernelLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(interpreter);
        ArgumentNullException.ThrowIfNull(log);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using (var transport = new NetMqKernelTransport(connection, log))
        {
            var kernel = new JupyterKernel(transport, interpreter, new MessageSigner(connection.Key, connection.SignatureScheme), log, limits: KernelLimits.FromEnvironment());
            ConsoleCancelEventHandler onInterrupt = (_, e) =>
            {
                // Jupyter interrupts with SIGINT: stop the running cell, keep the process (added last, so it has the last word).
                e.Cancel = true;
                kernel.Interrupt();
            };
            Console.CancelKeyPress += onInterrupt;
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                log.Info("SIGTERM: stopping.");
                stop.Cancel();
            });
            StartupTrace.Mark("supervisor", "sockets bound");
            log.Info($"Kernel listening on {connection.Address(connection.ShellPort)} (shell) and {connection.Address(connection.IopubPort)} (iopub).");
            try
            {
                await kernel.RunAsync(stop.Token).ConfigureAwait(false);
            }
            finally
            {
                Console.CancelKeyPress -= onInterrupt;
            }
        }

        NetMQConfig.Cleanup(block: true);
    }
}
