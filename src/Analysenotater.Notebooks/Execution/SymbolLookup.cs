using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Analysenotater.Notebooks.Execution;

/// <summary>Completion and inspection from a submission's semantic model (no Roslyn workspace needed).</summary>
internal static class SymbolLookup
{
    private static readonly SymbolDisplayFormat SignatureFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        localOptions: SymbolDisplayLocalOptions.IncludeType,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly string[] Keywords =
    [
        "var", "new", "if", "else", "for", "foreach", "while", "do", "return", "switch", "case", "break", "continue", "using",
        "class", "record", "struct", "static", "public", "private", "async", "await", "true", "false", "null", "string", "int",
        "double", "bool", "decimal", "long", "object", "in", "is", "as", "typeof", "nameof", "try", "catch", "finally", "throw",
    ];

    public static IReadOnlyList<CompletionItem> Complete(Compilation compilation, int position, CancellationToken cancellationToken)
    {
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot(cancellationToken);
        var text = tree.GetText(cancellationToken).ToString();
        var start = position;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
        {
            start--;
        }

        var prefix = text[start..position];
        IEnumerable<ISymbol> symbols;
        var includeKeywords = false;
        var dot = start > 0 ? root.FindToken(start - 1) : default;
        if (dot.IsKind(SyntaxKind.DotToken) && dot.Parent is MemberAccessExpressionSyntax access)
        {
            symbols = MembersOf(model, access.Expression, start, cancellationToken);
        }
        else if (dot.IsKind(SyntaxKind.DotToken) && dot.Parent is QualifiedNameSyntax qualified)
        {
            var left = model.GetSymbolInfo(qualified.Left, cancellationToken).Symbol as INamespaceOrTypeSymbol;
            symbols = left is null ? [] : model.LookupNamespacesAndTypes(start, left);
        }
        else
        {
            symbols = model.LookupSymbols(start);
            includeKeywords = true;
        }

        var items = symbols
            .Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && !s.Name.StartsWith("<", StringComparison.Ordinal))
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => new CompletionItem(g.Key, KindOf(g.First()), g.First().ToDisplayString(SignatureFormat)))
            .ToList();
        if (includeKeywords && prefix.Length > 0)
        {
            items.AddRange(Keywords.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && items.All(i => i.Text != k)).Select(k => new CompletionItem(k, "keyword", null)));
        }

        return [.. items.OrderBy(i => !i.Text.StartsWith(prefix, StringComparison.Ordinal)).ThenBy(i => i.Text, StringComparer.OrdinalIgnoreCase)];
    }

    public static InspectionResult? Inspect(Compilation compilation, int position, CancellationToken cancellationToken)
    {
        var tree = compilation.SyntaxTrees.Last();
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot(cancellationToken);
        var token = root.FindToken(Math.Max(0, Math.Min(position, root.FullSpan.End - 1)));
        if (!token.IsKind(SyntaxKind.IdentifierToken) && position > 0)
        {
            token = root.FindToken(position - 1);
        }

        if (token.Parent is null)
        {
            return null;
        }

        ISymbol? symbol = null;
        for (var node = token.Parent; node is not null && symbol is null; node = node.Parent)
        {
            var info = model.GetSymbolInfo(node, cancellationToken);
            symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node, cancellationToken);
            if (node is StatementSyntax)
            {
                break;
            }
        }

        if (symbol is null)
        {
            return null;
        }

        return new InspectionResult(symbol.ToDisplayString(SignatureFormat), DocumentationLookup.SummaryOf(symbol));
    }

    private static IEnumerable<ISymbol> MembersOf(SemanticModel model, ExpressionSyntax expression, int position, CancellationToken cancellationToken)
    {
        var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
        switch (symbol)
        {
            case INamespaceSymbol ns:
                return model.LookupNamespacesAndTypes(position, ns);
            case ITypeSymbol type:
                return model.LookupStaticMembers(position, type);
        }

        var expressionType = model.GetTypeInfo(expression, cancellationToken).Type;
        return expressionType is null ? [] : model.LookupSymbols(position, expressionType, includeReducedExtensionMethods: true)
            .Where(s => s is not ITypeSymbol && (!s.IsStatic || s is IMethodSymbol { MethodKind: MethodKind.ReducedExtension })); // after an instance only instance members and extensions are valid; nested types are not
    }

    private static string KindOf(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol t => t.TypeKind switch
        {
            TypeKind.Interface => "interface",
            TypeKind.Struct => "struct",
            TypeKind.Enum => "enum",
            TypeKind.Delegate => "delegate",
            _ => "class",
        },
        _ => symbol.Kind switch
        {
            SymbolKind.Method => "method",
            SymbolKind.Property => "property",
            SymbolKind.Field => "field",
            SymbolKind.Local => "local",
            SymbolKind.Parameter => "parameter",
            SymbolKind.Namespace => "namespace",
            SymbolKind.Event => "event",
            _ => symbol.Kind.ToString().ToLowerInvariant(),
        },
    };
}
