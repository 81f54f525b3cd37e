namespace Analysenotater.Disclosure;

/// <summary>A group released before: its atoms, the level it was shown at, and the layers at which it is protected.</summary>
/// <param name="Atoms">Sorted atom numbers.</param>
/// <param name="Shown">The level shown (<see cref="DisclosureLevel.Nothing"/> when hidden).</param>
/// <param name="ProtectedBelow">Protected (must never become derivable) at every layer above this level: <see cref="DisclosureLevel.Full"/> = not protected.</param>
/// <param name="Zeros">The answer classes shown with a count of 0 (when shown in full): every atom of the group has none of them.</param>
/// <param name="Listed">The answer classes the release named, or null when it names every class (an item with a scale): a class it did not name is a zero too.</param>
/// <param name="Weights">Per atom (aligned with <paramref name="Atoms"/>): the weight of its rows in a weighted release (field elements, <see cref="LinearSuppression.Coefficient"/>), or null for counts.</param>
internal sealed record LedgerEntry(int[] Atoms, DisclosureLevel Shown, DisclosureLevel ProtectedBelow, int[] Zeros, int[]? Listed, ulong[]? Weights = null)
{
    /// <summary>True when the entry, shown in full, tells that none of its rows has answer class <paramref name="c"/>.</summary>
    public bool ZeroIn(int c) => Shown == DisclosureLevel.Full && (Array.IndexOf(Zeros, c) >= 0 || (Listed is not null && Array.IndexOf(Listed, c) < 0));
}
