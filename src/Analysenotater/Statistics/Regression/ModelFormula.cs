using System.Globalization;
using System.Text;
using Analysenotater.Data;

namespace Analysenotater.Statistics.Regression;

/// <summary>
/// R / patsy (statsmodels) model formulas for the <see cref="ModelSpecification"/> builder:
/// <c>"ind_samlet ~ kjonn + alder + C(utdanning, Treatment('grunnskole'))"</c> gives the same specification as
/// <c>ModelSpecification.For(data, "ind_samlet").Numeric("kjonn").Numeric("alder").Categorical("utdanning", "grunnskole")</c>.
/// </summary>
/// <remarks>
/// <para>Terms: a column name (a numeric or code column is a numeric predictor, as in R; a text column is categorical
/// with the first level as reference, as in patsy); <c>C(x)</c> categorical with the first level (numeric order when
/// every level is a number, else ordinal text order) as reference; <c>C(x, Treatment('ref'))</c>,
/// <c>C(x, Treatment(ref = 'ref'))</c>, <c>C(x, Treatment(reference = 2))</c> with that reference; <c>a:b</c> the
/// interaction (the products of a's and b's columns: for a categorical factor its non-reference dummies, named
/// <c>a=level:b</c>); <c>a*b</c> = <c>a + b + a:b</c>; <c>+ 1</c> (the constant, always present). Quotes may be single or
/// double. Missing values: a row missing any variable of the model is deleted listwise, as in the builder.</para>
/// <para>Not supported, with a message saying so: removing the constant (<c>- 1</c>, <c>+ 0</c>), since the models here
/// always have one; transformations such as <c>log(x)</c> or <c>I(x**2)</c> (add a computed column to the dataset).</para>
/// </remarks>
public static class ModelFormula
{
    /// <summary>Parses <paramref name="formula"/> against the columns of <paramref name="data"/>.</summary>
    /// <exception cref="ModelSpecificationException">Bad syntax (the message shows the position), an unknown column
    /// (the message names the term and the column and lists the dataset's columns), an unknown reference level, or an
    /// unsupported term.</exception>
    public static ModelSpecification Parse(SurveyDataset data, string formula)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(formula);
        var tilde = formula.IndexOf('~', StringComparison.Ordinal);
        if (tilde < 0)
        {
            throw new ModelSpecificationException($"Formula '{formula}' has no '~': write it as 'dependent ~ term + term'.");
        }

        var lhs = formula[..tilde].Trim();
        if (lhs.Length == 0 || !lhs.All(IsNameChar))
        {
            throw new ModelSpecificationException($"Formula '{formula}': the left side '{lhs}' must be one column name.");
        }

