using System.Text;
using Analysenotater.Import;
using Analysenotater.Localization;

namespace Analysenotater.Tests.Localization;

/// <summary>
/// Import messages are bokmål by default (the import tests pin the English catalog word for word): the location words
/// (rad, kolonne, verdi), the details, and the dataset's summary; English under <see cref="MessageLanguage.English"/>.
/// </summary>
public sealed class NorwegianMessagesTests
{
    private static ImportResult Csv(string text) =>
        SurveyCsvReader.Read(new MemoryStream(new UTF8Encoding(false).GetBytes(text)), "svar.csv", TestInstruments.Small);

    /// <summary>English words that must not appear in a bokmål message (whole words, case-insensitive).</summary>
    public static readonly string[] EnglishWords =
        ["row", "column", "value", "note", "error", "kept", "empty", "the", "not", "scale", "code", "file", "respondents", "variables", "instrument:", "missing", "valid", "number", "cells", "header", "imported"];

    private static void AssertNoEnglish(string text)
    {
        foreach (var word in EnglishWords)
        {
            Assert.DoesNotMatch($@"(?i)(?<![\p{{L}}-]){System.Text.RegularExpressions.Regex.Escape(word)}(?![\p{{L}}-])", text);
        }
    }

    [Fact]
    public void Import_issues_are_bokmal_by_default_with_file_row_column_and_value()
    {
        var r = Csv("q9,q14_1,alder,ekstra\n7,9,førti,1\n4,2\n");
        var messages = r.Report.Issues.Select(i => i.Message).ToList();
        Assert.Contains("svar.csv, rad 2, kolonne «q9», verdi «7»: koden 7 finnes ikke på skala S5 (gyldige koder 1–5); satt tom", messages);
        Assert.Contains("svar.csv, rad 2, kolonne «q14_1», verdi «9»: koden 9 finnes ikke på skala S5NA (gyldige koder 1–5; manglende-koder 6 = Ikke aktuelt); satt tom", messages);
        Assert.Contains("svar.csv, rad 2, kolonne «alder», verdi «førti»: ikke et tall (respondentkolonnen «alder» er numerisk); satt tom", messages);
        Assert.Contains("svar.csv, rad 3: raden har 2 celler, men overskriften har 4; cellene som mangler er tomme", messages);
        foreach (var m in messages)
        {
            AssertNoEnglish(m);
        }

        AssertNoEnglish(r.Dataset.ToString());
        Assert.StartsWith("Datasett: 2 respondenter × 4 variabler", r.Dataset.ToString(), StringComparison.Ordinal);
        Assert.Contains("svar.csv: filen er tom", Assert.Single(Csv("").Report.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_import_in_English_says_row_column_value()
    {
        using var english = MessageLanguage.Use(MessageLanguage.English);
        var r = Csv("q9\n7\n");
        Assert.Equal("svar.csv, row 2, column \"q9\", value \"7\": code 7 is not on scale S5 (valid codes 1–5); kept empty", Assert.Single(r.Report.Issues).Message);
        Assert.StartsWith("Dataset: 1 respondents × 1 variables", r.Dataset.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_message_key_has_both_languages_and_the_bokmal_texts_hold_no_English_location_words()
    {
        var nb = Messages.Catalog.Entries(MessageLanguage.Bokmal);
        var en = Messages.Catalog.Entries(MessageLanguage.English);
        Assert.Equal(nb.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in nb.Where(e => e.Key.StartsWith("Import", StringComparison.Ordinal) || e.Key.StartsWith("Dataset", StringComparison.Ordinal)))
        {
            foreach (var word in new[] { " row ", " column ", " value ", "kept empty", " the " })
            {
                Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{key}: «{text}» has the English «{word.Trim()}»");
            }
        }
    }
}
