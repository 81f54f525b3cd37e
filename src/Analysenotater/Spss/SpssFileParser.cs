using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Analysenotater.Spss;

/// <summary>
/// Parses one SPSS system file: header, dictionary records up to the termination record 999, then the case data.
/// Every count and length is checked against the bytes that remain before anything is allocated.
/// </summary>
internal sealed class SpssFileParser
{
    private const double DefaultSysmis = -double.MaxValue;

    private readonly SpssByteReader _r;
    private readonly List<string> _warnings = [];
    private readonly List<SpssRawVariable> _raw = [];
    private readonly List<SpssRawValueLabels> _labels = [];
    private readonly List<SpssRawExtension> _extensions = [];
    private readonly List<byte[]> _documents = [];
    private Encoding _encoding = Encoding.UTF8;
    private double _sysmis = DefaultSysmis;
    private double _highest = double.MaxValue;
    private double _lowest = -double.MaxValue;
    private long _currentCase;
    private string _currentVariable = "";

    static SpssFileParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public SpssFileParser(Stream stream, string source) => _r = new SpssByteReader(stream, source);

    public SpssFile Parse()
    {
        // --- File header (176 bytes).
        _r.Record = "file header";
        _r.Require(176);
        var magic = Encoding.ASCII.GetString(_r.Bytes(4));
        if (magic is not ("$FL2" or "$FL3"))
        {
            throw _r.Error($"not an SPSS system file: it starts with «{Printable(magic)}» instead of «$FL2» or «$FL3».", 0);
        }

        var product = _r.Bytes(60);
        var layoutBytes = _r.Bytes(4);
        var le = BinaryPrimitives.ReadInt32LittleEndian(layoutBytes);
        var be = BinaryPrimitives.ReadInt32BigEndian(layoutBytes);
        if (le is 2 or 3)
        {
            _r.BigEndian = false;
        }
        else if (be is 2 or 3)
        {
            _r.BigEndian = true;
        }
        else
        {
            throw _r.Error($"layout code {le} is neither 2 nor 3 in either byte order; the header is corrupt.", 64);
        }

        var nominalCaseSize = _r.Int32();
        var compressionCode = _r.Int32();
        var compression = compressionCode switch
        {
            0 => SpssCompression.None,
            1 => SpssCompression.Bytecode,
            2 => SpssCompression.Zlib,
            _ => throw _r.Error($"compression code {compressionCode} is not supported (0 = none, 1 = bytecode, 2 = ZLIB).", 72),
        };
        if ((compression == SpssCompression.Zlib) != (magic == "$FL3"))
        {
            throw _r.Error($"the file starts with «{magic}» but declares compression code {compressionCode}; ZLIB compression requires «$FL3».", 72);
        }

        var weightIndex = _r.Int32();
        var headerCases = _r.Int32();
        var bias = _r.Double();
        var date = _r.Bytes(9);
        var time = _r.Bytes(8);
        var fileLabel = _r.Bytes(64);
        _r.Skip(3);
        if (compression != SpssCompression.None && (double.IsNaN(bias) || Math.Abs(bias) > 1e6))
        {
            throw _r.Error($"compression bias {bias.ToString(CultureInfo.InvariantCulture)} is not usable.", 84);
        }

        // --- Dictionary records.
        ReadDictionary();

        // --- Resolve encodings and variables.
        ApplyMachineRecords();
        var segments = BuildSegments(nominalCaseSize);
        var longNames = ReadLongNames();
        var veryLong = ReadVeryLongStrings();
        var (variables, firstSegment) = BuildVariables(segments, longNames, veryLong);
        ApplyValueLabels(variables, segments);
        ApplyLongStringRecords(variables);
        ApplyDisplay(variables, segments);
        var mrsets = ReadMultipleResponseSets(variables);
        var documents = _documents.Select(d => Decode(d).TrimEnd(' ', '\0')).ToList();

        string? weight = null;
        if (weightIndex != 0)
        {
            var seg = segments.FindIndex(s => s.RawIndex == weightIndex - 1);
            var vi = seg < 0 ? -1 : Array.IndexOf(firstSegment, seg);
            if (vi < 0 || !variables[vi].Var.IsNumeric)
            {
                _warnings.Add($"The weight variable index {weightIndex} does not name a numeric variable; the file is read unweighted.");
            }
            else
            {
                weight = variables[vi].Var.Name;
            }
        }

        long expectedCases = headerCases;
        var ext16 = _extensions.LastOrDefault(e => e.Subtype == 16);
        if (expectedCases < 0 && ext16 is { Size: 8, Count: 2 })
        {
            expectedCases = ReadInt64(ext16.Data, 8);
        }

        // --- Case data.
        var columns = ReadData(compression, bias, expectedCases, variables, segments);

        var info = new SpssFileInfo
        {
            Product = Decode(product).Replace("@(#) SPSS DATA FILE", "", StringComparison.Ordinal).Trim(),
            CreationDate = Decode(date),
            CreationTime = Decode(time),
            FileLabel = Decode(fileLabel).TrimEnd(' ', '\0'),
            Compression = compression,
            EncodingName = _encoding.WebName,
            WeightVariable = weight,
        };
        return new SpssFile(info, [.. variables.Select(v => v.Var)], columns, mrsets, documents, _warnings);
    }

