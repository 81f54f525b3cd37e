using System.Text;
using System.Text.Json;
using Analysenotater.Kernel.Messaging;
using Analysenotater.Kernel.Protocol;

namespace Analysenotater.Kernel.Tests.Contracts;

/// <summary>
/// Every message the kernel sends, serialised with a fixed id, time and key, compared byte for byte with a reviewed
/// file in Expectations/Contracts (the frames as UTF-8 strings). On a mismatch the test writes *.received.json beside
/// the approved file for review. verify_contracts.py checks the approved files with jupyter_client's own Session.
/// </summary>
public sealed class MessageContractTests
{
    public const string Key = "contract-key";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JupyterMessage Request = Parse(
        """{"msg_id":"request-1","session":"frontend-session","username":"frontend","date":"2026-11-22T20:00:00.000000Z","msg_type":"execute_request","version":"5.3"}""");

    public static TheoryData<string> Cases => new(ContractCases().Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Message_matches_approved_contract(string name)
    {
        var (messageType, content, broadcast) = ContractCases()[name];
        var factory = new MessageFactory("kernel-session", "kernel", new FixedTimeProvider(new DateTimeOffset(2026, 11, 22, 20, 0, 1, 250, TimeSpan.Zero)), () => "00000000-0000-0000-0000-000000000000");
        var message = broadcast ? factory.CreateBroadcast(Request, messageType, content) : factory.CreateReply(Request, messageType, content);
        var frames = new WireCodec(new MessageSigner(Key)).Encode(message).Select(Encoding.UTF8.GetString).ToList();
        var received = JsonSerializer.Serialize(new { frames }, Indented) + "\n";

        var folder = Path.Combine(SourceDirectory(), "Expectations", "Contracts");
        var approvedPath = Path.Combine(folder, $"{name}.approved.json");
        var receivedPath = Path.Combine(folder, $"{name}.received.json");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved != received)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(receivedPath, received);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(approved is not null, $"No approved contract for {name}; review {receivedPath} and rename it to .approved.json.");
        Assert.Equal(approved, received);
    }

    internal static Dictionary<string, (string Type, object Content, bool Broadcast)> ContractCases()
    {
        var language = new LanguageInfo("C#", "14.0", "text/x-csharp", ".cs", "csharp", "text/x-csharp");
        var html = new Dictionary<string, JsonElement>
        {
            ["text/plain"] = JsonSerializer.SerializeToElement("Tabell 1"),
            ["text/html"] = JsonSerializer.SerializeToElement("<table><tr><td>Fornøyd</td><td>87,5 %</td></tr></table>"),
        };
        var plotly = new Dictionary<string, JsonElement>
        {
            ["application/vnd.plotly.v1+json"] = JsonDocument.Parse("""{"data":[{"type":"bar","x":["Ja","Nei"],"y":[3,1]}],"layout":{}}""").RootElement.Clone(),
            ["text/plain"] = JsonSerializer.SerializeToElement("GenericChart"),
        };
        var empty = new Dictionary<string, JsonElement>();
        var types = JsonSerializer.SerializeToElement(new[] { new { start = 4, end = 7, text = "Length", type = "property", signature = "int string.Length" } });
        return new()
        {
            ["kernel_info_reply"] = (MessageTypes.KernelInfoReply, new KernelInfoReply("ok", "5.3", "analysenotater", "1.0.0", language, "Analysenotater C# kernel", [new HelpLink("C#", "https://learn.microsoft.com/dotnet/csharp/")], false), false),
            ["status_busy"] = (MessageTypes.Status, new StatusContent(ExecutionState.Busy), true),
            ["execute_input"] = (MessageTypes.ExecuteInput, new ExecuteInput("var x = 40;\nx + 2", 3), true),
            ["stream_stdout"] = (MessageTypes.Stream, new StreamText("stdout", "hei, verden\n"), true),
            ["display_data_html"] = (MessageTypes.DisplayData, new DisplayData(html, empty, empty), true),
            ["display_data_plotly"] = (MessageTypes.DisplayData, new DisplayData(plotly, empty, empty), true),
            ["execute_result"] = (MessageTypes.ExecuteResult, new ExecuteResult(3, new Dictionary<string, JsonElement> { ["text/plain"] = JsonSerializer.SerializeToElement("42") }, empty), true),
            ["error"] = (MessageTypes.Error, new ErrorContent("CompilationError", "(cell 3, line 1): CS0103: The name 'y' does not exist in the current context", ["CompilationError: (cell 3, line 1): CS0103: The name 'y' does not exist in the current context"]), true),
            ["execute_reply_ok"] = (MessageTypes.ExecuteReply, ExecuteReply.Ok(3), false),
            ["execute_reply_error"] = (MessageTypes.ExecuteReply, ExecuteReply.Error(3, "CompilationError", "(cell 3, line 1): CS0103", ["CompilationError: (cell 3, line 1): CS0103"]), false),
            ["execute_reply_aborted"] = (MessageTypes.ExecuteReply, ExecuteReply.Aborted(3), false),
            ["complete_reply"] = (MessageTypes.CompleteReply, new CompleteReply("ok", ["Length"], 4, 7, new Dictionary<string, JsonElement> { ["_jupyter_types_experimental"] = types }), false),
            ["inspect_reply"] = (MessageTypes.InspectReply, new InspectReply("ok", true, new Dictionary<string, JsonElement> { ["text/plain"] = JsonSerializer.SerializeToElement("void Console.WriteLine(string? value)\n\nWrites the specified string value, followed by the current line terminator, to the standard output stream.") }, empty), false),
            ["is_complete_reply_incomplete"] = (MessageTypes.IsCompleteReply, new IsCompleteReply("incomplete", "    "), false),
            ["is_complete_reply_complete"] = (MessageTypes.IsCompleteReply, new IsCompleteReply("complete"), false),
            ["interrupt_reply"] = (MessageTypes.InterruptReply, new InterruptReply("ok"), false),
            ["shutdown_reply"] = (MessageTypes.ShutdownReply, new ShutdownReply("ok", false), false),
            ["comm_info_reply"] = (MessageTypes.CommInfoReply, new CommInfoReply("ok", empty), false),
            ["history_reply"] = (MessageTypes.HistoryReply, new HistoryReply("ok", []), false),
            ["comm_close"] = (MessageTypes.CommClose, new CommCloseContent("c-1", empty), true),
        };
    }

    private static JupyterMessage Parse(string header)
    {
        var parsed = JsonSerializer.Deserialize<MessageHeader>(header, ProtocolJson.Options)!;
        return new JupyterMessage(["frontend-7"u8.ToArray()], parsed, Encoding.UTF8.GetBytes(header), "{}"u8.ToArray(), ProtocolJson.EmptyObjectElement, ProtocolJson.EmptyObjectElement, []);
    }

    internal static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
