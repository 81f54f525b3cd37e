using Analysenotater.Text.Screening;
using Analysenotater.Text.Tokenization;
using Lucene.Net.Analysis.No;

namespace Analysenotater.Text.Frequencies;

/// <summary>Turns one screened comment into counted terms (key = stem or lower-cased form; surface = lower-cased form as written).</summary>
internal sealed class TermExtractor
{
    private readonly WordFrequencySettings _settings;
    private readonly NorwegianLightStemmer? _light;
    private readonly NorwegianMinimalStemmer? _minimal;

    public TermExtractor(WordFrequencySettings settings)
    {
        _settings = settings;
        var standard = (NorwegianStandard)(int)settings.Variant;
        if (settings.Stemming == StemmingMode.Light)
        {
            _light = new NorwegianLightStemmer(standard);
        }
        else if (settings.Stemming == StemmingMode.Minimal)
        {
            _minimal = new NorwegianMinimalStemmer(standard);
        }
    }

    /// <summary>The key a lower-cased word is grouped under.</summary>
    public string KeyOf(string lowerWord)
    {
        if (_light is null && _minimal is null)
        {
            return lowerWord;
        }

        var buffer = lowerWord.ToCharArray();
        var len = _light?.Stem(buffer, buffer.Length) ?? _minimal!.Stem(buffer, buffer.Length);
        return new string(buffer, 0, len);
    }

    /// <summary>The counted terms of a comment, in order; phrases follow the single words.</summary>
    public List<(string Key, string Surface, int Words)> Extract(ScreenedComment comment)
    {
        var result = new List<(string, string, int)>();
        var run = new List<(string Key, string Surface)>();
        var tokens = NorwegianTokenizer.Tokenize(comment.Text);
        foreach (var t in tokens)
        {
            var counted = t.Kind == TokenKind.Word && !comment.OverlapsRedaction(t.Start, t.Length) && Passes(t.Lower);
            if (counted)
            {
                run.Add((KeyOf(t.Lower), t.Lower));
            }
            else
            {
                Flush(run, result);
            }
        }

        Flush(run, result);
        return result;
    }

    private bool Passes(string lower) =>
        lower.Count(char.IsLetter) >= _settings.MinimumLength && !_settings.IsStopWord(lower);

    private void Flush(List<(string Key, string Surface)> run, List<(string, string, int)> result)
    {
        for (var i = 0; i < run.Count; i++)
        {
            result.Add((run[i].Key, run[i].Surface, 1));
        }

        for (var n = 2; n <= _settings.MaxNGram; n++)
        {
            for (var i = 0; i + n <= run.Count; i++)
            {
                var slice = run.GetRange(i, n);
                result.Add((string.Join(' ', slice.Select(s => s.Key)), string.Join(' ', slice.Select(s => s.Surface)), n));
            }
        }

        run.Clear();
    }

    /// <summary>True when a term (key and its surface forms) is excluded by the settings.</summary>
    public bool IsExcluded(string key, IEnumerable<string> surfaces)
    {
        if (_settings.Exclusions.Count == 0)
        {
            return false;
        }

        foreach (var s in surfaces)
        {
            foreach (var w in s.Split(' '))
            {
                if (_settings.Exclusions.Contains(w))
                {
                    return true;
                }
            }
        }

        return key.Split(' ').Any(k => _settings.Exclusions.Any(e => KeyOf(e) == k && _settings.Stemming != StemmingMode.None));
    }
}
