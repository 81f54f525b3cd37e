using Analysenotater.Data;
using Deedle;
using Microsoft.Data.Analysis;

namespace Analysenotater.Frames;

/// <summary>
/// Microdata conversions of a <see cref="SurveyDataset"/> to the data-frame types other .NET tools use:
/// <c>data.ToMicrodataDataFrame()</c> (Microsoft.Data.Analysis) and <c>data.ToMicrodataDeedleFrame()</c> (Deedle).
/// One row per respondent, no disclosure control: for internal analysis only, never for release. Nothing on the
/// report path (tables, charts, exports, CLI commands) uses them.
/// </summary>
public static class MicrodataFrames
{
    /// <summary>
    /// A Microsoft.Data.Analysis <see cref="DataFrame"/>: answer codes as <see cref="Int16DataFrameColumn"/> (or
    /// <see cref="DoubleDataFrameColumn"/> for <see cref="FrameValues.ValidValues"/>), numbers as
    /// <see cref="DoubleDataFrameColumn"/>, text as <see cref="StringDataFrameColumn"/>. Missing values are null.
    /// </summary>
    public static DataFrame ToMicrodataDataFrame(this SurveyDataset dataset, FrameValues values = FrameValues.RawCodes)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var cols = new List<DataFrameColumn>();
        foreach (var col in dataset.Columns)
        {
            switch (col)
            {
                case CodeColumn cc when values == FrameValues.RawCodes:
                    var codes = new Int16DataFrameColumn(cc.Name, cc.Count);
                    for (var i = 0; i < cc.Count; i++)
                    {
                        codes[i] = cc.IsEmpty(i) ? null : cc.Codes[i];
                    }

                    cols.Add(codes);
                    break;
                case CodeColumn or NumericColumn:
                    var v = dataset.ValidValues(col.Name);
                    var d = new DoubleDataFrameColumn(col.Name, v.Length);
                    for (var i = 0; i < v.Length; i++)
                    {
                        d[i] = double.IsNaN(v[i]) ? null : v[i];
                    }

                    cols.Add(d);
                    break;
                case TextColumn tc:
                    cols.Add(new StringDataFrameColumn(tc.Name, Enumerable.Range(0, tc.Count).Select(i => tc[i])));
                    break;
            }
        }

        return new DataFrame(cols);
    }

    /// <summary>
    /// A Deedle frame with row keys 0…n−1 and one column per variable: codes and numbers as <see cref="double"/>
    /// (missing = NaN, which Deedle treats as missing), text as <see cref="string"/> (missing = null).
    /// </summary>
    public static Frame<int, string> ToMicrodataDeedleFrame(this SurveyDataset dataset, FrameValues values = FrameValues.RawCodes)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var keys = Enumerable.Range(0, dataset.RowCount).ToArray();
        var builder = new FrameBuilder.Columns<int, string>();
        foreach (var col in dataset.Columns)
        {
            switch (col)
            {
                case CodeColumn cc when values == FrameValues.RawCodes:
                    var raw = new double[cc.Count];
                    for (var i = 0; i < raw.Length; i++)
                    {
                        raw[i] = cc.IsEmpty(i) ? double.NaN : cc.Codes[i];
                    }

                    builder.Add(cc.Name, new Series<int, double>(keys, raw));
                    break;
                case CodeColumn or NumericColumn:
                    builder.Add(col.Name, new Series<int, double>(keys, dataset.ValidValues(col.Name)));
                    break;
                case TextColumn tc:
                    builder.Add(tc.Name, new Series<int, string?>(keys, [.. Enumerable.Range(0, tc.Count).Select(i => tc[i])]));
                    break;
            }
        }

        return builder.Frame;
    }
}
