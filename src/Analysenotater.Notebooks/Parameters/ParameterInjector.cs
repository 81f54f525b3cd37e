using System.Globalization;
using Analysenotater.Notebooks.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Analysenotater.Notebooks.Parameters;

/// <summary>
/// Papermill-style parameters: the notebook's first code cell tagged <c>parameters</c> declares defaults
/// (<c>var kommune = "Trondheim";</c>, <c>int minsteN = 5;</c>); <see cref="Inject"/> adds a cell tagged
/// <c>injected-parameters</c> right after it that re-declares the given names with values typed like the defaults.
/// </summary>
public static class ParameterInjector
{
    /// <summary>The tag that marks the defaults cell.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell <see cref="Inject"/> adds.</summary>
    public const string InjectedTag = "injected-parameters";

    private static readonly CSharpParseOptions ScriptParse = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>The parameters declared in the cell tagged <c>parameters</c>; empty when there is none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="notebook"/> is null.</exception>
    public static IReadOnlyList<NotebookParameter> Declared(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var cell = notebook.Cells.FirstOrDefault(c => c.Kind == NotebookCellKind.Code && c.Tags.Contains(ParametersTag));
        return cell is null ? [] : Parse(cell.Source);
    }

    /// <summary>
    /// Returns a copy of <paramref name="notebook"/> with an injected-parameters cell after the parameters cell (an
    /// earlier injected cell is replaced). <paramref name="notebookName"/> appears in error messages.
    /// </summary>
    /// <exception cref="ParameterException">
    /// No cell is tagged <c>parameters</c>, a name is not declared there, or a value does not fit the default's type
    /// (the message names the notebook, parameter, value and expected type).
    /// </exception>
    public static Notebook Inject(Notebook notebook, IReadOnlyDictionary<string, string> values, string notebookName)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return notebook;
        }

        var cells = notebook.Cells.Where(c => !c.Tags.Contains(InjectedTag)).ToList();
        var index = cells.FindIndex(c => c.Kind == NotebookCellKind.Code && c.Tags.Contains(ParametersTag));
        if (index < 0)
        {
            throw new ParameterException($"{notebookName}: no code cell is tagged '{ParametersTag}', so -p {values.Keys.First()}=… has nowhere to go. Tag the cell that holds the defaults.");
        }

        var declared = Parse(cells[index].Source).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var lines = new List<string> { "// Parametre satt ved kjøring (-p)" };
        foreach (var (name, value) in values)
        {
            if (!declared.TryGetValue(name, out var parameter))
            {
                var known = declared.Count == 0 ? "none" : string.Join(", ", declared.Keys);
                throw new ParameterException($"{notebookName}: -p {name}={value}: '{name}' is not declared in the parameters cell (declared: {known}).");
            }

            lines.Add($"{parameter.TypeName} {name} = {Literal(parameter, value, notebookName)};");
        }

        var injected = NotebookCell.Code(string.Join("\n", lines)) with { Tags = [InjectedTag], Id = InjectedTag };
        cells.Insert(index + 1, injected);
        return notebook with { Cells = cells };
    }

    private static List<NotebookParameter> Parse(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, ScriptParse).GetCompilationUnitRoot();
        var list = new List<NotebookParameter>();
        foreach (var member in root.Members)
        {
            var declaration = member switch
            {
                FieldDeclarationSyntax f => f.Declaration,
                GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax l } => l.Declaration,
                _ => null,
            };
            if (declaration is null)
            {
                continue;
            }

            foreach (var v in declaration.Variables)
            {
                var type = declaration.Type.IsVar ? TypeOfLiteral(v.Initializer?.Value) : declaration.Type.ToString();
                if (type is not null)
                {
                    list.Add(new NotebookParameter(v.Identifier.Text, type, v.Initializer?.Value.ToString() ?? ""));
                }
            }
        }

        return list;
    }

    private static string? TypeOfLiteral(ExpressionSyntax? e) => e switch
    {
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) => "string",
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.TrueLiteralExpression) || l.IsKind(SyntaxKind.FalseLiteralExpression) => "bool",
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.NumericLiteralExpression) => l.Token.Value switch
        {
            int => "int",
            long => "long",
            double => "double",
            float => "float",
            decimal => "decimal",
            _ => null,
        },
        PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken } p => TypeOfLiteral(p.Operand),
        InterpolatedStringExpressionSyntax => "string",
        _ => null,
    };

    private static string Literal(NotebookParameter p, string value, string notebookName)
    {
        var number = value.Trim();
        if (!number.Contains('.', StringComparison.Ordinal))
        {
            number = number.Replace(',', '.');
        }

        string Fail(string expected) => throw new ParameterException($"{notebookName}: -p {p.Name}={value}: expected {expected} (the default is {p.DefaultSource}).");

        switch (p.TypeName)
        {
            case "string":
            case "string?":
                return SymbolDisplay.FormatLiteral(value, quote: true);
            case "bool":
                return bool.TryParse(value.Trim(), out var b) ? (b ? "true" : "false") : Fail("true or false");
            case "int":
                return int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i.ToString(CultureInfo.InvariantCulture) : Fail("a whole number");
            case "long":
                return long.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l.ToString(CultureInfo.InvariantCulture) + "L" : Fail("a whole number");
            case "double":
                return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) + "d" : Fail("a number");
            case "float":
                return float.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && float.IsFinite(f) ? f.ToString("R", CultureInfo.InvariantCulture) + "f" : Fail("a number");
            case "decimal":
                return decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m.ToString(CultureInfo.InvariantCulture) + "m" : Fail("a number");
            default:
                throw new ParameterException($"{notebookName}: -p {p.Name}={value}: the parameter's type '{p.TypeName}' cannot be set from the command line (use string, bool, int, long, double, float or decimal).");
        }
    }
}
