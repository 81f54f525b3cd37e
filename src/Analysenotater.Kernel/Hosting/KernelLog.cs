using System.Globalization;

namespace Analysenotater.Kernel.Hosting;

/// <summary>
/// The kernel's log: one time-stamped line per event, written to a text writer (standard error by default, which
/// Jupyter shows in its server log). Thread-safe.
/// </summary>
public sealed class KernelLog
{
    private readonly TextWriter _writer;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    /// <summary>Creates a log.</summary>
    /// <param name="writer">Where lines go.</param>
    /// <param name="time">Clock for the time stamps; the system clock when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public KernelLog(TextWriter writer, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Logs an informational line.</summary>
    /// <param name="message">The text.</param>
    public void Info(string message) => Write("INFO", message);

    /// <summary>Logs a warning, e.g. a rejected message.</summary>
    /// <param name="message">The text.</param>
    public void Warning(string message) => Write("WARN", message);

    /// <summary>Logs an error.</summary>
    /// <param name="message">The text.</param>
    public void Error(string message) => Write("ERROR", message);

    private void Write(string level, string message)
    {
        var stamp = _time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _writer.WriteLine($"[{stamp} {level} analysenotater-kernel] {message}");
            _writer.Flush();
        }
    }
}
