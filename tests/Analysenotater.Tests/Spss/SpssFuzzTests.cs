using System.Buffers.Binary;
using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>
/// Mutates the PSPP fixtures and a writer-made file (truncation at every 7th byte, seeded random byte changes, seeded
/// bad 32-bit lengths) and checks that every case ends in a valid read or in <see cref="SpssFormatException"/> with the
/// byte offset and record in its message, within 10 s. Other exception types, including ones the reader's last-resort
/// guard would wrap («unexpected content»), fail the test.
/// </summary>
public sealed class SpssFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Files => new()
    {
        "fixture-uncompressed.sav",
        "fixture-compressed.sav",
        "fixture.zsav",
        "fixture-1252.sav",
        "writer",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Truncation_at_every_7th_byte(string name)
    {
        var bytes = Load(name);
        for (var len = 0; len < bytes.Length; len += 7)
        {
            Check(bytes.AsSpan(0, len).ToArray(), $"{name} truncated to {len} bytes");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Random_byte_changes(string name)
    {
        var bytes = Load(name);
        var rng = new Random(9001 + name.Length);
        for (var i = 0; i < 400; i++)
        {
            var copy = (byte[])bytes.Clone();
            var n = 1 + rng.Next(4);
            for (var k = 0; k < n; k++)
            {
                copy[rng.Next(copy.Length)] = (byte)rng.Next(256);
            }

            Check(copy, $"{name} random change {i}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Bad_lengths_and_counts(string name)
    {
        var bytes = Load(name);
        var rng = new Random(4242 + name.Length);
        int[] nasty = [int.MaxValue, int.MinValue, -1, -2, 0, 1, 255, 256, 65536, 0x7fff0000, 1 << 24];
        for (var i = 0; i < 400; i++)
        {
            var copy = (byte[])bytes.Clone();
            // Any aligned 32-bit field: lengths, counts, types, indexes, ZLIB offsets and sizes.
            var at = rng.Next(copy.Length / 4) * 4;
            if (at + 4 > copy.Length)
            {
                continue;
            }

            BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(at), nasty[rng.Next(nasty.Length)]);
            Check(copy, $"{name} int32 at {at} changed (case {i})");
        }
    }

    private static byte[] Load(string name) => name == "writer"
        ? SpssWriter.ToBytes(SpssTestData.Make(11, 30), new SpssWriteOptions { CreationTime = new DateTime(2020, 1, 1) })
        : File.ReadAllBytes(SpssTestFiles.PathOf(name));

    private static void Check(byte[] content, string what)
    {
        var task = Task.Run(() =>
        {
            try
            {
                var f = SpssReader.Read(new MemoryStream(content, writable: false), what);
                Assert.True(f.CaseCount >= 0);
                return (Exception?)null;
            }
            catch (SpssFormatException ex)
            {
                return ex;
            }
        });
        Assert.True(task.Wait(Limit), $"{what}: the reader did not finish within {Limit.TotalSeconds} s.");
        if (task.Result is SpssFormatException ex)
        {
            Assert.True(ex.Record != "unexpected content", $"{what}: an internal error escaped the checks: {ex.InnerException}");
            Assert.Contains("byte offset", ex.Message, StringComparison.Ordinal);
        }
    }
}
