namespace Analysenotater.Notebooks.Parameters;

/// <summary>A parameter declared in the notebook's cell tagged <c>parameters</c>.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="TypeName">The C# type: "string", "int", "long", "double", "decimal", "float" or "bool".</param>
/// <param name="DefaultSource">The default as written in the cell.</param>
public sealed record NotebookParameter(string Name, string TypeName, string DefaultSource);
