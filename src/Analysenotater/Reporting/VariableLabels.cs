using System.Globalization;
using Analysenotater.Data;
using Analysenotater.Instruments;
using Analysenotater.Localization;
using Analysenotater.Studies;

namespace Analysenotater.Reporting;

/// <summary>
/// Where result tables and charts get the words for variables and codes: the label of a variable (an item's short
/// label or text, an indicator's name from the scoring rules, a role's name such as «Kjønn», or a label set by hand)
/// and the label of a code (the study's role labels such as 2 = «Menn», else the item's answer scale). Names and codes
/// without a label are shown as they are, so nothing is ever hidden. Immutable.
/// </summary>
/// <remarks>
/// A dataset knows its labels (<see cref="SurveyDataset.Labels"/>), and a model built from a dataset carries them to
/// its result, so <c>Summary()</c> shows «Kjønn: Menn» where the data say <c>kjonn=2</c>. Raw names are available by
/// option: <see cref="None"/> for one model or table, or <see cref="ShowNames"/> for everything rendered in a scope.
/// </remarks>
public sealed class VariableLabels
{
    private static readonly AsyncLocal<bool> NamesOnly = new();

    private readonly Instrument? _instrument;
    private readonly DatasetRoles? _roles;
    private readonly Dictionary<string, string> _variables;
    private readonly Dictionary<string, IReadOnlyDictionary<int, string>> _values;

    private VariableLabels(Instrument? instrument, DatasetRoles? roles, Dictionary<string, string> variables, Dictionary<string, IReadOnlyDictionary<int, string>> values)
    {
        _instrument = instrument;
        _roles = roles;
        _variables = variables;
        _values = values;
    }

    /// <summary>No labels: every variable and code is shown by its raw name.</summary>
    public static VariableLabels None { get; } = new(null, null, new(StringComparer.Ordinal), new(StringComparer.Ordinal)) { _raw = true };

    private bool _raw;

    private bool Raw => _raw || NamesOnly.Value;

    /// <summary>True inside a <see cref="ShowNames"/> scope: every lookup returns the raw name or code.</summary>
    public static bool ShowingNames => NamesOnly.Value;

    /// <summary>The labels an instrument and a study's roles give (no instrument or roles: none from them).</summary>
    /// <param name="instrument">The instrument (items, answer scales, indicators), or null.</param>
    /// <param name="roles">The dataset's roles with the study's code labels, or null.</param>
    /// <returns>The labels.</returns>
    public static VariableLabels From(Instrument? instrument, DatasetRoles? roles) =>
        new(instrument, roles, new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>Shows raw variable names and codes instead of labels in everything rendered until the scope is disposed
    /// (the current async flow only): <c>using (VariableLabels.ShowNames()) display(fit);</c>.</summary>
    /// <returns>The scope.</returns>
    public static IDisposable ShowNames()
    {
        var previous = NamesOnly.Value;
        NamesOnly.Value = true;
        return new Scope(() => NamesOnly.Value = previous);
    }

    /// <summary>These labels with <paramref name="name"/> labelled <paramref name="label"/> (and its codes labelled, when given).</summary>
    /// <param name="name">The variable (column) name.</param>
    /// <param name="label">The label to show for it.</param>
    /// <param name="valueLabels">Labels of its codes, or null to keep those it has.</param>
    /// <returns>New labels; this instance is unchanged.</returns>
    /// <exception cref="ArgumentException">An empty name or label.</exception>
    public VariableLabels With(string name, string label, IReadOnlyDictionary<int, string>? valueLabels = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var variables = new Dictionary<string, string>(_variables, StringComparer.Ordinal) { [name] = label };
        var values = new Dictionary<string, IReadOnlyDictionary<int, string>>(_values, StringComparer.Ordinal);
        if (valueLabels is not null)
        {
            values[name] = valueLabels;
        }

        return new VariableLabels(_instrument, _roles, variables, values);
    }

    /// <summary>These labels with every label set by hand in <paramref name="other"/> added (they win).</summary>
    /// <param name="other">Labels set with <see cref="With"/>.</param>
    /// <returns>New labels.</returns>
    internal VariableLabels WithOverrides(VariableLabels other)
    {
        if (other._variables.Count == 0 && other._values.Count == 0)
        {
            return this;
        }

        var variables = new Dictionary<string, string>(_variables, StringComparer.Ordinal);
        foreach (var (k, v) in other._variables)
        {
            variables[k] = v;
        }

        var values = new Dictionary<string, IReadOnlyDictionary<int, string>>(_values, StringComparer.Ordinal);
        foreach (var (k, v) in other._values)
        {
            values[k] = v;
        }

        return new VariableLabels(_instrument, _roles, variables, values);
    }

    /// <summary>The label of a variable: set by hand, else the instrument's indicator name, the study role's name
    /// (kjønn, alder, kommunestørrelse …), the item's short label or text; else the name itself.</summary>
    /// <param name="name">The variable (column) name.</param>
    /// <returns>The label, or <paramref name="name"/>.</returns>
    public string Variable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Raw)
        {
            return name;
        }

