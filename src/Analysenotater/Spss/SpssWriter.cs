using System.Globalization;
using System.Text;

namespace Analysenotater.Spss;

/// <summary>
/// Writes SPSS system files (.sav, bytecode-compressed, or .zsav, bytecode inside ZLIB blocks; UTF-8): variable and value labels (long string value labels
/// in record 7/21), user-missing values (discrete, ranges with LO/HI as ±infinity, long string missing values in
/// record 7/22), measurement levels and display widths, long variable names (record 7/13), very long strings
/// (record 7/14), multiple-response sets (record 7/7), documents and the weight variable. Output is byte-identical for
/// the same content and <see cref="SpssWriteOptions.CreationTime"/>.
/// </summary>
/// <remarks>
/// Missing-value policy: <see cref="double.NaN"/> is written as system-missing; user-missing values are written as
/// values with their specification. Labels longer than SPSS allows (variable and value labels 255 bytes, file label
/// 64 bytes, document lines 80 bytes) are cut at a UTF-8 character boundary.
/// </remarks>
public static class SpssWriter
{
    private const int Bias = 100;

    /// <summary>Uncompressed bytes per ZLIB block of a .zsav: SPSS's and PSPP's 0x3FF000 (PSPP warns about any other size).</summary>
    private const int ZlibBlockSize = 0x3FF000;
    private static readonly string[] Reserved = ["ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"];

    /// <summary>Writes <paramref name="file"/> to <paramref name="path"/> (created or overwritten).</summary>
    /// <exception cref="ArgumentException">A variable name is not a valid SPSS name, a string value is wider than its variable, or a specification does not fit SPSS (for example more than three discrete missing values).</exception>
    public static void Write(SpssFile file, string path, SpssWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new SpssWriteOptions();
        if (options.Compression is null && path.EndsWith(".zsav", StringComparison.OrdinalIgnoreCase))
        {
            options = options with { Compression = SpssCompression.Zlib };
        }

        var bytes = ToBytes(file, options);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Writes <paramref name="file"/> to a stream.</summary>
    /// <exception cref="ArgumentException">As for <see cref="Write(SpssFile, string, SpssWriteOptions?)"/>.</exception>
    public static void Write(SpssFile file, Stream stream, SpssWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ToBytes(file, options);
        stream.Write(bytes);
    }

    /// <summary>The bytes of the .sav file for <paramref name="file"/>.</summary>
    /// <exception cref="ArgumentException">As for <see cref="Write(SpssFile, string, SpssWriteOptions?)"/>.</exception>
    public static byte[] ToBytes(SpssFile file, SpssWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        options ??= new SpssWriteOptions();
        var zlib = options.Compression == SpssCompression.Zlib;
        if (options.Compression == SpssCompression.None)
        {
            throw new ArgumentException("Uncompressed output is not written; use SpssCompression.Bytecode (.sav) or Zlib (.zsav).", nameof(options));
        }

        var layout = Layout(file);
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            WriteHeader(w, file, layout, options, zlib);
            WriteVariables(w, file, layout);
            WriteValueLabels(w, file, layout);
            WriteDocuments(w, file);
            WriteExtensions(w, file, layout);
            w.Write(999);
            w.Write(0);
            if (zlib)
            {
                using var data = new MemoryStream();
                using (var dw = new BinaryWriter(data, Encoding.UTF8, leaveOpen: true))
                {
                    WriteData(dw, file, layout);
                }

                WriteZlib(w, data.GetBuffer().AsSpan(0, (int)data.Length), ZlibBlockSize);
            }
            else
            {
                WriteData(w, file, layout);
            }
        }

        return ms.ToArray();
    }

