using Analysenotater.Kernel.Transport;

namespace Analysenotater.Kernel.Tests.Transport;

public sealed class ConnectionInfoTests
{
    [Fact]
    public void Reads_a_jupyter_client_connection_file()
    {
        // Shape as written by jupyter_client 7 (write_connection_file), including its extra kernel_name field.
        var path = Write("""
            {"shell_port": 50001, "iopub_port": 50002, "stdin_port": 50003, "control_port": 50004, "hb_port": 50005,
             "ip": "127.0.0.1", "key": "a-key", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": ".net-csharp"}
            """);
        var info = ConnectionInfo.Load(path);
        Assert.Equal("tcp://127.0.0.1:50004", info.Address(info.ControlPort));
        Assert.Equal("a-key", info.Key);
        Assert.Equal(".net-csharp", info.KernelName);
    }

    [Fact]
    public void Missing_file_is_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => ConnectionInfo.Load("/nonexistent/kernel-1.json"));
        Assert.Contains("/nonexistent/kernel-1.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_port_names_file_field_and_value()
    {
        var path = Write("""{"shell_port": 0, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "ip": "127.0.0.1", "key": "", "transport": "tcp", "signature_scheme": "hmac-sha256"}""");
        var error = Assert.Throws<InvalidDataException>(() => ConnectionInfo.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("'shell_port' has value 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ipc_transport_is_refused_clearly()
    {
        var path = Write("""{"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "ip": "kernel", "key": "", "transport": "ipc", "signature_scheme": "hmac-sha256"}""");
        var error = Assert.Throws<InvalidDataException>(() => ConnectionInfo.Load(path));
        Assert.Contains("transport 'ipc' is not supported", error.Message, StringComparison.Ordinal);
    }

    private static string Write(string json)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("connection-").FullName, "kernel.json");
        File.WriteAllText(path, json);
        return path;
    }
}
