using Analysenotater.Spss;

namespace Analysenotater.Tests.Spss;

/// <summary>Seeded synthetic SPSS content for writer tests: every feature the writer supports, Norwegian letters throughout.</summary>
internal static class SpssTestData
{
    private static readonly string[] Words = ["tjenesten", "var", "god", "dårlig", "ventetid", "på", "fastlegen", "ønsker", "mer", "hjelp", "Ærlig", "talt", "NAV", "bolig", "økonomi", "rus", "psykisk", "helse", "ÅPENT", "svar"];

    public static SpssFile Make(int seed, int cases)
    {
        var rng = new Random(seed);
        double Pick(params double[] xs) => xs[rng.Next(xs.Length)];
        string PickS(params string[] xs) => xs[rng.Next(xs.Length)];
        double MaybeNaN(double x) => rng.NextDouble() < 0.06 ? double.NaN : x;

        var id = new double[cases];
        var kjonn = new double[cases];
        var q1 = new double[cases];
        var q2 = new double[cases];
        var q3 = new double[cases];
        var vekt = new double[cases];
        var inntekt = new double[cases];
        var kommune = new string[cases];
        var kort = new string[cases];
        var fritekst = new string[cases];
        var h1 = new double[cases];
        var h2 = new double[cases];
        var h3 = new double[cases];
        for (var i = 0; i < cases; i++)
        {
            id[i] = i + 1;
            kjonn[i] = MaybeNaN(Pick(1, 2));
            q1[i] = MaybeNaN(Pick(1, 2, 3, 4, 5, 6, 9));
            q2[i] = MaybeNaN(rng.Next(-1, 121));
            q3[i] = MaybeNaN(rng.Next(-200, 201));
            vekt[i] = 0.2 + (rng.NextDouble() * 3);
            inntekt[i] = MaybeNaN(Math.Round((rng.NextDouble() - 0.1) * 2e9, 3));
            kommune[i] = PickS("Trondheim", "Bodø", "Tromsø", "Ukjent", "", "Åfjord");
            kort[i] = PickS("ja", "nei", "NA", "", "ø");
            var words = rng.Next(0, 50);
            fritekst[i] = i % 7 == 3 ? "   innrykk og æøå" : string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[rng.Next(Words.Length)]));
            h1[i] = Pick(0, 1);
            h2[i] = Pick(0, 1);
            h3[i] = MaybeNaN(Pick(0, 1));
        }

        // Make sure one text is longer than 255 bytes (a very long string needs several segments).
        fritekst[0] = string.Join(' ', Enumerable.Repeat("Både ventetid og økonomi er vanskelig for oss pårørende.", 9));

        static SpssVariable Num(string name, string label, int w, int d, SpssMeasure m) => new(name, 0)
        {
            Label = label,
            PrintFormat = SpssFormat.Number(w, d),
            WriteFormat = SpssFormat.Number(w, d),
            Measure = m,
            DisplayWidth = 8,
            Alignment = SpssAlignment.Right,
        };

        static SpssVariable Str(string name, string label, int width) => new(name, width)
        {
            Label = label,
            PrintFormat = SpssFormat.String(width),
            WriteFormat = SpssFormat.String(width),
            Measure = SpssMeasure.Nominal,
            DisplayWidth = Math.Min(width, 32),
            Alignment = SpssAlignment.Left,
        };

        var yesNo = new[] { SpssValueLabel.ForNumber(0, "Nei"), SpssValueLabel.ForNumber(1, "Ja") };
        var variables = new List<SpssVariable>
        {
            Num("id", "Løpenummer", 5, 0, SpssMeasure.Scale),
            Num("kjonn", "Kjønn", 1, 0, SpssMeasure.Nominal) with { ValueLabels = [SpssValueLabel.ForNumber(1, "Mann"), SpssValueLabel.ForNumber(2, "Kvinne")] },
            Num("q1", "Hvor fornøyd er du med tjenesten?", 1, 0, SpssMeasure.Ordinal) with
            {
                ValueLabels = [SpssValueLabel.ForNumber(1, "Svært misfornøyd"), SpssValueLabel.ForNumber(2, "Misfornøyd"), SpssValueLabel.ForNumber(3, "Både og"),
                    SpssValueLabel.ForNumber(4, "Fornøyd"), SpssValueLabel.ForNumber(5, "Svært fornøyd"), SpssValueLabel.ForNumber(6, "Ikke aktuelt"), SpssValueLabel.ForNumber(9, "Vet ikke")],
                MissingValues = new SpssMissingValues { Numbers = [6, 9] },
            },
            Num("q2", "Antall måneder i tjenesten", 3, 0, SpssMeasure.Scale) with
            {
                ValueLabels = [SpssValueLabel.ForNumber(-1, "Har ikke"), SpssValueLabel.ForNumber(99, "Ubesvart")],
                MissingValues = new SpssMissingValues { RangeLow = 90, RangeHigh = double.PositiveInfinity, Numbers = [-1] },
            },
            Num("q3", "Endring i poeng", 4, 0, SpssMeasure.Scale) with { MissingValues = new SpssMissingValues { RangeLow = double.NegativeInfinity, RangeHigh = 0 } },
            Num("vekt_for_analyse", "Vekt (etterstratifisering)", 12, 6, SpssMeasure.Scale),
            Num("husholdningsinntekt", "Inntekt i kroner", 16, 3, SpssMeasure.Scale),
            Str("kommune", "Kommune", 30) with
            {
                ValueLabels = [SpssValueLabel.ForText("Trondheim", "Trondheim kommune"), SpssValueLabel.ForText("Bodø", "Bodø kommune – Nordland"), SpssValueLabel.ForText("Ukjent", "Ukjent kommune")],
                MissingValues = new SpssMissingValues { Texts = ["Ukjent"] },
            },
            Str("kort", "Kort svar", 3) with { ValueLabels = [SpssValueLabel.ForText("NA", "Ikke oppgitt"), SpssValueLabel.ForText("ø", "Øy")], MissingValues = new SpssMissingValues { Texts = ["NA"] } },
            Str("fritekst", "Hva kan bli bedre? (åpent svar)", 600),
            Num("h1", "Hjelp fra fastlegen", 1, 0, SpssMeasure.Nominal) with { ValueLabels = yesNo },
            Num("h2", "Hjelp fra NAV", 1, 0, SpssMeasure.Nominal) with { ValueLabels = yesNo },
            Num("h3", "Hjelp fra pårørende", 1, 0, SpssMeasure.Nominal) with { ValueLabels = yesNo },
        };
        var columns = new List<Array> { id, kjonn, q1, q2, q3, vekt, inntekt, kommune, kort, fritekst, h1, h2, h3 };
        var sets = new List<SpssMultipleResponseSet>
        {
            new("$hjelp", "Hvem har hjulpet deg?", SpssMultipleResponseKind.Dichotomies, "1", ["h1", "h2", "h3"]),
            new("$hjelpkat", "Hjelp (kategorier)", SpssMultipleResponseKind.Categories, null, ["h1", "h2"]),
        };
        var info = new SpssFileInfo { FileLabel = "Syntetiske data – æøå", WeightVariable = "vekt_for_analyse" };
        return new SpssFile(info, variables, columns, sets, ["Skrevet av Analysenotater; syntetiske data (seed " + seed + ")."]);
    }
}
