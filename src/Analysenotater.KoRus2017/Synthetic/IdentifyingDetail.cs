namespace Analysenotater.KoRus2017.Synthetic;

/// <summary>
/// Ground truth for the open-text screening feature: one identifying detail the generator planted in an answer.
/// </summary>
/// <param name="Row">Respondent row (0-based) in the dataset.</param>
/// <param name="RespondentId">Value of the <c>lopenr</c> column of that row (KS data, which has no such column: row + 1).</param>
/// <param name="Column">Open-text column (item id).</param>
/// <param name="Kind">What was planted: <c>fornavn</c>, <c>sted</c>, <c>telefon</c>, <c>ansatt</c> or (KS) <c>tjeneste</c>.</param>
/// <param name="Text">The identifying text as it occurs in the answer.</param>
public sealed record IdentifyingDetail(int Row, int RespondentId, string Column, string Kind, string Text);
