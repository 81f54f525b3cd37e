namespace Analysenotater.Cli.DataCommands;

/// <summary>
/// The arguments of a data command: positional arguments in order, options with a value (<c>--by kjonn</c> or
/// <c>--by=kjonn</c>) and flags (<c>--strict</c>). Unknown options and missing values are usage errors.
/// </summary>
internal sealed class DataArguments
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _flags;

    private DataArguments(IReadOnlyList<string> positional, Dictionary<string, string> values, HashSet<string> flags)
    {
        Positional = positional;
        _values = values;
        _flags = flags;
    }

    /// <summary>The arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>The value of an option, or null when it was not given.</summary>
    public string? Value(string option) => _values.GetValueOrDefault(option);

    /// <summary>True when the flag was given.</summary>
    public bool Flag(string flag) => _flags.Contains(flag);

    /// <summary>Parses <paramref name="args"/> given the options that take a value and the flags the command knows.</summary>
    /// <exception cref="CliUsageException">An unknown option, a repeated option or an option without its value.</exception>
    public static DataArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var positional = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal) || a == "--")
            {
                positional.Add(a);
                continue;
            }

            var eq = a.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? a[..eq] : a;
            if (flagOptions.Contains(name))
            {
                if (eq > 0)
                {
                    throw new CliUsageException($"{name} takes no value.");
                }

                flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                string value;
                if (eq > 0)
                {
                    value = a[(eq + 1)..];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }
                else
                {
                    throw new CliUsageException($"{name} needs a value.");
                }

                if (value.Length == 0)
                {
                    throw new CliUsageException($"{name} needs a value.");
                }

                if (!values.TryAdd(name, value))
                {
                    throw new CliUsageException($"{name} is given twice.");
                }
            }
            else
            {
                var known = valueOptions.Concat(flagOptions).Order(StringComparer.Ordinal).ToList();
                throw new CliUsageException($"unknown option '{name}'" + (known.Count > 0 ? $" (known: {string.Join(", ", known)})." : "."));
            }
        }

        return new DataArguments(positional, values, flags);
    }
}
