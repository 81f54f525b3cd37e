namespace Analysenotater.Kernel.Interpreting;

/// <summary>
/// Asks the frontend for a line of input on behalf of the running cell (<c>input_request</c> on the stdin channel,
/// answered by <c>input_reply</c>). The kernel's publisher for an execute request implements it when the request
/// allows stdin.
/// </summary>
public interface IInputRequester
{
    /// <summary>Sends the request and blocks the calling (cell) thread until the reply arrives.</summary>
    /// <param name="prompt">Text shown next to the input box.</param>
    /// <param name="password">True to hide the input.</param>
    /// <param name="cancellationToken">Cancelled on interrupt or shutdown.</param>
    /// <returns>The line typed.</returns>
    /// <exception cref="OperationCanceledException">The cell was interrupted or the kernel is stopping.</exception>
    string RequestInput(string prompt, bool password, CancellationToken cancellationToken);
}
