namespace Analysenotater.Import;

/// <summary>The kinds of problem an import reports.</summary>
public enum ImportIssueKind
{
    /// <summary>A header that is neither an instrument item nor a known respondent column; imported by content (warning).</summary>
    UnknownColumn,

    /// <summary>A header that appears twice; the later column is not imported (error).</summary>
    DuplicateColumn,

    /// <summary>A cell that is not a code, label or number of the kind the column needs; kept empty (error).</summary>
    UnparseableValue,

    /// <summary>An integer code that is not on the item's answer scale, or a year outside 1000–2999; kept empty (error).</summary>
    OutOfRangeCode,

    /// <summary>The file's bytes are not in the encoding read; a cell with an undecodable character is kept empty (error).</summary>
    EncodingError,

    /// <summary>The encoding was detected rather than given (for example Windows-1252 because the bytes are not UTF-8) (warning).</summary>
    EncodingGuess,

    /// <summary>The delimiter given does not split the header, while another delimiter would (error).</summary>
    WrongDelimiter,

    /// <summary>A row with more or fewer cells than the header (error).</summary>
    RaggedRow,

    /// <summary>The file or sheet has no header row (error).</summary>
    NoHeader,

    /// <summary>A study's derived variable could not be computed for a row (unknown municipality number, birth year after the survey year …); the row gets no value (error).</summary>
    DerivationFailed,

    /// <summary>A role, item or derived variable an analysis needs is neither in the file nor derivable (error).</summary>
    MissingVariable,

    /// <summary>A quoted field whose closing quote never comes; the quote is read as a plain character so no row is swallowed (error).</summary>
    UnterminatedQuote,

    /// <summary>A harmless irregularity in a legal file, such as an SPSS header count other writers leave unset (warning).</summary>
    FormatNote,
}