        if (_variables.TryGetValue(name, out var own))
        {
            return own;
        }

        if (_instrument?.Indicators.FirstOrDefault(i => i.Id == name) is { } indicator)
        {
            return indicator.Name;
        }

        if (RoleOf(name) is { } role)
        {
            return Messages.Name(role);
        }

        return _instrument is not null && _instrument.HasItem(name) ? _instrument.GetItem(name).DisplayLabel : name;
    }

    /// <summary>The <see cref="Variable"/> label for use inside a sentence («… etter kommunestørrelse»): the first
    /// letter in lower case unless the label starts with an abbreviation (HSCL) or is the raw name.</summary>
    /// <param name="name">The variable (column) name.</param>
    /// <returns>The label.</returns>
    public string VariableInText(string name)
    {
        var label = Variable(name);
        return label == name || label.Length < 2 || !char.IsUpper(label[0]) || char.IsUpper(label[1])
            ? label
            : char.ToLower(label[0], MessageLanguage.FormatCulture) + label[1..];
    }

    /// <summary>The label of code <paramref name="code"/> of <paramref name="variable"/>: set by hand, else the study's
    /// role labels, else the item's answer scale; else the code itself.</summary>
    /// <param name="variable">The variable (column) name.</param>
    /// <param name="code">The code as invariant text (for example "2"); text values are returned as they are.</param>
    /// <returns>The label, or <paramref name="code"/>.</returns>
    public string Value(string variable, string code)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(code);
        if (Raw || !int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c))
        {
            return code;
        }

        if (_values.TryGetValue(variable, out var own))
        {
            return own.TryGetValue(c, out var l) ? l : code;
        }

        if (_roles?.LabelsOf(variable) is { } roleLabels && roleLabels.TryGetValue(c, out var rl))
        {
            return rl;
        }

        return _instrument is not null && _instrument.HasItem(variable) && _instrument.ScaleOf(variable)?.Find(c) is { } option ? option.Label : code;
    }

    /// <summary>The label of a model coefficient: «(Konstant)» in the current language, a predictor's
    /// <see cref="Variable"/> label, a dummy <c>name=level</c> as «label: level label», and an interaction
    /// <c>a:b</c> as «a × b».</summary>
    /// <param name="coefficient">The coefficient name as the model frame gives it.</param>
    /// <returns>The label.</returns>
    public string Coefficient(string coefficient)
    {
        ArgumentNullException.ThrowIfNull(coefficient);
        if (coefficient is "(Konstant)" or "(Intercept)")
        {
            return Raw ? coefficient : Messages.Get("Model.Constant");
        }

        if (Raw)
        {
            return coefficient;
        }

        if (coefficient.Contains(':', StringComparison.Ordinal))
        {
            return string.Join(" × ", coefficient.Split(':').Select(Coefficient));
        }

        var eq = coefficient.IndexOf('=', StringComparison.Ordinal);
        if (eq > 0)
        {
            var name = coefficient[..eq];
            return Variable(name) + ": " + Value(name, coefficient[(eq + 1)..]);
        }

        return Variable(coefficient);
    }

    private StudyRole? RoleOf(string name)
    {
        if (_roles is null)
        {
            return null;
        }

        return name == _roles.Gender ? StudyRole.Gender
            : name == _roles.Age ? StudyRole.Age
            : name == _roles.SizeGroup ? StudyRole.SizeGroup
            : name == _roles.Municipality ? StudyRole.Municipality
            : name == _roles.Weight ? StudyRole.Weight
            : name == _roles.Round ? StudyRole.Round
            : name == _roles.Cluster ? StudyRole.Cluster
            : name == _roles.Stratum ? StudyRole.Stratum
            : null;
    }

    private sealed class Scope(Action restore) : IDisposable
    {
        private Action? _restore = restore;

        public void Dispose()
        {
            _restore?.Invoke();
            _restore = null;
        }
    }
}
