namespace Analysenotater.Spss;

/// <summary>How the case data of an SPSS system file is stored.</summary>
public enum SpssCompression
{
    /// <summary>Uncompressed 8-byte elements (<c>SAVE /UNCOMPRESSED</c>).</summary>
    None = 0,

    /// <summary>Bytecode compression (<c>SAVE /COMPRESSED</c>, the SPSS default for .sav).</summary>
    Bytecode = 1,

    /// <summary>Bytecode compression inside ZLIB blocks (.zsav, <c>SAVE /ZCOMPRESSED</c>).</summary>
    Zlib = 2,
}