    private void ReadDictionary()
    {
        while (true)
        {
            var at = _r.Position;
            _r.Record = "record type";
            var type = _r.Int32();
            switch (type)
            {
                case 2:
                    _r.Record = "variable record (type 2)";
                    ReadVariable(at);
                    break;
                case 3:
                    _r.Record = "value label record (type 3)";
                    ReadValueLabels(at);
                    break;
                case 4:
                    throw _r.Error("a value label variable record (type 4) appears without a preceding value label record (type 3).", at);
                case 6:
                    _r.Record = "document record (type 6)";
                    var lines = _r.Count("the number of document lines", 80);
                    for (var i = 0; i < lines; i++)
                    {
                        _documents.Add(_r.Bytes(80));
                    }

                    break;
                case 7:
                    _r.Record = "extension record (type 7)";
                    var subtype = _r.Int32();
                    _r.Record = $"extension record (type 7, subtype {subtype})";
                    var size = _r.Int32();
                    var count = _r.Int32();
                    if (size < 0 || count < 0 || (long)size * count > _r.Remaining)
                    {
                        throw _r.Error($"the record declares {size} × {count} bytes, which does not fit in the {_r.Remaining} bytes that remain.", at);
                    }

                    _extensions.Add(new SpssRawExtension(at, subtype, size, count, _r.Bytes((long)size * count)));
                    break;
                case 999:
                    _r.Record = "dictionary termination record (type 999)";
                    _r.Int32();
                    return;
                default:
                    throw _r.Error($"unknown record type {type}; expected 2, 3, 6, 7 or 999.", at);
            }
        }
    }

    private void ReadVariable(long at)
    {
        var type = _r.Int32();
        if (type is < -1 or > 255)
        {
            throw _r.Error($"variable type {type} is invalid (0 = numeric, 1–255 = string width, −1 = continuation).", at + 4);
        }

        var hasLabel = _r.Int32();
        var missing = _r.Int32();
        var print = _r.Int32();
        var write = _r.Int32();
        var name = _r.Bytes(8);
        byte[]? label = null;
        if (hasLabel == 1)
        {
            var len = _r.Count("the variable label length", 1);
            label = _r.Bytes(len);
            _r.Skip((4 - (len % 4)) % 4);
        }
        else if (hasLabel != 0)
        {
            throw _r.Error($"the has-label flag is {hasLabel}; it must be 0 or 1.", at + 8);
        }

        if (missing is not (0 or 1 or 2 or 3 or -2 or -3))
        {
            throw _r.Error($"the missing-value count is {missing}; it must be 0–3, −2 (range) or −3 (range plus one value).", at + 12);
        }

        var values = _r.Bytes(8L * Math.Abs(missing));
        _raw.Add(new SpssRawVariable(at, type, name, label, missing, values, print, write));
    }

    private void ReadValueLabels(long at)
    {
        var n = _r.Count("the number of value labels", 9);
        var labels = new List<(byte[], byte[])>(n);
        for (var i = 0; i < n; i++)
        {
            var value = _r.Bytes(8);
            var len = _r.Byte();
            var text = _r.Bytes(len);
            _r.Skip((8 - ((len + 1) % 8)) % 8);
            labels.Add((value, text));
        }

        var at4 = _r.Position;
        _r.Record = "value label variable record (type 4)";
        var type = _r.Int32();
        if (type != 4)
        {
            throw _r.Error($"record type {type} follows a value label record; expected type 4.", at4);
        }

        var nvars = _r.Count("the number of variables", 4);
        var idx = new int[nvars];
        for (var i = 0; i < nvars; i++)
        {
            idx[i] = _r.Int32();
        }

        _labels.Add(new SpssRawValueLabels(at, labels, idx));
    }

