using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Parameters;

namespace Analysenotater.Notebooks.Tests.Parameters;

public sealed class ParameterInjectorTests
{
    private static Notebook Basics => NotebookFile.Read(TestFiles.Fixture("basics.ipynb"));

    [Fact]
    public void Declared_parameters_are_typed_by_their_defaults()
    {
        var declared = ParameterInjector.Declared(Basics);
        Assert.Equal(
            [("kommune", "string"), ("minsteN", "int"), ("terskel", "double"), ("visAlle", "bool")],
            declared.Select(p => (p.Name, p.TypeName)));
    }

    [Fact]
    public void Injected_cell_follows_the_parameters_cell_with_typed_literals()
    {
        var nb = ParameterInjector.Inject(Basics, new Dictionary<string, string>
        {
            ["kommune"] = "Bodø \"sentrum\"",
            ["minsteN"] = "10",
            ["terskel"] = "0,75",
            ["visAlle"] = "True",
        }, "basics.ipynb");
        Assert.Equal(8, nb.Cells.Count);
        var injected = nb.Cells[2];
        Assert.Equal([ParameterInjector.InjectedTag], injected.Tags);
        Assert.Equal(
            "// Parametre satt ved kjøring (-p)\nstring kommune = \"Bodø \\\"sentrum\\\"\";\nint minsteN = 10;\ndouble terskel = 0.75d;\nbool visAlle = true;",
            injected.Source);
    }

    [Theory]
    [InlineData("minsteN", "fem", "basics.ipynb: -p minsteN=fem: expected a whole number (the default is 5).")]
    [InlineData("visAlle", "ja", "basics.ipynb: -p visAlle=ja: expected true or false (the default is false).")]
    [InlineData("fylke", "Nordland", "basics.ipynb: -p fylke=Nordland: 'fylke' is not declared in the parameters cell (declared: kommune, minsteN, terskel, visAlle).")]
    public void Bad_parameters_give_clear_errors(string name, string value, string message)
    {
        var e = Assert.Throws<ParameterException>(() => ParameterInjector.Inject(Basics, new Dictionary<string, string> { [name] = value }, "basics.ipynb"));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Notebook_without_parameters_cell_is_an_error()
    {
        var nb = new Notebook([NotebookCell.Code("var x = 1;")]);
        var e = Assert.Throws<ParameterException>(() => ParameterInjector.Inject(nb, new Dictionary<string, string> { ["x"] = "2" }, "u.ipynb"));
        Assert.StartsWith("u.ipynb: no code cell is tagged 'parameters'", e.Message, StringComparison.Ordinal);
    }
}
