using Analysenotater.Import;

namespace Analysenotater.Tests.Import;

public sealed class SeparatedTextTests
{
    [Fact]
    public void Quotes_doubled_quotes_line_breaks_and_bom_are_read_by_sep()
    {
        var records = SeparatedText.ReadRecords("\uFEFFa,b\r\n\"x, y\",\"si \"\"hei\"\"\nnytt\"\n\n1,2,3\n", ',');
        Assert.Equal(4, records.Count);
        Assert.Equal(["a", "b"], records[0]);
        Assert.Equal(["x, y", "si \"hei\"\nnytt"], records[1]);
        Assert.Equal([""], records[2]); // the empty line
        Assert.Equal(["1", "2", "3"], records[3]); // rows of any length
    }

    [Fact]
    public void Unclosed_quote_names_the_line_where_it_opens()
    {
        var ex = Assert.Throws<InvalidDataException>(() => SeparatedText.ReadRecords("a,b\n1,2\n3,\"uten slutt\n4,5\n", ',', "marginer.csv"));
        Assert.Equal("marginer.csv: the quoted field that opens on line 3 is never closed.", ex.Message);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_a_plain_character_not_an_unclosed_quote()
    {
        var records = SeparatedText.ReadRecords("skjerm,pris\n24\" tv,1990\n27\" tv,2490\n", ',');
        Assert.Equal([["skjerm", "pris"], ["24\" tv", "1990"], ["27\" tv", "2490"]], records);
    }

    [Fact]
    public void Empty_text_has_no_records() => Assert.Empty(SeparatedText.ReadRecords("", ';'));
}