    private void ApplyMachineRecords()
    {
        var ints = _extensions.LastOrDefault(e => e.Subtype == 3);
        int? codePage = null;
        if (ints is not null)
        {
            if (ints is { Size: 4, Count: 8 })
            {
                codePage = ReadInt32(ints.Data, 28);
            }
            else
            {
                _warnings.Add($"The machine integer record at offset {ints.Offset} has size {ints.Size} × {ints.Count} instead of 4 × 8; ignored.");
            }
        }

        var floats = _extensions.LastOrDefault(e => e.Subtype == 4);
        if (floats is { Size: 8, Count: 3 })
        {
            _sysmis = ReadDouble(floats.Data, 0);
            _highest = ReadDouble(floats.Data, 8);
            _lowest = ReadDouble(floats.Data, 16);
        }
        else if (floats is not null)
        {
            _warnings.Add($"The machine floating-point record at offset {floats.Offset} has size {floats.Size} × {floats.Count} instead of 8 × 3; ignored.");
        }

        var enc = _extensions.LastOrDefault(e => e.Subtype == 20);
        if (enc is not null)
        {
            var name = Encoding.ASCII.GetString(enc.Data).Trim('\0', ' ');
            _encoding = EncodingFromName(name, enc.Offset);
        }
        else if (codePage is { } cp)
        {
            _encoding = cp switch
            {
                2 => Encoding.ASCII,
                3 or 4 => Encoding.GetEncoding(1252),
                65001 => Encoding.UTF8,
                1 => throw new SpssFormatException(_r.Source, ints!.Offset, "machine integer record (type 7, subtype 3)", "EBCDIC files (character code 1) are not supported."),
                _ => EncodingFromCodePage(cp, ints!.Offset),
            };
        }
        else
        {
            _encoding = Encoding.GetEncoding(1252);
            _warnings.Add("The file states no character encoding; text is read as windows-1252.");
        }
    }

    private Encoding EncodingFromName(string name, long offset)
    {
        try
        {
            if (name.StartsWith("CP", StringComparison.OrdinalIgnoreCase) && int.TryParse(name.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var cp))
            {
                return Encoding.GetEncoding(cp);
            }

            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException ex)
        {
            throw new SpssFormatException(_r.Source, offset, "character encoding record (type 7, subtype 20)", $"the encoding «{Printable(name)}» is not supported.", ex);
        }
        catch (NotSupportedException ex)
        {
            throw new SpssFormatException(_r.Source, offset, "character encoding record (type 7, subtype 20)", $"the encoding «{Printable(name)}» is not supported.", ex);
        }
    }

    private Encoding EncodingFromCodePage(int cp, long offset)
    {
        try
        {
            return Encoding.GetEncoding(cp);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new SpssFormatException(_r.Source, offset, "machine integer record (type 7, subtype 3)", $"character code {cp} is not a supported code page.", ex);
        }
    }

    private List<SpssSegment> BuildSegments(int nominalCaseSize)
    {
        var segments = new List<SpssSegment>();
        var i = 0;
        while (i < _raw.Count)
        {
            var r = _raw[i];
            _r.Record = "variable record (type 2)";
            if (r.Type == -1)
            {
                throw _r.Error($"variable record {i + 1} is a string continuation but does not follow a string variable.", r.Offset);
            }

            var seg = new SpssSegment(i, r.Type);
            for (var k = 1; k < seg.Elements; k++)
            {
                if (i + k >= _raw.Count || _raw[i + k].Type != -1)
                {
                    throw _r.Error($"string variable «{Printable(Decode(r.Name).Trim())}» of width {r.Type} needs {seg.Elements - 1} continuation records, but record {i + k + 1} is not one.", i + k < _raw.Count ? _raw[i + k].Offset : r.Offset);
                }
            }

            segments.Add(seg);
            i += seg.Elements;
        }

        if (nominalCaseSize != -1 && nominalCaseSize != _raw.Count)
        {
            _warnings.Add($"The header claims {nominalCaseSize} variable positions but {_raw.Count} variable records were read.");
        }

        return segments;
    }