    /// <summary>
    /// The ZLIB part of a .zsav (PSPP's "System File Format", ZLIB compressed data): a header (its own offset, the
    /// trailer's offset and length), the bytecode-compressed data cut into blocks of <paramref name="blockSize"/> bytes,
    /// each an RFC 1950 zlib stream, and a trailer (−bias, 0, block size, block count, then per block its offset in an
    /// equivalent bytecode .sav — the first at the header's offset —, its offset in this file and both sizes).
    /// </summary>
    private static void WriteZlib(BinaryWriter w, ReadOnlySpan<byte> data, int blockSize)
    {
        w.Flush();
        var headerOffset = w.BaseStream.Position;
        var blocks = new List<(long UOffset, long COffset, int USize, int CSize)>();
        var compressed = new List<byte[]>();
        var uOffset = headerOffset;
        var cOffset = headerOffset + 24;
        for (var start = 0; ; start += blockSize)
        {
            var size = Math.Min(blockSize, data.Length - start);
            using var block = new MemoryStream();
            using (var z = new System.IO.Compression.ZLibStream(block, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(data.Slice(start, size));
            }

            var bytes = block.ToArray();
            blocks.Add((uOffset, cOffset, size, bytes.Length));
            compressed.Add(bytes);
            uOffset += size;
            cOffset += bytes.Length;
            if (start + size >= data.Length)
            {
                break;
            }
        }

        var trailerOffset = cOffset;
        var trailerLength = 24 + (24L * blocks.Count);
        w.Write(headerOffset);
        w.Write(trailerOffset);
        w.Write(trailerLength);
        foreach (var bytes in compressed)
        {
            w.Write(bytes);
        }

        w.Write((long)-Bias);
        w.Write(0L);
        w.Write(blockSize);
        w.Write(blocks.Count);
        foreach (var (u, c, us, cs) in blocks)
        {
            w.Write(u);
            w.Write(c);
            w.Write(us);
            w.Write(cs);
        }
    }

    private sealed record Seg(string ShortName, int Width, int DictIndex)
    {
        public int Elements => Width == 0 ? 1 : (Width + 7) / 8;
    }

    private sealed record VarLayout(SpssVariable Var, IReadOnlyList<Seg> Segs);

    private static List<VarLayout> Layout(SpssFile file)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<VarLayout>();
        var dictIndex = 1;
        foreach (var v in file.Variables)
        {
            CheckName(v.Name);
            if (v.Width is < 0 or > 32767)
            {
                throw new ArgumentException($"Variable '{v.Name}': width {v.Width} is outside 0–32767.", nameof(file));
            }

            var baseName = Cut(v.Name.ToUpperInvariant(), 8);
            var segs = new List<Seg>();
            var widths = SegmentWidths(v.Width);
            for (var s = 0; s < widths.Count; s++)
            {
                var shortName = Unique(s == 0 ? baseName : Cut(baseName, 5), used, s);
                var seg = new Seg(shortName, widths[s], dictIndex);
                dictIndex += seg.Elements;
                segs.Add(seg);
            }

            result.Add(new VarLayout(v, segs));
        }

        return result;
    }

    private static List<int> SegmentWidths(int width)
    {
        if (width <= 255)
        {
            return [width];
        }

        var n = (width + 251) / 252;
        var list = Enumerable.Repeat(255, n - 1).ToList();
        list.Add(width - ((n - 1) * 252));
        return list;
    }

    private static string Unique(string candidate, HashSet<string> used, int segment)
    {
        if (segment == 0 && used.Add(candidate))
        {
            return candidate;
        }

        for (var n = segment == 0 ? 1 : segment; n < 1_000_000; n++)
        {
            var suffix = n.ToString(CultureInfo.InvariantCulture);
            var c = Cut(candidate, 8 - suffix.Length) + suffix;
            if (used.Add(c))
            {
                return c;
            }
        }

        throw new ArgumentException($"No unique short name could be made for '{candidate}'.");
    }

