using Analysenotater.Frames;
using Analysenotater.Tables;

namespace Analysenotater.Tests.Disclosure;

/// <summary>Build point 7 of issue 17: microdata conversions are named as such and live outside the core, so the report path cannot use them.</summary>
public sealed class MicrodataBoundaryTests
{
    [Fact]
    public void The_core_references_no_data_frame_library_and_the_conversions_say_microdata()
    {
        var core = typeof(FrequencyTable).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("Deedle", core);
        Assert.DoesNotContain("Microsoft.Data.Analysis", core);
        Assert.DoesNotContain("Analysenotater.Frames", core);
        Assert.All(typeof(MicrodataFrames).GetMethods().Where(m => m.IsStatic && m.DeclaringType == typeof(MicrodataFrames)),
            m => Assert.Contains("Microdata", m.Name, StringComparison.Ordinal));
    }
}
