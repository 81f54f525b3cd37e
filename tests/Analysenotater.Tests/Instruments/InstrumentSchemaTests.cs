using System.Diagnostics;
using Analysenotater.Instruments;

namespace Analysenotater.Tests.Instruments;

/// <summary>
/// The JSON Schema is checked by an independent validator (the Python <c>jsonschema</c> package, draft 2020-12),
/// not by our own loader: every shipped instrument must pass it, and a broken document must fail it.
/// </summary>
public sealed class InstrumentSchemaTests
{
    private const string Python = "/usr/bin/python3";

    private const string ValidatorScript = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding='utf-8'))
        jsonschema.Draft202012Validator.check_schema(schema)
        v = jsonschema.Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[2:]:
            doc = json.load(open(path, encoding='utf-8'))
            errs = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))
            for e in errs:
                bad += 1
                print(path, '$' + ''.join('[%d]' % p if isinstance(p, int) else '.' + p for p in e.absolute_path), e.message)
        print('errors', bad)
        """;

    public static TheoryData<string> ShippedInstruments()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(KnownInstruments).Assembly.GetManifestResourceNames()
                     .Where(n => n.EndsWith(".json", StringComparison.Ordinal) && !n.EndsWith(".schema.json", StringComparison.Ordinal))
                     .Select(n => n["Analysenotater.Resources.".Length..])
                     .Where(n => KnownInstruments.EmbeddedNames.Contains(n)))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedInstruments))]
    public void Every_shipped_instrument_is_valid_against_the_schema(string fileName)
    {
        var output = Validate(KnownInstruments.ReadEmbeddedText(fileName));
        Assert.EndsWith("errors 0", output.Trim());
    }

    [Fact]
    public void The_schema_rejects_the_broken_document_the_loader_rejects()
    {
        var output = Validate(BrokenInstrument.Json);

        // Each of the deliberate faults that a schema can see (a schema cannot see cross-references or duplicates).
        Assert.Contains("$.items[1].type", output);
        Assert.Contains("$.items[2]", output); // missing text
        Assert.Contains("'text' is a required property", output);
        Assert.Contains("'colour' was unexpected", output);
        Assert.DoesNotContain("errors 0", output);
    }

    private static string Validate(string json)
    {
        var dir = Directory.CreateTempSubdirectory("an-schema-");
        try
        {
            var schemaPath = Path.Combine(dir.FullName, "instrument.schema.json");
            var docPath = Path.Combine(dir.FullName, "doc.json");
            var scriptPath = Path.Combine(dir.FullName, "validate.py");
            File.WriteAllText(schemaPath, KnownInstruments.ReadEmbeddedText("instrument.schema.json"));
            File.WriteAllText(docPath, json);
            File.WriteAllText(scriptPath, ValidatorScript);
            var psi = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add(scriptPath);
            psi.ArgumentList.Add(schemaPath);
            psi.ArgumentList.Add(docPath);
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEnd();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, "python jsonschema failed: " + stderr);
            return stdout;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
