using Xunit.Abstractions;

namespace Analysenotater.Tests.Disclosure.Attacks;

/// <summary>
/// The cross-release property (<see cref="CrossReleaseAttackProperties"/>) with <c>Where</c> subsets: releases of all
/// rows, of the rows not left out by index, and of the rows with (or without) a grouping value, in any order. No
/// hidden cell of a group below the threshold and no small cell of the finest cross-classification may be pinned.
/// </summary>
public sealed class CrossReleaseSubsetAttackProperties(ITestOutputHelper output)
{
    [Fact]
    public void Releases_of_one_dataset_and_its_subsets_in_any_order_pin_down_no_hidden_or_small_cell() =>
        CrossReleaseAttackProperties.Run(CrossReleaseAttackProperties.CasesOf(subsets: true), output, "a17CrossRel1");
}
