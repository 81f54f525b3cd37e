using Analysenotater.Data;
using Analysenotater.Instruments;
using Analysenotater.Localization;
using Analysenotater.Reporting;
using Analysenotater.Statistics.Logistic;
using Analysenotater.Statistics.MethodComparison;
using Analysenotater.Statistics.Regression;

namespace Analysenotater.Tests.Localization;

/// <summary>
/// Model tables show the instrument's and the study's labels (indicator names, role names, code labels) instead of raw
/// column names and codes, and raw names stay available by option. The dataset is generated (seeded) with the KoRus
/// instrument and a study's role labels, as a notebook has it after import.
/// </summary>
public sealed class VariableLabelsTests
{
    private static SurveyDataset Data()
    {
        var random = new Random(19);
        const int n = 240;
        var gender = new short[n];
        var size = new short[n];
        var municipality = new short[n];
        var age = new double[n];
        var mental = new double[n];
        var satisfied = new double[n];
        var happy = new double[n];
        for (var i = 0; i < n; i++)
        {
            municipality[i] = (short)(1 + (i % 12));
            size[i] = (short)(1 + (municipality[i] % 3));
            gender[i] = (short)(1 + random.Next(2));
            age[i] = 20 + random.Next(50);
            mental[i] = random.NextDouble() * 100;
            satisfied[i] = 50 + (5 * gender[i]) - (0.2 * mental[i]) + (3 * size[i]) + (random.NextDouble() * 30) + (municipality[i] % 4);
            happy[i] = satisfied[i] > 60 ? 1 : 0;
        }

        var roles = DatasetRoles.Default with
        {
            Labels = new Dictionary<string, IReadOnlyDictionary<int, string>>
            {
                ["kjonn"] = new Dictionary<int, string> { [2] = "Menn", [1] = "Kvinner" },
                ["kommunestorrelse"] = new Dictionary<int, string> { [1] = "Liten", [2] = "Mellomstor", [3] = "Stor" },
            },
        };
        return new SurveyDataset(KnownInstruments.KoRus2017,
        [
            new CodeColumn("kjonn", gender), new CodeColumn("kommunestorrelse", size), new CodeColumn("kommune", municipality),
            new NumericColumn("alder", age), new NumericColumn("ind_mental_hscl10", mental), new NumericColumn("ind_samlet", satisfied),
            new NumericColumn("fornoyd", happy), new NumericColumn("vekt", [.. Enumerable.Repeat(1.0, n)]),
        ], roles);
    }

    private static ModelSpecification Model(SurveyDataset data, string dependent = "ind_samlet") =>
        ModelSpecification.For(data, dependent).Categorical("kjonn", reference: "1").Numeric("alder").Numeric("ind_mental_hscl10")
            .Categorical("kommunestorrelse", reference: "1").Clusters("kommune").Strata("kommunestorrelse").Weights("vekt");

    [Fact]
    public void Ols_summary_shows_indicator_role_and_code_labels_not_raw_names()
    {
        var text = OlsRegression.Fit(Model(Data())).ToText();
        Assert.Contains("Samlet vurdering av tilfredshet", text, StringComparison.Ordinal); // the dependent: the indicator's name
        Assert.Contains("Kjønn: Menn", text, StringComparison.Ordinal); // kjonn=2 with the study's label
        Assert.Contains("Kommunestørrelse: Mellomstor", text, StringComparison.Ordinal);
        Assert.Contains("Mental helse (HSCL-10)", text, StringComparison.Ordinal);
        Assert.Contains("Kjønn er dummykodet med referansekategori «Kvinner»", text, StringComparison.Ordinal);
        foreach (var raw in new[] { "kjonn=2", "kommunestorrelse=2", "ind_mental_hscl10", "ind_samlet" })
        {
            Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Robust_design_based_mixed_logistic_and_comparison_tables_are_labelled_too()
    {
        var data = Data();
        var ols = OlsRegression.Fit(Model(data));
        var logit = LogisticRegression.Fit(Model(data, "fornoyd"));
        var comparison = ReportVersusCareful.Compare(Model(data), 60, 100, "andel");
        var set = ReportVersusCareful.CompareModels([("M1", Model(data))]);
        string[] texts =
        [
            ols.ClusterRobust(ClusterRobustType.CR2).ToText(), ols.Robust(RobustVarianceType.HC3).ToText(), logit.ToText(), logit.OddsRatios().ToText(),
            OddsRatioTable.SideBySide("OR", logit.OddsRatios(), logit.ClusterRobust().OddsRatios()).ToText(),
            comparison.ToText(), comparison.MixedModel.ToText(), set.ToText(),
        ];
        foreach (var text in texts)
        {
            Assert.Contains("Kjønn: Menn", text, StringComparison.Ordinal);
            Assert.DoesNotContain("kjonn=2", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ind_mental_hscl10", text, StringComparison.Ordinal);
        }

        Assert.Contains("Kommune (konstantledd)", comparison.MixedModel.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_names_are_available_by_option_for_one_model_or_a_scope()
    {
        var data = Data();
        var raw = OlsRegression.Fit(Model(data).WithLabels(VariableLabels.None)).ToText();
        Assert.Contains("kjonn=2", raw, StringComparison.Ordinal);
        Assert.Contains("ind_mental_hscl10", raw, StringComparison.Ordinal);

        var fit = OlsRegression.Fit(Model(data));
        using (VariableLabels.ShowNames())
        {
            Assert.Contains("kommunestorrelse=3", fit.ToText(), StringComparison.Ordinal);
        }

        Assert.Contains("Kommunestørrelse: Stor", fit.ToText(), StringComparison.Ordinal);
        Assert.Equal("kjonn=2", fit.Coefficients[1].Name); // the coefficient's own name never changes: look-ups stay by name
    }

    [Fact]
    public void Labels_set_by_hand_follow_the_dataset_and_English_names_the_roles_in_English()
    {
        var data = Data().WithLabel("fornoyd", "Fornøyd (q9 4–5)", new Dictionary<int, string> { [1] = "ja", [0] = "nei" });
        var subset = data.Where(r => r % 2 == 0).WithColumn(new NumericColumn("ekstra", new double[data.RowCount / 2]));
        Assert.Equal("Fornøyd (q9 4–5)", subset.Labels.Variable("fornoyd"));
        Assert.Equal("ja", subset.Labels.Value("fornoyd", "1"));
        Assert.Equal("Tjenestene tilfredsstillende", data.Labels.Variable("q9")); // the item's short label
        Assert.Equal("I svært stor grad", data.Labels.Value("q9", "5")); // the item's answer scale
        Assert.Equal("ekstra", subset.Labels.Variable("ekstra")); // no label: the name itself
        Assert.Equal("kommunestørrelse", data.Labels.VariableInText("kommunestorrelse"));
        Assert.Equal("Mental helse (HSCL-10)", data.Labels.Coefficient("ind_mental_hscl10"));
        Assert.Equal("Kjønn: Menn × Alder", data.Labels.Coefficient("kjonn=2:alder"));
        using (MessageLanguage.Use(MessageLanguage.English))
        {
            Assert.Equal("Gender: Menn", data.Labels.Coefficient("kjonn=2"));
            Assert.Equal("(Constant)", data.Labels.Coefficient("(Konstant)"));
            Assert.Contains("(Constant)", OlsRegression.Fit(Model(data)).ToText(), StringComparison.Ordinal);
        }
    }
}
