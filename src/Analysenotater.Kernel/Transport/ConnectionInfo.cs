using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analysenotater.Kernel.Transport;

/// <summary>
/// The connection file Jupyter writes for a kernel: ports, address, transport and signing key. Immutable.
/// </summary>
/// <param name="Transport"><c>tcp</c> (the only transport supported).</param>
/// <param name="Ip">Address to bind, e.g. <c>127.0.0.1</c>.</param>
/// <param name="ShellPort">Shell ROUTER port.</param>
/// <param name="IopubPort">Iopub PUB port.</param>
/// <param name="StdinPort">Stdin ROUTER port.</param>
/// <param name="ControlPort">Control ROUTER port.</param>
/// <param name="HbPort">Heartbeat REP port.</param>
/// <param name="Key">HMAC key; empty disables signing.</param>
/// <param name="SignatureScheme"><c>hmac-sha256</c>.</param>
/// <param name="KernelName">Name of the kernelspec that started the kernel, if given.</param>
public sealed record ConnectionInfo(
    string Transport,
    string Ip,
    int ShellPort,
    int IopubPort,
    int StdinPort,
    int ControlPort,
    int HbPort,
    string Key,
    string SignatureScheme,
    string? KernelName = null)
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>Reads a connection file.</summary>
    /// <param name="path">Path of the JSON connection file.</param>
    /// <returns>The connection information.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InvalidDataException">The file is missing, is not JSON, or lacks a field; the message names the file and field.</exception>
    public static ConnectionInfo Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Connection file '{path}' does not exist.");
        }

        ConnectionInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path), ReadOptions);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Connection file '{path}' is not valid: {exception.Message}", exception);
        }

        if (info is null)
        {
            throw new InvalidDataException($"Connection file '{path}' is empty (null).");
        }

        info.Validate(path);
        return info;
    }

    /// <summary>Gets the ZeroMQ address for a port, e.g. <c>tcp://127.0.0.1:5555</c>.</summary>
    /// <param name="port">The port.</param>
    /// <returns>The address.</returns>
    public string Address(int port) => $"{Transport}://{Ip}:{port}";

    private void Validate(string path)
    {
        if (!string.Equals(Transport, "tcp", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Connection file '{path}': transport '{Transport}' is not supported; use 'tcp'.");
        }

        if (string.IsNullOrWhiteSpace(Ip))
        {
            throw new InvalidDataException($"Connection file '{path}': field 'ip' is missing.");
        }

        foreach (var (name, port) in new[] { ("shell_port", ShellPort), ("iopub_port", IopubPort), ("stdin_port", StdinPort), ("control_port", ControlPort), ("hb_port", HbPort) })
        {
            if (port is <= 0 or > 65535)
            {
                throw new InvalidDataException($"Connection file '{path}': field '{name}' has value {port}; a port 1–65535 is required.");
            }
        }

        if (Key is null)
        {
            throw new InvalidDataException($"Connection file '{path}': field 'key' is missing.");
        }

        if (!string.Equals(SignatureScheme, "hmac-sha256", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Connection file '{path}': signature_scheme '{SignatureScheme}' is not supported; use 'hmac-sha256'.");
        }
    }
}
