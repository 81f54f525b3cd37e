using Analysenotater.Notebooks.Documents;
using Analysenotater.Notebooks.Execution;

namespace Analysenotater.Notebooks.Running;

/// <summary>An <see cref="ICellOutputSink"/> that stores outputs as nbformat outputs, joining consecutive writes to the same stream. Thread-safe.</summary>
public sealed class CellOutputCollector : ICellOutputSink
{
    private readonly Lock _lock = new();
    private readonly List<CellOutput> _outputs = [];
    private readonly Action<string, string>? _echo;
    private readonly Func<MimeBundle, string, bool>? _updateElsewhere;
    private readonly Dictionary<string, int> _displayIds = new(StringComparer.Ordinal);

    /// <summary>Creates a collector; <paramref name="echo"/>, when given, also receives every stream write (name, text).</summary>
    public CellOutputCollector(Action<string, string>? echo = null) => _echo = echo;

    /// <summary>
    /// Creates a collector whose updates of displays it did not show go to <paramref name="updateElsewhere"/> (the
    /// runner passes one that updates the earlier cell that showed it; it returns whether one did).
    /// </summary>
    public CellOutputCollector(Action<string, string>? echo, Func<MimeBundle, string, bool>? updateElsewhere)
    {
        _echo = echo;
        _updateElsewhere = updateElsewhere;
    }

    /// <summary>The outputs so far, in order; execute results carry <paramref name="executionCount"/>.</summary>
    public IReadOnlyList<CellOutput> Outputs(int? executionCount)
    {
        lock (_lock)
        {
            return [.. _outputs.Select(o => o.Kind == CellOutputKind.ExecuteResult ? CellOutput.Result(o.Bundle!, executionCount) : o)];
        }
    }

    /// <inheritdoc />
    public void Stream(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        _echo?.Invoke(name, text ?? "");
        lock (_lock)
        {
            if (_outputs.Count > 0 && _outputs[^1] is { Kind: CellOutputKind.Stream } last && last.StreamName == name)
            {
                _outputs[^1] = CellOutput.Stream(name, last.Text + text);
            }
            else
            {
                _outputs.Add(CellOutput.Stream(name, text ?? ""));
            }
        }
    }

    /// <inheritdoc />
    public void Display(MimeBundle bundle, bool isExecuteResult)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        lock (_lock)
        {
            _outputs.Add(isExecuteResult ? CellOutput.Result(bundle, null) : CellOutput.Display(bundle));
        }
    }

    /// <inheritdoc />
    public void Display(MimeBundle bundle, string displayId)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(displayId);
        lock (_lock)
        {
            _displayIds[displayId] = _outputs.Count;
            _outputs.Add(CellOutput.Display(bundle));
        }
    }

    /// <summary>
    /// Replaces the output shown with <paramref name="displayId"/> in this cell; a display shown by an earlier cell goes
    /// to the callback given at construction (without one it is not stored).
    /// </summary>
    public void UpdateDisplay(MimeBundle bundle, string displayId)
    {
        if (!TryUpdateDisplay(bundle, displayId))
        {
            _updateElsewhere?.Invoke(bundle, displayId);
        }
    }

    /// <summary>Replaces the output shown with <paramref name="displayId"/> if this collector holds it.</summary>
    /// <returns>Whether it did.</returns>
    public bool TryUpdateDisplay(MimeBundle bundle, string displayId)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(displayId);
        lock (_lock)
        {
            if (_displayIds.TryGetValue(displayId, out var index) && index < _outputs.Count)
            {
                _outputs[index] = CellOutput.Display(bundle);
                return true;
            }

            return false;
        }
    }

    /// <summary>Removes the outputs so far (the stored notebook keeps what a frontend would show at the end).</summary>
    public void ClearOutput(bool wait)
    {
        lock (_lock)
        {
            _outputs.Clear();
            _displayIds.Clear();
        }
    }

    /// <inheritdoc />
    public void Error(string name, string message, IReadOnlyList<string> traceback)
    {
        lock (_lock)
        {
            _outputs.Add(CellOutput.Error(name, message, traceback));
        }
    }
}