    private Dictionary<string, string> ReadLongNames()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in _extensions.Where(e => e.Subtype == 13))
        {
            foreach (var pair in Decode(e.Data).Split('\t'))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    if (pair.Trim('\0', ' ').Length > 0)
                    {
                        _warnings.Add($"Long variable name record at offset {e.Offset}: entry «{Printable(pair)}» has no '='; ignored.");
                    }

                    continue;
                }

                map[pair[..eq].Trim()] = pair[(eq + 1)..].Trim('\0', ' ');
            }
        }

        return map;
    }

    private Dictionary<string, int> ReadVeryLongStrings()
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in _extensions.Where(e => e.Subtype == 14))
        {
            foreach (var entry in Decode(e.Data).Split('\t'))
            {
                var t = entry.Trim('\0', ' ');
                if (t.Length == 0)
                {
                    continue;
                }

                var eq = t.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0 || !int.TryParse(t.AsSpan(eq + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var w) || w is < 1 or > 32767)
                {
                    throw new SpssFormatException(_r.Source, e.Offset, "very long string record (type 7, subtype 14)", $"entry «{Printable(t)}» is not NAME=width with a width of 1–32767.");
                }

                map[t[..eq].Trim()] = w;
            }
        }

        return map;
    }

    private (List<(SpssVariable Var, List<SpssSegment> Segs)> Vars, int[] FirstSegment) BuildVariables(
        List<SpssSegment> segments, Dictionary<string, string> longNames, Dictionary<string, int> veryLong)
    {
        var vars = new List<(SpssVariable, List<SpssSegment>)>();
        var first = new List<int>();
        _r.Record = "variable record (type 2)";
        for (var s = 0; s < segments.Count;)
        {
            var seg = segments[s];
            var raw = _raw[seg.RawIndex];
            var shortName = Decode(raw.Name).TrimEnd(' ', '\0');
            var width = seg.Width;
            var segs = new List<SpssSegment> { seg };
            if (seg.Width > 0 && veryLong.TryGetValue(shortName, out var w) && w > 255)
            {
                var n = (w + 251) / 252;
                if (s + n > segments.Count)
                {
                    throw _r.Error($"very long string «{Printable(shortName)}» of width {w} needs {n} segments, but only {segments.Count - s} variables remain.", raw.Offset);
                }

                for (var k = 1; k < n; k++)
                {
                    if (segments[s + k].Width == 0)
                    {
                        throw _r.Error($"segment {k + 1} of very long string «{Printable(shortName)}» is numeric.", _raw[segments[s + k].RawIndex].Offset);
                    }

                    segs.Add(segments[s + k]);
                }

                width = w;
            }

            var name = longNames.TryGetValue(shortName, out var ln) && ln.Length > 0 ? ln : shortName;
            if (name.Length == 0)
            {
                name = "V" + (vars.Count + 1).ToString(CultureInfo.InvariantCulture);
                _warnings.Add($"Variable {vars.Count + 1} has an empty name; it is called {name}.");
            }

            var v = new SpssVariable(name, width)
            {
                ShortName = shortName,
                Label = raw.Label is null ? null : Decode(raw.Label),
                PrintFormat = SpssFormat.FromPacked(raw.Print),
                WriteFormat = SpssFormat.FromPacked(raw.Write),
                MissingValues = MissingFromRecord(raw, width, name),
                Alignment = width == 0 ? SpssAlignment.Right : SpssAlignment.Left,
                Measure = width == 0 ? SpssMeasure.Unknown : SpssMeasure.Nominal,
            };
            if (width > 255)
            {
                v = v with { PrintFormat = SpssFormat.String(width), WriteFormat = SpssFormat.String(width) };
            }

            first.Add(s);
            vars.Add((v, segs));
            s += segs.Count;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < vars.Count; i++)
        {
            if (!names.Add(vars[i].Item1.Name))
            {
                var renamed = vars[i].Item1.Name + "_" + (i + 1).ToString(CultureInfo.InvariantCulture);
                _warnings.Add($"Variable name «{vars[i].Item1.Name}» repeats; variable {i + 1} is called {renamed}.");
                vars[i] = (vars[i].Item1 with { Name = renamed }, vars[i].Item2);
                names.Add(renamed);
            }
        }

        return (vars, [.. first]);
    }

    private SpssMissingValues MissingFromRecord(SpssRawVariable raw, int width, string name)
    {
        if (raw.MissingCount == 0)
        {
            return SpssMissingValues.None;
        }

        if (width == 0)
        {
            var vals = new double[Math.Abs(raw.MissingCount)];
            for (var i = 0; i < vals.Length; i++)
            {
                vals[i] = Bound(ReadDouble(raw.Missing, i * 8));
            }

            return raw.MissingCount > 0
                ? new SpssMissingValues { Numbers = vals }
                : new SpssMissingValues { RangeLow = vals[0], RangeHigh = vals[1], Numbers = vals.Length == 3 ? [vals[2]] : [] };
        }

        if (raw.MissingCount < 0)
        {
            _warnings.Add($"String variable «{name}» has a missing-value range, which strings cannot have; ignored.");
            return SpssMissingValues.None;
        }

        var texts = new string[raw.MissingCount];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Decode(raw.Missing.AsSpan(i * 8, 8)).TrimEnd(' ', '\0');
        }

        return new SpssMissingValues { Texts = texts };
    }

    private double Bound(double v) => v <= _lowest || v == _sysmis ? double.NegativeInfinity : v >= _highest ? double.PositiveInfinity : v;

    private void ApplyValueLabels(List<(SpssVariable Var, List<SpssSegment> Segs)> vars, List<SpssSegment> segments)
    {
        var byRaw = new Dictionary<int, int>();
        for (var i = 0; i < vars.Count; i++)
        {
            byRaw[vars[i].Segs[0].RawIndex] = i;
        }

        foreach (var rec in _labels)
        {
            _r.Record = "value label variable record (type 4)";
            var targets = new List<int>();
            foreach (var idx in rec.Indexes)
            {
                if (!byRaw.TryGetValue(idx - 1, out var vi))
                {
                    throw _r.Error($"dictionary index {idx} does not name a variable (the file has {_raw.Count} variable positions).", rec.Offset);
                }

                targets.Add(vi);
            }

            if (targets.Count == 0)
            {
                continue;
            }

            var numeric = vars[targets[0]].Var.IsNumeric;
            if (targets.Any(t => vars[t].Var.IsNumeric != numeric))
            {
                throw _r.Error("one value label record names both numeric and string variables.", rec.Offset);
            }

            var labels = rec.Labels.Select(l => numeric
                ? SpssValueLabel.ForNumber(ReadDouble(l.Value, 0), Decode(l.Label))
                : SpssValueLabel.ForText(Decode(l.Value).TrimEnd(' ', '\0'), Decode(l.Label))).ToList();
            foreach (var t in targets)
            {
                var v = vars[t].Var;
                vars[t] = (v with { ValueLabels = [.. v.ValueLabels, .. labels] }, vars[t].Segs);
            }
        }
    }

    private void ApplyLongStringRecords(List<(SpssVariable Var, List<SpssSegment> Segs)> vars)
    {
        var index = NameIndex(vars);
        int Find(string name) => index.TryGetValue(name, out var i) ? i : -1;

        foreach (var e in _extensions.Where(e => e.Subtype == 21))
        {
            var rec = "long string value label record (type 7, subtype 21)";
            var p = 0;
            var d = e.Data;
            while (p < d.Length)
            {
                var name = Decode(Chunk(d, ref p, ReadLength(d, ref p, e, rec), e, rec));
                var width = ReadLength(d, ref p, e, rec);
                var n = ReadLength(d, ref p, e, rec);
                var labels = new List<SpssValueLabel>();
                for (var i = 0; i < n; i++)
                {
                    var value = Decode(Chunk(d, ref p, ReadLength(d, ref p, e, rec), e, rec)).TrimEnd(' ', '\0');
                    var label = Decode(Chunk(d, ref p, ReadLength(d, ref p, e, rec), e, rec));
                    labels.Add(SpssValueLabel.ForText(value, label));
                }

                var vi = Find(name);
                if (vi < 0 || vars[vi].Var.IsNumeric)
                {
                    _warnings.Add($"Long string value labels name «{name}» (width {width}), which is not a string variable; {n} labels ignored.");
                    continue;
                }

                var v = vars[vi].Var;
                vars[vi] = (v with { ValueLabels = [.. v.ValueLabels, .. labels] }, vars[vi].Segs);
            }
        }

        foreach (var e in _extensions.Where(e => e.Subtype == 22))
        {
            var rec = "long string missing value record (type 7, subtype 22)";
            var p = 0;
            var d = e.Data;
            while (p < d.Length)
            {
                var name = Decode(Chunk(d, ref p, ReadLength(d, ref p, e, rec), e, rec));
                var n = Chunk(d, ref p, 1, e, rec)[0];
                var len = ReadLength(d, ref p, e, rec);
                var values = new List<string>();
                for (var i = 0; i < n; i++)
                {
                    values.Add(Decode(Chunk(d, ref p, len, e, rec)).TrimEnd(' ', '\0'));
                }

                var vi = Find(name);
                if (vi < 0 || vars[vi].Var.IsNumeric || n is < 1 or > 3)
                {
                    _warnings.Add($"Long string missing values for «{name}» ({n} values) do not fit a string variable; ignored.");
                    continue;
                }

                var v = vars[vi].Var;
                vars[vi] = (v with { MissingValues = new SpssMissingValues { Texts = values } }, vars[vi].Segs);
            }
        }
    }

    private void ApplyDisplay(List<(SpssVariable Var, List<SpssSegment> Segs)> vars, List<SpssSegment> segments)
    {
        var e = _extensions.LastOrDefault(x => x.Subtype == 11);
        if (e is null)
        {
            return;
        }

        if (e.Size != 4 || segments.Count == 0 || (e.Count != 3 * segments.Count && e.Count != 2 * segments.Count))
        {
            _warnings.Add($"The variable display record at offset {e.Offset} has {e.Count} entries for {segments.Count} variables; ignored.");
            return;
        }

        var per = e.Count / segments.Count;
        var segIndex = 0;
        for (var i = 0; i < vars.Count; i++)
        {
            var at = segIndex * per * 4;
            var measure = ReadInt32(e.Data, at);
            var width = per == 3 ? ReadInt32(e.Data, at + 4) : 0;
            var align = ReadInt32(e.Data, at + (per == 3 ? 8 : 4));
            var v = vars[i].Var;
            vars[i] = (v with
            {
                Measure = measure is >= 0 and <= 3 ? (SpssMeasure)measure : SpssMeasure.Unknown,
                DisplayWidth = Math.Max(0, width),
                Alignment = align is >= 0 and <= 2 ? (SpssAlignment)align : v.Alignment,
            }, vars[i].Segs);
            segIndex += vars[i].Segs.Count;
        }
    }

    private List<SpssMultipleResponseSet> ReadMultipleResponseSets(List<(SpssVariable Var, List<SpssSegment> Segs)> vars)
    {
        var sets = new List<SpssMultipleResponseSet>();
        var index = NameIndex(vars);
        foreach (var e in _extensions.Where(e => e.Subtype is 7 or 19))
        {
            var rec = $"multiple response set record (type 7, subtype {e.Subtype})";
            var d = e.Data;
            var p = 0;
            while (p < d.Length)
            {
                if (d[p] is (byte)'\n' or (byte)'\r' or 0)
                {
                    p++;
                    continue;
                }

                var eq = Array.IndexOf(d, (byte)'=', p);
                var nl = Array.IndexOf(d, (byte)'\n', p);
                if (nl < 0)
                {
                    nl = d.Length;
                }

                if (eq < 0 || eq > nl || eq + 1 >= nl)
                {
                    throw new SpssFormatException(_r.Source, e.Offset + 16 + p, rec, "a set has no '=' followed by its type.");
                }

                var name = Decode(d.AsSpan(p, eq - p)).Trim();
                p = eq + 1;
                var kindChar = (char)d[p++];
                SpssMultipleResponseKind kind;
                string? counted = null;
                switch (kindChar)
                {
                    case 'C':
                        kind = SpssMultipleResponseKind.Categories;
                        break;
                    case 'D':
                        kind = SpssMultipleResponseKind.Dichotomies;
                        counted = Decode(CountedString(d, ref p, e, rec));
                        break;
                    case 'E':
                        kind = SpssMultipleResponseKind.Dichotomies;
                        SkipSpaces(d, ref p);
                        ReadDecimal(d, ref p, e, rec);
                        counted = Decode(CountedString(d, ref p, e, rec));
                        break;
                    default:
                        throw new SpssFormatException(_r.Source, e.Offset + 16 + p - 1, rec, $"set «{Printable(name)}» has type '{Printable(kindChar.ToString())}'; expected C, D or E.");
                }

                var label = Decode(CountedString(d, ref p, e, rec));
                nl = Array.IndexOf(d, (byte)'\n', p);
                if (nl < 0)
                {
                    nl = d.Length;
                }

                var members = Decode(d.AsSpan(p, nl - p)).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(m => index.TryGetValue(m, out var vi) ? vars[vi].Var.Name : m)
                    .ToList();
                p = nl;
                sets.Add(new SpssMultipleResponseSet(name, label, kind, counted, members));
            }
        }

        return sets;
    }

    /// <summary>Variable index by long name, then by short name (case-insensitive; the first variable wins).</summary>
    private static Dictionary<string, int> NameIndex(List<(SpssVariable Var, List<SpssSegment> Segs)> vars)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < vars.Count; i++)
        {
            index.TryAdd(vars[i].Var.Name, i);
        }

        for (var i = 0; i < vars.Count; i++)
        {
            if (vars[i].Var.ShortName.Length > 0)
            {
                index.TryAdd(vars[i].Var.ShortName, i);
            }
        }

        return index;
    }

    private byte[] CountedString(byte[] d, ref int p, SpssRawExtension e, string rec)
    {
        SkipSpaces(d, ref p);
        var n = ReadDecimal(d, ref p, e, rec);
        if (p >= d.Length || d[p] != ' ')
        {
            throw new SpssFormatException(_r.Source, e.Offset + 16 + p, rec, "a length is not followed by a space.");
        }

        p++;
        return Chunk(d, ref p, n, e, rec);
    }

    private static void SkipSpaces(byte[] d, ref int p)
    {
        while (p < d.Length && d[p] == ' ')
        {
            p++;
        }
    }

    private int ReadDecimal(byte[] d, ref int p, SpssRawExtension e, string rec)
    {
        var start = p;
        long n = 0;
        while (p < d.Length && d[p] is >= (byte)'0' and <= (byte)'9' && p - start < 9)
        {
            n = (n * 10) + (d[p] - '0');
            p++;
        }

        if (p == start)
        {
            throw new SpssFormatException(_r.Source, e.Offset + 16 + p, rec, "a decimal length is missing.");
        }

        return (int)n;
    }

    private int ReadLength(byte[] d, ref int p, SpssRawExtension e, string rec)
    {
        if (p + 4 > d.Length)
        {
            throw new SpssFormatException(_r.Source, e.Offset + 16 + p, rec, "the record ends inside a length field.");
        }

        var n = ReadInt32(d, p);
        if (n < 0 || n > d.Length)
        {
            throw new SpssFormatException(_r.Source, e.Offset + 16 + p, rec, $"length {n} does not fit in the record's {d.Length} bytes.");
        }

        p += 4;
        return n;
    }

    private byte[] Chunk(byte[] d, ref int p, int n, SpssRawExtension e, string rec)
    {
        if (n < 0 || p + (long)n > d.Length)
        {
            throw new SpssFormatException(_r.Source, e.Offset + 16 + p, rec, $"{n} bytes are needed but only {d.Length - p} remain in the record.");
        }

        var c = d.AsSpan(p, n).ToArray();
        p += n;
        return c;
    }

    private List<Array> ReadData(SpssCompression compression, double bias, long expectedCases,
        List<(SpssVariable Var, List<SpssSegment> Segs)> vars, List<SpssSegment> segments)
    {
        var numeric = new List<double>?[vars.Count];
        var strings = new List<string>?[vars.Count];
        var buffers = new byte[]?[vars.Count];
        for (var i = 0; i < vars.Count; i++)
        {
            if (vars[i].Var.IsNumeric)
            {
                numeric[i] = [];
            }
            else
            {
                strings[i] = [];
                buffers[i] = new byte[vars[i].Segs.Sum(s => s.Elements * 8)];
            }
        }

        Stream data;
        long baseOffset = _r.Position;
        SpssZlibDataStream? zlib = null;
        if (compression == SpssCompression.Zlib)
        {
            zlib = OpenZlib(bias, out baseOffset);
            data = zlib;
        }
        else
        {
            data = _r.BaseStream;
        }

        _r.Record = compression == SpssCompression.Zlib ? "ZLIB-compressed case data (uncompressed offsets)" : "case data";
        var decoder = new SpssDataDecoder(data, baseOffset, compression != SpssCompression.None, bias, _r.BigEndian, _sysmis,
            (off, problem) => new SpssFormatException(_r.Source, off, _r.Record, $"{problem} (case {_currentCase + 1}, variable «{_currentVariable}»)"));
        Span<byte> el = stackalloc byte[8];
        long cases = 0;
        try
        {
            if (segments.Count > 0)
            {
                while (expectedCases < 0 || cases < expectedCases)
                {
                    if (!ReadCase(decoder, el, vars, numeric, strings, buffers, cases))
                    {
                        break;
                    }

                    cases++;
                    if (cases > int.MaxValue - 64)
                    {
                        throw new SpssFormatException(_r.Source, decoder.Offset, _r.Record, "the file holds more cases than this reader supports (2^31).");
                    }
                }
            }
        }
        finally
        {
            zlib?.Dispose();
        }

        if (expectedCases >= 0 && cases < expectedCases)
        {
            throw new SpssFormatException(_r.Source, decoder.Offset, _r.Record, $"the header declares {expectedCases} cases but the data ends after {cases}; the file is truncated.");
        }

        var columns = new List<Array>(vars.Count);
        for (var i = 0; i < vars.Count; i++)
        {
            columns.Add(numeric[i] is { } n ? n.ToArray() : strings[i]!.ToArray());
        }

        return columns;
    }

    private bool ReadCase(SpssDataDecoder decoder, Span<byte> el, List<(SpssVariable Var, List<SpssSegment> Segs)> vars,
        List<double>?[] numeric, List<string>?[] strings, byte[]?[] buffers, long caseIndex)
    {
        var first = true;
        _currentCase = caseIndex;
        for (var i = 0; i < vars.Count; i++)
        {
            var (v, segs) = vars[i];
            _currentVariable = v.Name;
            if (v.IsNumeric)
            {
                if (decoder.Next(el) == SpssElementStatus.End)
                {
                    return first ? false : throw Truncated(decoder, caseIndex, v.Name);
                }

                first = false;
                var x = _r.BigEndian ? BinaryPrimitives.ReadDoubleBigEndian(el) : BinaryPrimitives.ReadDoubleLittleEndian(el);
                numeric[i]!.Add(double.IsNaN(x) || x == _sysmis ? double.NaN : x);
                continue;
            }

            var buf = buffers[i]!;
            var used = 0;
            for (var s = 0; s < segs.Count; s++)
            {
                var seg = segs[s];
                var take = s < segs.Count - 1 ? Math.Min(255, seg.Width) : seg.Width;
                var segStart = used;
                for (var k = 0; k < seg.Elements; k++)
                {
                    if (decoder.Next(el) == SpssElementStatus.End)
                    {
                        return first ? false : throw Truncated(decoder, caseIndex, v.Name);
                    }

                    first = false;
                    var from = k * 8;
                    var n = Math.Min(8, take - from);
                    if (n > 0)
                    {
                        el[..n].CopyTo(buf.AsSpan(segStart + from));
                    }
                }

                used += take;
            }

            var length = Math.Min(used, v.Width);
            var span = buf.AsSpan(0, length);
            var end = span.Length;
            while (end > 0 && (span[end - 1] == (byte)' ' || span[end - 1] == 0))
            {
                end--;
            }

            strings[i]!.Add(end == 0 ? "" : _encoding.GetString(span[..end]));
        }

        return true;
    }

    private SpssFormatException Truncated(SpssDataDecoder decoder, long caseIndex, string variable) =>
        new(_r.Source, decoder.Offset, _r.Record, $"the data ends in the middle of case {caseIndex + 1} (at variable «{variable}»); the file is truncated.");

    private SpssZlibDataStream OpenZlib(double bias, out long zheaderOffset)
    {
        _r.Record = "ZLIB data header";
        zheaderOffset = _r.Position;
        var zheaderOfs = _r.Int64();
        var ztrailerOfs = _r.Int64();
        var ztrailerLen = _r.Int64();
        if (zheaderOfs != zheaderOffset)
        {
            throw _r.Error($"the ZLIB header says it starts at offset {zheaderOfs}, but it starts at {zheaderOffset}.", zheaderOffset);
        }

        if (ztrailerOfs < zheaderOffset + 24 || ztrailerLen < 24 || (ztrailerLen - 24) % 24 != 0 || ztrailerOfs > _r.Length || ztrailerLen > _r.Length - ztrailerOfs)
        {
            throw _r.Error($"the ZLIB trailer (offset {ztrailerOfs}, length {ztrailerLen}) does not fit in the {_r.Length}-byte file.", zheaderOffset + 8);
        }

        _r.Seek(ztrailerOfs);
        _r.Record = "ZLIB trailer";
        var intBias = _r.Int64();
        var zero = _r.Int64();
        var blockSize = _r.Int32();
        var nBlocks = _r.Int32();
        if (intBias != (long)-bias || zero != 0)
        {
            _warnings.Add($"The ZLIB trailer has bias {intBias} and zero field {zero} (expected {(long)-bias} and 0).");
        }

        if (nBlocks != (ztrailerLen - 24) / 24 || blockSize <= 0)
        {
            throw _r.Error($"the trailer lists {nBlocks} blocks of at most {blockSize} bytes, but its length {ztrailerLen} implies {(ztrailerLen - 24) / 24}.", ztrailerOfs + 16);
        }

        var blocks = new List<SpssZlibBlock>(nBlocks);
        var expectU = zheaderOffset;
        var expectC = zheaderOffset + 24;
        for (var i = 0; i < nBlocks; i++)
        {
            var at = _r.Position;
            var b = new SpssZlibBlock(_r.Int64(), _r.Int64(), _r.Int32(), _r.Int32());
            if (b.UncompressedOffset != expectU || b.CompressedOffset != expectC || b.UncompressedSize < 0 || b.UncompressedSize > blockSize
                || b.CompressedSize <= 0 || b.CompressedOffset + b.CompressedSize > ztrailerOfs)
            {
                throw _r.Error($"block {i + 1} (uncompressed offset {b.UncompressedOffset}, compressed offset {b.CompressedOffset}, sizes {b.UncompressedSize}/{b.CompressedSize}) is inconsistent with the blocks before it or with the trailer offset {ztrailerOfs}.", at);
            }

            blocks.Add(b);
            expectU += b.UncompressedSize;
            expectC += b.CompressedSize;
        }

        return new SpssZlibDataStream(_r, blocks);
    }

    private string Decode(ReadOnlySpan<byte> bytes) => _encoding.GetString(bytes);

    private int ReadInt32(byte[] d, int at) => _r.BigEndian ? BinaryPrimitives.ReadInt32BigEndian(d.AsSpan(at)) : BinaryPrimitives.ReadInt32LittleEndian(d.AsSpan(at));

    private long ReadInt64(byte[] d, int at) => _r.BigEndian ? BinaryPrimitives.ReadInt64BigEndian(d.AsSpan(at)) : BinaryPrimitives.ReadInt64LittleEndian(d.AsSpan(at));

    private double ReadDouble(byte[] d, int at) => _r.BigEndian ? BinaryPrimitives.ReadDoubleBigEndian(d.AsSpan(at)) : BinaryPrimitives.ReadDoubleLittleEndian(d.AsSpan(at));

    private static string Printable(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Take(40))
        {
            sb.Append(char.IsControl(c) ? '?' : c);
        }

        return sb.ToString();
    }
}
