namespace Analysenotater.KoRus2017.Reproduction;

/// <summary>What kind of quantity a published number is.</summary>
public enum PublishedStatistic
{
    /// <summary>Percentage (0–100) of the denominator whose answer is in the measure's codes.</summary>
    Percent,

    /// <summary>Number of respondents whose answer is in the measure's codes.</summary>
    Count,

    /// <summary>Number of respondents in the denominator (a printed n).</summary>
    N,

    /// <summary>Arithmetic mean of a numeric variable or an indicator score.</summary>
    Mean,

    /// <summary>Sample standard deviation (n − 1) of a numeric variable.</summary>
    StandardDeviation,

    /// <summary>Smallest value of a numeric variable or an indicator score.</summary>
    Minimum,

    /// <summary>Largest value of a numeric variable or an indicator score.</summary>
    Maximum,

    /// <summary>Cronbach's alpha of an indicator's items (complete cases).</summary>
    CronbachAlpha,

    /// <summary>Standardized OLS coefficient (beta) of one predictor in a regression model.</summary>
    StandardizedBeta,

    /// <summary>Adjusted R² of a regression model, in percent.</summary>
    AdjustedRSquaredPercent,

    /// <summary>Number of municipalities (optionally of one size group).</summary>
    MunicipalityCount,

    /// <summary>Percentage of the municipalities that belong to one size group.</summary>
    MunicipalityPercent,

    /// <summary>A word the report lists among the most frequent in one open question; reproduced when it is among the most frequent words of the data.</summary>
    TopWord,

    /// <summary>A fact about the study that microdata cannot give (dates, population figures, settings); listed, not counted.</summary>
    Context,
}
