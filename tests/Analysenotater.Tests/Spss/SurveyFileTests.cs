using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>The one entry point dispatches on the extension.</summary>
public sealed class SurveyFileTests
{
    [Theory]
    [InlineData("fixture-compressed.sav")]
    [InlineData("fixture.zsav")]
    public void SPSS_files_are_read_like_SpssImport_reads_them(string name)
    {
        var viaEntry = SurveyFile.Read(SpssTestFiles.PathOf(name));
        var direct = SpssImport.Read(SpssTestFiles.PathOf(name));
        Assert.Equal(direct.Dataset.Columns.Select(c => c.Name), viaEntry.Dataset.Columns.Select(c => c.Name));
        Assert.Equal(7, viaEntry.Dataset.RowCount);
    }

    [Fact]
    public void CSV_goes_to_the_core_CSV_reader()
    {
        var dir = Directory.CreateTempSubdirectory("analysenotater-spss-").FullName;
        var path = Path.Combine(dir, "svar.CSV");
        File.WriteAllText(path, "id;navn\n1;Åse\n2;Bjørn\n");
        var r = SurveyFile.Read(path);
        Assert.Equal(2, r.Dataset.RowCount);
        Assert.Equal(["id", "navn"], r.Dataset.Columns.Select(c => c.Name));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void Unknown_extension_is_refused_with_the_list_of_formats()
    {
        var ex = Assert.Throws<ArgumentException>(() => SurveyFile.Read("data.por"));
        Assert.Contains(".zsav", ex.Message, StringComparison.Ordinal);
        Assert.True(SurveyFile.IsSupported("X.ZSAV"));
        Assert.False(SurveyFile.IsSupported("x.por"));
    }
}
