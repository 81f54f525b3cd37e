using System.Globalization;
using Analysenotater.Import;
using Analysenotater.Localization;
using Analysenotater.Text.Screening;

namespace Analysenotater.Tests.Localization;

public sealed class MessageLanguageTests
{
    [Fact]
    public void Bokmal_is_the_default_whatever_the_machine_culture_and_English_is_a_scope_away()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("Telefonnummer", Messages.Name(IdentifierKind.PhoneNumber));
            using (MessageLanguage.Use(MessageLanguage.Parse("en")))
            {
                Assert.Equal("Phone number", Messages.Name(IdentifierKind.PhoneNumber));
                Assert.Equal("en-GB", MessageLanguage.FormatCulture.Name);
            }

            Assert.Equal("Telefonnummer", Messages.Name(IdentifierKind.PhoneNumber));
            Assert.Equal("nb-NO", MessageLanguage.FormatCulture.Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Every_kind_and_action_shown_to_users_has_a_name_in_bokmal_and_English()
    {
        var nb = Messages.Catalog.Entries(MessageLanguage.Bokmal);
        var en = Messages.Catalog.Entries(MessageLanguage.English);
        var kinds = Enum.GetValues<IdentifierKind>().Cast<Enum>().Concat(Enum.GetValues<ImportIssueKind>().Cast<Enum>()).Concat(Enum.GetValues<ScreeningAction>().Cast<Enum>());
        foreach (var kind in kinds)
        {
            var key = kind.GetType().Name + "." + kind;
            Assert.True(nb.ContainsKey(key), $"Localization/Resources/Messages.resx lacks {key}");
            Assert.True(en.ContainsKey(key), $"Localization/Resources/Messages.en.resx lacks {key}");
        }

        Assert.Equal(nb.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Formatted_texts_use_the_language_number_format_and_unknown_languages_are_refused()
    {
        Assert.Contains("«tysk»", Assert.Throws<ArgumentException>(() => MessageLanguage.Parse("tysk")).Message, StringComparison.Ordinal);
        using (MessageLanguage.Use(MessageLanguage.English))
        {
            Assert.Contains("'tysk'", Assert.Throws<ArgumentException>(() => MessageLanguage.Parse("tysk")).Message, StringComparison.Ordinal);
        }
    }
}
