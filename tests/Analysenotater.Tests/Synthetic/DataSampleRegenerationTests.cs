using Analysenotater.KoRus2017.Synthetic;

namespace Analysenotater.Tests.Synthetic;

/// <summary>
/// Regenerating the bundled data from its seed must give the committed files byte for byte.
/// Set ANALYSENOTATER_REGENERATE=1 to rewrite the committed files instead (then review the diff).
/// </summary>
public sealed class DataSampleRegenerationTests
{
    private static bool Regenerate => Environment.GetEnvironmentVariable("ANALYSENOTATER_REGENERATE") == "1";

    [Fact]
    public void KoRus2017_files_are_byte_identical_to_a_fresh_generation()
    {
        Compare("korus-2017", dir => DataSamples.WriteKoRus2017(dir));
    }

    [Fact]
    public void Ks_files_are_byte_identical_to_a_fresh_generation()
    {
        Compare("ks-psykisk-helse-rus", dir => DataSamples.WriteKsPsykiskHelseRus(dir));
    }

    private static void Compare(string folder, Func<string, IReadOnlyList<string>> write)
    {
        var committed = Path.Combine(SyntheticFixture.RepoRoot(), "data-samples", folder);
        if (Regenerate)
        {
            write(committed);
            return;
        }

        var temp = Path.Combine(Path.GetTempPath(), "analysenotater-regen-" + folder + "-" + Environment.ProcessId);
        try
        {
            var files = write(temp);
            Assert.NotEmpty(files);
            foreach (var f in files)
            {
                var name = Path.GetFileName(f);
                var expected = Path.Combine(committed, name);
                Assert.True(File.Exists(expected), $"data-samples/{folder}/{name} is not committed; run with ANALYSENOTATER_REGENERATE=1.");
                Assert.True(File.ReadAllBytes(expected).AsSpan().SequenceEqual(File.ReadAllBytes(f)), $"data-samples/{folder}/{name} differs from a fresh generation from the seed.");
            }
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }
}
