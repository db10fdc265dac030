using Marsad.Analysis.Ner;
using Marsad.Tests;

namespace Marsad.Analysis.Tests.Ner;

/// <summary>The committed model must reproduce the figure the README reports on the ANERcorp test split.</summary>
public sealed class ShippedModelTests
{
    /// <summary>Overall entity F1 reported in README ("Named-entity tagger").</summary>
    private const double ReportedTestF1 = 67.06;

    [SkippableFact]
    public void Shipped_model_reproduces_the_reported_anercorp_test_f1()
    {
        var path = SharedData.Require("data", "ner", "anercorp", "ANERCorp_CamelRecipe_test.txt");
        var model = NerModel.Embedded;
        var evaluation = new NerEvaluation();
        foreach (var s in ConllCorpus.Read(path)) evaluation.Add(s.Tags, model.Predict(s.Tokens));
        Assert.InRange(evaluation.Overall.F1, ReportedTestF1 - 0.1, ReportedTestF1 + 0.1);
    }
}
