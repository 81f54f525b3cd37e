namespace Analysenotater.Spss;

/// <summary>What <see cref="SpssDataDecoder.Next"/> produced.</summary>
internal enum SpssElementStatus
{
    /// <summary>Eight bytes were written to the destination.</summary>
    Element,

    /// <summary>The data ended cleanly (end of stream or the end-of-data code 252).</summary>
    End,
}
