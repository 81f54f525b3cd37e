namespace Analysenotater.Tables;

/// <summary>What percentages are taken of.</summary>
public enum Denominator
{
    /// <summary>Valid answers only (the default, as KoRus 2017 section 4.5 and the chapter 1/5 text and Vedlegg 3).</summary>
    Valid,

    /// <summary>
    /// Valid answers plus «ikke aktuelt» and «har ikke» (the scale's extra option, code 6 in KoRus): the
    /// denominator that reproduces KoRus 2017 Nøkkeltall II (see the reference README, "Nøkkeltall II denominator pattern").
    /// </summary>
    ValidAndNotApplicable,
}
