namespace Analysenotater.Instruments;

/// <summary>One answer option of a scale: the stored code, its verbatim label and, for missing codes, the reason it is excluded.</summary>
/// <param name="Code">The integer code stored in the data file.</param>
/// <param name="Label">The verbatim Norwegian label as printed in the questionnaire.</param>
/// <param name="Missing">Null for a valid answer; otherwise why the code is excluded from analysis (for example «Ikke aktuelt»).</param>
public sealed record ScaleOption(int Code, string Label, MissingReason? Missing = null)
{
    /// <summary>True when the code counts as a valid value for analysis.</summary>
    public bool IsValid => Missing is null;
}