    private static void CheckName(string name)
    {
        var ok = name.Length > 0 && Encoding.UTF8.GetByteCount(name) <= 64 && (char.IsLetter(name[0]) || name[0] == '@')
            && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '$' or '#' or '@') && !name.EndsWith('.')
            && !Reserved.Contains(name.ToUpperInvariant());
        if (!ok)
        {
            throw new ArgumentException($"'{name}' is not a valid SPSS variable name (1–64 bytes; starts with a letter or @; letters, digits, . _ $ # @; not a reserved word).");
        }
    }

    /// <summary>Cuts <paramref name="s"/> to at most <paramref name="maxBytes"/> UTF-8 bytes at a character boundary.</summary>
    private static string Cut(string s, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(s) <= maxBytes)
        {
            return s;
        }

        var sb = new StringBuilder();
        var bytes = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes)
            {
                break;
            }

            sb.Append(rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }

        return sb.ToString();
    }

    private static byte[] Padded(string s, int length, int maxBytes)
    {
        var b = new byte[length];
        Array.Fill(b, (byte)' ');
        var bytes = Encoding.UTF8.GetBytes(Cut(s, Math.Min(length, maxBytes)));
        bytes.CopyTo(b, 0);
        return b;
    }

    private static void WriteHeader(BinaryWriter w, SpssFile file, List<VarLayout> layout, SpssWriteOptions options, bool zlib)
    {
        w.Write(zlib ? "$FL3"u8 : "$FL2"u8);
        w.Write(Padded("@(#) SPSS DATA FILE Analysenotater", 60, 60));
        w.Write(2);
        w.Write(layout.Sum(v => v.Segs.Sum(s => s.Elements)));
        w.Write(zlib ? 2 : 1);
        var weight = 0;
        if (file.Info.WeightVariable is { } wname)
        {
            var wv = layout.FirstOrDefault(v => string.Equals(v.Var.Name, wname, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"The weight variable '{wname}' is not among the variables.", nameof(file));
            if (!wv.Var.IsNumeric)
            {
                throw new ArgumentException($"The weight variable '{wname}' is not numeric.", nameof(file));
            }

            weight = wv.Segs[0].DictIndex;
        }

        w.Write(weight);
        w.Write(file.CaseCount);
        w.Write((double)Bias);
        var t = options.CreationTime ?? DateTime.Now;
        w.Write(Encoding.ASCII.GetBytes(t.ToString("dd MMM yy", CultureInfo.InvariantCulture)));
        w.Write(Encoding.ASCII.GetBytes(t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)));
        w.Write(Padded(options.FileLabel ?? file.Info.FileLabel, 64, 64));
        w.Write(new byte[3]);
    }

    private static void WriteVariables(BinaryWriter w, SpssFile file, List<VarLayout> layout)
    {
        foreach (var vl in layout)
        {
            var v = vl.Var;
            for (var s = 0; s < vl.Segs.Count; s++)
            {
                var seg = vl.Segs[s];
                var first = s == 0;
                var label = first && v.Label is { } l ? Encoding.UTF8.GetBytes(Cut(l, 255)) : null;
                var missing = first ? MissingForRecord(v) : (0, []);
                w.Write(2);
                w.Write(seg.Width);
                w.Write(label is null ? 0 : 1);
                w.Write(missing.Count);
                var format = v.IsNumeric ? NumericFormat(v.PrintFormat) : SpssFormat.String(Math.Min(255, seg.Width));
                var wformat = v.IsNumeric ? NumericFormat(v.WriteFormat) : format;
                w.Write(format.Packed);
                w.Write(wformat.Packed);
                w.Write(Padded(seg.ShortName, 8, 8));
                if (label is not null)
                {
                    w.Write(label.Length);
                    w.Write(label);
                    w.Write(new byte[(4 - (label.Length % 4)) % 4]);
                }

                foreach (var m in missing.Values)
                {
                    w.Write(m);
                }

                for (var k = 1; k < seg.Elements; k++)
                {
                    w.Write(2);
                    w.Write(-1);
                    w.Write(0);
                    w.Write(0);
                    w.Write(0);
                    w.Write(0);
                    w.Write(Padded("", 8, 8));
                }
            }
        }
    }

    private static SpssFormat NumericFormat(SpssFormat f) => f.TypeCode == SpssFormat.StringType || f.Width == 0 ? SpssFormat.Number(8, 2) : f;

    private static (int Count, IReadOnlyList<byte[]> Values) MissingForRecord(SpssVariable v)
    {
        var m = v.MissingValues;
        if (m.IsEmpty)
        {
            return (0, []);
        }

        if (v.IsNumeric)
        {
            if (m.Texts.Count > 0)
            {
                throw new ArgumentException($"Variable '{v.Name}' is numeric but has string missing values.");
            }

            if (m.RangeLow is { } lo)
            {
                var hi = m.RangeHigh ?? throw new ArgumentException($"Variable '{v.Name}': a missing range needs both ends.");
                if (m.Numbers.Count > 1)
                {
                    throw new ArgumentException($"Variable '{v.Name}': a missing range allows at most one more discrete value; {m.Numbers.Count} given.");
                }

                var list = new List<byte[]> { Bytes(ToFile(lo)), Bytes(ToFile(hi)) };
                list.AddRange(m.Numbers.Select(n => Bytes(n)));
                return (m.Numbers.Count == 0 ? -2 : -3, list);
            }

            if (m.Numbers.Count > 3)
            {
                throw new ArgumentException($"Variable '{v.Name}': SPSS allows at most three discrete missing values; {m.Numbers.Count} given.");
            }

            return (m.Numbers.Count, [.. m.Numbers.Select(n => Bytes(n))]);
        }

        if (m.RangeLow is not null || m.Numbers.Count > 0)
        {
            throw new ArgumentException($"Variable '{v.Name}' is a string but has numeric missing values.");
        }

        if (m.Texts.Count > 3)
        {
            throw new ArgumentException($"Variable '{v.Name}': SPSS allows at most three missing strings; {m.Texts.Count} given.");
        }

        foreach (var t in m.Texts)
        {
            if (Encoding.UTF8.GetByteCount(t) > Math.Min(8, v.Width))
            {
                throw new ArgumentException($"Variable '{v.Name}': missing string \"{t}\" is longer than 8 bytes (or the variable's width), which SPSS does not allow.");
            }
        }

        // Strings wider than 8 bytes carry their missing values in record 7/22 instead.
        return v.Width > 8 ? (0, []) : (m.Texts.Count, [.. m.Texts.Select(t => Padded(t, 8, 8))]);
    }

    private static double ToFile(double v) => v switch
    {
        double.NegativeInfinity => Math.BitIncrement(-double.MaxValue),
        double.PositiveInfinity => double.MaxValue,
        _ => v,
    };

    private static byte[] Bytes(double v) => BitConverter.GetBytes(v);

    private static void WriteValueLabels(BinaryWriter w, SpssFile file, List<VarLayout> layout)
    {
        foreach (var vl in layout)
        {
            var v = vl.Var;
            if (v.ValueLabels.Count == 0 || v.Width > 8)
            {
                continue;
            }

            w.Write(3);
            w.Write(v.ValueLabels.Count);
            foreach (var l in v.ValueLabels)
            {
                if (v.IsNumeric)
                {
                    w.Write(l.Number ?? throw new ArgumentException($"Variable '{v.Name}' is numeric but a value label has a string value."));
                }
                else
                {
                    var text = l.Text ?? throw new ArgumentException($"Variable '{v.Name}' is a string but a value label has a numeric value.");
                    CheckFits(v, text);
                    w.Write(Padded(text, 8, 8));
                }

                var label = Encoding.UTF8.GetBytes(Cut(l.Label, 255));
                w.Write((byte)label.Length);
                w.Write(label);
                w.Write(new byte[(8 - ((label.Length + 1) % 8)) % 8]);
            }

            w.Write(4);
            w.Write(1);
            w.Write(vl.Segs[0].DictIndex);
        }
    }

    private static void CheckFits(SpssVariable v, string text)
    {
        if (Encoding.UTF8.GetByteCount(text) > v.Width)
        {
            throw new ArgumentException($"Variable '{v.Name}': value \"{text}\" needs {Encoding.UTF8.GetByteCount(text)} bytes but the variable is {v.Width} bytes wide.");
        }
    }

    private static void WriteDocuments(BinaryWriter w, SpssFile file)
    {
        if (file.Documents.Count == 0)
        {
            return;
        }

        var lines = new List<byte[]>();
        foreach (var d in file.Documents)
        {
            var rest = d;
            do
            {
                var part = Cut(rest, 80);
                lines.Add(Padded(part, 80, 80));
                rest = rest[part.Length..];
            }
            while (rest.Length > 0);
        }

        w.Write(6);
        w.Write(lines.Count);
        foreach (var l in lines)
        {
            w.Write(l);
        }
    }

    private static void Extension(BinaryWriter w, int subtype, int size, byte[] data)
    {
        w.Write(7);
        w.Write(subtype);
        w.Write(size);
        w.Write(data.Length / size);
        w.Write(data);
    }

    private static void WriteExtensions(BinaryWriter w, SpssFile file, List<VarLayout> layout)
    {
        using (var ms = new MemoryStream())
        using (var b = new BinaryWriter(ms))
        {
            // Machine integer info: version 1.0.0, machine code −1, IEEE 754, compression 1, little-endian, UTF-8.
            foreach (var x in new[] { 1, 0, 0, -1, 1, 1, 2, 65001 })
            {
                b.Write(x);
            }

            b.Flush();
            Extension(w, 3, 4, ms.ToArray());
        }

        using (var ms = new MemoryStream())
        using (var b = new BinaryWriter(ms))
        {
            b.Write(-double.MaxValue);
            b.Write(double.MaxValue);
            b.Write(Math.BitIncrement(-double.MaxValue));
            b.Flush();
            Extension(w, 4, 8, ms.ToArray());
        }

        if (file.MultipleResponseSets.Count > 0)
        {
            var sb = new StringBuilder();
            foreach (var s in file.MultipleResponseSets)
            {
                if (!s.Name.StartsWith('$'))
                {
                    throw new ArgumentException($"Multiple-response set name '{s.Name}' must start with '$'.", nameof(file));
                }

                foreach (var m in s.VariableNames)
                {
                    if (!file.HasVariable(m))
                    {
                        throw new ArgumentException($"Multiple-response set '{s.Name}' names '{m}', which is not a variable.", nameof(file));
                    }
                }

                var label = Cut(s.Label, 255);
                sb.Append(s.Name).Append('=');
                if (s.Kind == SpssMultipleResponseKind.Dichotomies)
                {
                    var cv = s.CountedValue ?? "1";
                    sb.Append('D').Append(Encoding.UTF8.GetByteCount(cv).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(cv).Append(' ');
                }
                else
                {
                    sb.Append("C ");
                }

                sb.Append(Encoding.UTF8.GetByteCount(label).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(label).Append(' ');
                sb.Append(string.Join(' ', s.VariableNames.Select(n => file.GetVariable(n).Name))).Append('\n');
            }

            Extension(w, 7, 1, Encoding.UTF8.GetBytes(sb.ToString()));
        }

        using (var ms = new MemoryStream())
        using (var b = new BinaryWriter(ms))
        {
            foreach (var vl in layout)
            {
                var v = vl.Var;
                var measure = v.Measure != SpssMeasure.Unknown ? v.Measure : v.IsNumeric ? SpssMeasure.Scale : SpssMeasure.Nominal;
                var width = v.DisplayWidth > 0 ? v.DisplayWidth : v.IsNumeric ? 8 : Math.Clamp(v.Width, 1, 32);
                foreach (var _ in vl.Segs)
                {
                    b.Write((int)measure);
                    b.Write(width);
                    b.Write((int)v.Alignment);
                }
            }

            b.Flush();
            Extension(w, 11, 4, ms.ToArray());
        }

        Extension(w, 13, 1, Encoding.UTF8.GetBytes(string.Join('\t', layout.Select(v => v.Segs[0].ShortName + "=" + v.Var.Name))));

        var veryLong = layout.Where(v => v.Var.Width > 255).ToList();
        if (veryLong.Count > 0)
        {
            var text = string.Concat(veryLong.Select(v => v.Segs[0].ShortName + "=" + v.Var.Width.ToString("D5", CultureInfo.InvariantCulture) + "\0\t"));
            Extension(w, 14, 1, Encoding.UTF8.GetBytes(text));
        }

        Extension(w, 20, 1, "UTF-8"u8.ToArray());

        var longLabels = layout.Where(v => !v.Var.IsNumeric && v.Var.Width > 8 && v.Var.ValueLabels.Count > 0).ToList();
        if (longLabels.Count > 0)
        {
            using var ms = new MemoryStream();
            using var b = new BinaryWriter(ms);
            foreach (var vl in longLabels)
            {
                var v = vl.Var;
                var name = Encoding.UTF8.GetBytes(v.Name);
                b.Write(name.Length);
                b.Write(name);
                b.Write(v.Width);
                b.Write(v.ValueLabels.Count);
                foreach (var l in v.ValueLabels)
                {
                    var text = l.Text ?? throw new ArgumentException($"Variable '{v.Name}' is a string but a value label has a numeric value.");
                    CheckFits(v, text);
                    b.Write(v.Width);
                    b.Write(Padded(text, v.Width, v.Width));
                    var label = Encoding.UTF8.GetBytes(Cut(l.Label, 255));
                    b.Write(label.Length);
                    b.Write(label);
                }
            }

            b.Flush();
            Extension(w, 21, 1, ms.ToArray());
        }

        var longMissing = layout.Where(v => !v.Var.IsNumeric && v.Var.Width > 8 && v.Var.MissingValues.Texts.Count > 0).ToList();
        if (longMissing.Count > 0)
        {
            using var ms = new MemoryStream();
            using var b = new BinaryWriter(ms);
            foreach (var vl in longMissing)
            {
                var v = vl.Var;
                var name = Encoding.UTF8.GetBytes(v.Name);
                b.Write(name.Length);
                b.Write(name);
                b.Write((byte)v.MissingValues.Texts.Count);
                b.Write(8);
                foreach (var t in v.MissingValues.Texts)
                {
                    b.Write(Padded(t, 8, 8));
                }
            }

            b.Flush();
            Extension(w, 22, 1, ms.ToArray());
        }
    }

    private static void WriteData(BinaryWriter w, SpssFile file, List<VarLayout> layout)
    {
        var commands = new byte[8];
        var data = new byte[64];
        var nCommands = 0;
        var nData = 0;

        void Flush()
        {
            w.Write(commands);
            w.Write(data, 0, nData);
            Array.Clear(commands);
            nCommands = 0;
            nData = 0;
        }

        void Put(byte code, ReadOnlySpan<byte> raw)
        {
            commands[nCommands++] = code;
            if (code == 253)
            {
                raw.CopyTo(data.AsSpan(nData));
                nData += 8;
            }

            if (nCommands == 8)
            {
                Flush();
            }
        }

        Span<byte> el = stackalloc byte[8];
        var buffers = layout.Select(v => v.Var.IsNumeric ? null : new byte[v.Segs.Sum(s => s.Elements * 8)]).ToArray();
        for (var row = 0; row < file.CaseCount; row++)
        {
            for (var i = 0; i < layout.Count; i++)
            {
                var v = layout[i].Var;
                var column = file.ColumnAt(i);
                if (v.IsNumeric)
                {
                    var x = ((double[])column)[row];
                    if (double.IsNaN(x))
                    {
                        Put(255, default);
                    }
                    else if (x == Math.Floor(x) && x >= 1 - Bias && x <= 251 - Bias && !(x == 0 && double.IsNegative(x)))
                    {
                        Put((byte)(x + Bias), default);
                    }
                    else
                    {
                        BitConverter.TryWriteBytes(el, x);
                        Put(253, el);
                    }

                    continue;
                }

                var text = ((string[])column)[row] ?? "";
                var bytes = Encoding.UTF8.GetBytes(text);
                if (bytes.Length > v.Width)
                {
                    throw new ArgumentException($"Variable '{v.Name}', case {row + 1}: the value needs {bytes.Length} bytes but the variable is {v.Width} bytes wide.", nameof(file));
                }

                var buf = buffers[i]!;
                Array.Fill(buf, (byte)' ');
                var offset = 0;
                var taken = 0;
                foreach (var seg in layout[i].Segs)
                {
                    var take = Math.Min(seg.Width == 0 ? 0 : Math.Min(255, seg.Width), Math.Max(0, bytes.Length - taken));
                    bytes.AsSpan(taken, take).CopyTo(buf.AsSpan(offset));
                    taken += take;
                    offset += seg.Elements * 8;
                }

                for (var k = 0; k < buf.Length; k += 8)
                {
                    var chunk = buf.AsSpan(k, 8);
                    if (chunk.IndexOfAnyExcept((byte)' ') < 0)
                    {
                        Put(254, default);
                    }
                    else
                    {
                        Put(253, chunk);
                    }
                }
            }
        }

        commands[nCommands++] = 252;
        Flush();
    }
}