        Require(data, formula, lhs, lhs);
        var parser = new Parser(formula, tilde + 1);
        var terms = parser.Terms();
        var spec = ModelSpecification.For(data, lhs);
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var expanded in term.Expand())
            {
                Add(data, formula, spec, expanded, added);
            }
        }

        return spec;
    }

    private static void Add(SurveyDataset data, string formula, ModelSpecification spec, IReadOnlyList<Factor> product, HashSet<string> added)
    {
        var name = string.Join(":", product.Select(f => f.Column));
        if (!added.Add(name))
        {
            return; // a*b + a: a is in once, as in R
        }

        foreach (var f in product)
        {
            Require(data, formula, f.Text, f.Column);
        }

        if (product.Count == 1)
        {
            var f = product[0];
            if (f.Categorical || data[f.Column] is TextColumn)
            {
                spec.Categorical(f.Column, Reference(data, formula, f), null);
            }
            else
            {
                spec.Numeric(f.Column);
            }

            return;
        }

        // An interaction: one numeric column per combination of the factors' columns (dummies for categorical ones).
        IEnumerable<(string Name, double[] Values)> columns = [("", Enumerable.Repeat(1.0, data.RowCount).ToArray())];
        foreach (var f in product)
        {
            var own = ColumnsOf(data, formula, f);
            columns = [.. columns.SelectMany(c => own.Select(o => (c.Name.Length == 0 ? o.Name : c.Name + ":" + o.Name, Multiply(c.Values, o.Values))))];
        }

        foreach (var (colName, values) in columns)
        {
            spec.Numeric(colName, values);
        }
    }

    private static List<(string Name, double[] Values)> ColumnsOf(SurveyDataset data, string formula, Factor f)
    {
        if (!f.Categorical && data[f.Column] is not TextColumn)
        {
            return [(f.Column, data.ValidValues(f.Column))];
        }

        var levels = Levels(data, f.Column);
        var reference = Reference(data, formula, f);
        var values = LevelValues(data, f.Column);
        return [.. levels.Where(l => l != reference).Select(l => ($"{f.Column}={l}", values.Select(v => v is null ? double.NaN : v == l ? 1.0 : 0.0).ToArray()))];
    }

    private static double[] Multiply(double[] a, double[] b)
    {
        var r = new double[a.Length];
        for (var i = 0; i < r.Length; i++)
        {
            r[i] = a[i] * b[i];
        }

        return r;
    }

    private static string Reference(SurveyDataset data, string formula, Factor f)
    {
        var levels = Levels(data, f.Column);
        if (f.Reference is null)
        {
            return levels.Count > 0 ? levels[0] : throw new ModelSpecificationException($"Formula '{formula}', term '{f.Text}': column '{f.Column}' has no values.");
        }

        if (levels.Contains(f.Reference))
        {
            return f.Reference;
        }

        throw new ModelSpecificationException($"Formula '{formula}', term '{f.Text}': the reference level '{f.Reference}' does not occur in column '{f.Column}' (levels: {string.Join(", ", levels)}).");
    }

    private static string?[] LevelValues(SurveyDataset data, string column) => data[column] is TextColumn tc
        ? [.. tc.Values.Select(v => string.IsNullOrEmpty(v) ? null : v)]
        : [.. data.ValidValues(column).Select(x => double.IsNaN(x) ? null : x.ToString("R", CultureInfo.InvariantCulture))];

    /// <summary>The distinct levels: numeric order when all are numbers, else ordinal text order.</summary>
    private static List<string> Levels(SurveyDataset data, string column)
    {
        var distinct = LevelValues(data, column).Where(v => v is not null).Select(v => v!).Distinct().ToList();
        var numeric = distinct.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        return numeric
            ? [.. distinct.OrderBy(v => double.Parse(v, CultureInfo.InvariantCulture))]
            : [.. distinct.Order(StringComparer.Ordinal)];
    }

    private static void Require(SurveyDataset data, string formula, string term, string column)
    {
        if (!data.HasColumn(column))
        {
            var names = data.Columns.Select(c => c.Name).ToList();
            var near = names.Where(n => n.Contains(column, StringComparison.OrdinalIgnoreCase) || column.Contains(n, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
            throw new ModelSpecificationException($"Formula '{formula}', term '{term}': the dataset has no column '{column}'."
                + (near.Count > 0 ? $" Did you mean {string.Join(", ", near.Select(n => "'" + n + "'"))}?" : "")
                + $" Columns: {string.Join(", ", names.Take(40))}{(names.Count > 40 ? ", …" : "")}.");
        }
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

    /// <summary>A variable in a term: its column, whether C() made it categorical, and its reference level.</summary>
    private sealed record Factor(string Column, bool Categorical, string? Reference, string Text);

    /// <summary>A term: factors joined by ':' (one product) or '*' (all sub-products).</summary>
    private sealed record Term(IReadOnlyList<Factor> Factors, bool Crossed)
    {
        public IEnumerable<IReadOnlyList<Factor>> Expand()
        {
            if (!Crossed)
            {
                yield return Factors;
                yield break;
            }

            // a*b*c: every non-empty subset, smaller ones first (R order: main effects, then interactions).
            var n = Factors.Count;
            for (var size = 1; size <= n; size++)
            {
                for (var mask = 1; mask < 1 << n; mask++)
                {
                    if (System.Numerics.BitOperations.PopCount((uint)mask) == size)
                    {
                        yield return [.. Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).Select(i => Factors[i])];
                    }
                }
            }
        }
    }

    private sealed class Parser(string text, int position)
    {
        private int _pos = position;

        public List<Term> Terms()
        {
            var terms = new List<Term>();
            var sign = '+';
            while (true)
            {
                Skip();
                var start = _pos;
                if (Peek() is '0' or '1' && !IsNameChar(PeekAt(1)))
                {
                    var digit = text[_pos++];
                    if ((sign == '-' && digit == '1') || (sign == '+' && digit == '0'))
                    {
                        throw new ModelSpecificationException($"Formula '{text}': '{sign} {digit}' (a model without constant) is not supported; the models here always have a constant «(Konstant)».");
                    }
                }
                else if (sign == '-')
                {
                    throw new ModelSpecificationException($"Formula '{text}': removing the term at position {start + 1} with '-' is not supported; leave the term out instead.");
                }
                else
                {
                    terms.Add(TermAt());
                }

                Skip();
                if (_pos >= text.Length)
                {
                    return terms;
                }

                sign = text[_pos];
                if (sign is not ('+' or '-'))
                {
                    throw Error($"expected '+' or '-' but found '{sign}'");
                }

                _pos++;
            }
        }

        private Term TermAt()
        {
            var factors = new List<Factor> { FactorAt() };
            var crossed = false;
            var joined = false;
            while (true)
            {
                Skip();
                if (Peek() is ':' or '*')
                {
                    var op = text[_pos++];
                    crossed |= op == '*';
                    joined |= op == ':';
                    if (crossed && joined)
                    {
                        throw Error("mixing ':' and '*' in one term is not supported; write the products out (a*b = a + b + a:b)");
                    }

                    factors.Add(FactorAt());
                }
                else
                {
                    return new Term(factors, crossed);
                }
            }
        }

        private Factor FactorAt()
        {
            Skip();
            var start = _pos;
            var name = Name();
            Skip();
            if (Peek() != '(')
            {
                return new Factor(name, false, null, name);
            }

            if (name != "C")
            {
                throw new ModelSpecificationException($"Formula '{text}', term '{name}(…)': the function '{name}' is not supported (only C(column) and C(column, Treatment('reference'))); add a computed column to the dataset instead.");
            }

            _pos++;
            Skip();
            var column = Name();
            string? reference = null;
            Skip();
            if (Peek() == ',')
            {
                _pos++;
                Skip();
                var contrast = Name();
                if (contrast != "Treatment")
                {
                    throw new ModelSpecificationException($"Formula '{text}', term 'C({column}, {contrast}…)': only Treatment contrasts (dummy coding against a reference) are supported.");
                }

                Expect('(');
                Skip();
                var save = _pos;
                var key = Peek() is '\'' or '"' ? "" : Name();
                Skip();
                if (key.Length > 0 && Peek() == '=')
                {
                    if (key is not ("ref" or "reference"))
                    {
                        throw Error($"Treatment takes 'ref' or 'reference', not '{key}'");
                    }

                    _pos++;
                }
                else
                {
                    _pos = save;
                }

                reference = Value();
                Expect(')');
            }

            Expect(')');
            return new Factor(column, true, reference, text[start.._pos].Trim());
        }

        private string Value()
        {
            Skip();
            if (Peek() is '\'' or '"')
            {
                var quote = text[_pos++];
                var end = text.IndexOf(quote, _pos);
                if (end < 0)
                {
                    throw Error("a quote is not closed");
                }

                var v = text[_pos..end];
                _pos = end + 1;
                return v;
            }

            return Name(); // an unquoted level, e.g. Treatment(2) or Treatment(ref = 2)
        }

        private string Name()
        {
            Skip();
            var sb = new StringBuilder();
            if (Peek() == '`')
            {
                var end = text.IndexOf('`', _pos + 1);
                if (end < 0)
                {
                    throw Error("a backquote is not closed");
                }

                var quoted = text[(_pos + 1)..end];
                _pos = end + 1;
                return quoted;
            }

            while (_pos < text.Length && (IsNameChar(text[_pos]) || (text[_pos] == '-' && sb.Length > 0 && _pos + 1 < text.Length && char.IsDigit(text[_pos + 1]) && char.IsDigit(sb[^1]))))
            {
                sb.Append(text[_pos++]);
            }

            return sb.Length > 0 ? sb.ToString() : throw Error(_pos < text.Length ? $"expected a column name but found '{text[_pos]}'" : "expected a column name at the end");
        }

        private void Expect(char c)
        {
            Skip();
            if (Peek() != c)
            {
                throw Error(_pos < text.Length ? $"expected '{c}' but found '{text[_pos]}'" : $"expected '{c}' at the end");
            }

            _pos++;
        }

        private void Skip()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }

        private char Peek() => _pos < text.Length ? text[_pos] : '\0';

        private char PeekAt(int k) => _pos + k < text.Length ? text[_pos + k] : '\0';

        private ModelSpecificationException Error(string what) => new($"Formula '{text}', position {_pos + 1}: {what}.");
    }
}
