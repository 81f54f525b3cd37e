namespace Analysenotater.Frames;

/// <summary>Which values of answer-code columns a frame conversion carries.</summary>
public enum FrameValues
{
    /// <summary>The raw codes, missing codes («ikke aktuelt» = 6 …) included; only blank answers are missing.</summary>
    RawCodes,

    /// <summary>Valid values only: every missing kind (blank, «ikke aktuelt», «har ikke» …) is missing.</summary>
    ValidValues,
}
