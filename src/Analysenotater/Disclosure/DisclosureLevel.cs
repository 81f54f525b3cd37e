namespace Analysenotater.Disclosure;

/// <summary>What may be shown for a group of a given size under a <see cref="DisclosurePolicy"/>.</summary>
public enum DisclosureLevel
{
    /// <summary>Nothing about the group is shown (not even its n).</summary>
    Nothing,

    /// <summary>The group's n and means may be shown; distributions (counts and percentages per category, minimum, maximum) may not.</summary>
    MeansOnly,

    /// <summary>Means and distributions may be shown.</summary>
    Full,
}
