namespace Analysenotater.Disclosure;

/// <summary>A group released before: its atoms, the level it was shown at, and the layers at which it is protected.</summary>
/// <param name="Atoms">Sorted atom numbers.</param>
/// <param name="Shown">The level shown (<see cref="DisclosureLevel.Nothing"/> when hidden).</param>
/// <param name="ProtectedBelow">Protected (must never become derivable) at every layer above this level: <see cref="DisclosureLevel.Full"/> = not protected.</param>
internal sealed record LedgerEntry(int[] Atoms, DisclosureLevel Shown, DisclosureLevel ProtectedBelow);
