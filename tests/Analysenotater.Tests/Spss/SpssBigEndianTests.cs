using System.Buffers.Binary;
using System.Text;
using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>
/// PSPP writes only little-endian files, so a big-endian file (as old SPSS on SPARC or PowerPC wrote) is assembled here
/// byte by byte from the record layouts in PSPP's «System File Format» documentation; the expected values are the ones
/// put in.
/// </summary>
public sealed class SpssBigEndianTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_big_endian_file_is_read(bool compressed)
    {
        var f = SpssReader.Read(new MemoryStream(Build(compressed)), "be.sav");
        Assert.Equal(compressed ? SpssCompression.Bytecode : SpssCompression.None, f.Info.Compression);
        var x = f.GetVariable("X");
        Assert.Equal("Alder", x.Label);
        Assert.Equal("F8.2", x.PrintFormat.ToString());
        Assert.Equal([99.0], x.MissingValues.Numbers);
        Assert.Equal("Ubesvart", x.LabelOf(99));
        Assert.Equal(42.5, f.Numbers("X")[0]);
        Assert.True(double.IsNaN(f.Numbers("X")[1]));
        Assert.Equal(["ab", "xyz"], f.Texts("S"));
    }

    private static byte[] Build(bool compressed)
    {
        var ms = new MemoryStream();
        void I(int v)
        {
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(b, v);
            ms.Write(b);
        }

        void D(double v)
        {
            Span<byte> b = stackalloc byte[8];
            BinaryPrimitives.WriteDoubleBigEndian(b, v);
            ms.Write(b);
        }

        void S(string s, int length) => ms.Write(Encoding.ASCII.GetBytes(s.PadRight(length)));

        // File header.
        S("$FL2", 4);
        S("@(#) SPSS DATA FILE hand-made big-endian test", 60);
        I(2);
        I(2);
        I(compressed ? 1 : 0);
        I(0);
        I(2);
        D(100.0);
        S("01 Jan 99", 9);
        S("12:00:00", 8);
        S("", 64);
        ms.Write(new byte[3]);

        // Numeric X with label «Alder», one missing value 99, format F8.2.
        I(2); I(0); I(1); I(1); I(0x050802); I(0x050802); S("X", 8);
        I(5); S("Alder", 8);
        D(99);

        // String S, width 3.
        I(2); I(3); I(0); I(0); I(0x010300); I(0x010300); S("S", 8);

        // Value label 99 «Ubesvart» for variable 1.
        I(3); I(1); D(99); ms.WriteByte(8); S("Ubesvart", 15);
        I(4); I(1); I(1);

        // Encoding, end of dictionary.
        I(7); I(20); I(1); I(5); S("UTF-8", 5);
        I(999); I(0);

        if (compressed)
        {
            ms.Write([253, 253, 255, 253, 252, 0, 0, 0]);
            D(42.5);
            S("ab", 8);
            S("xyz", 8);
        }
        else
        {
            D(42.5);
            S("ab", 8);
            D(-double.MaxValue);
            S("xyz", 8);
        }

        return ms.ToArray();
    }
}
