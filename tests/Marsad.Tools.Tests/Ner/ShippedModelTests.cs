using Marsad.Analysis.Ner;
using Marsad.Tools.Ner;
using Marsad.Tests;

namespace Marsad.Tools.Tests.Ner;

/// <summary>The committed model must reproduce the figure the README reports on the ANERcorp test split.</summary>
public sealed class ShippedModelTests
{
    /// <summary>Overall entity F1 reported in README ("Named-entity tagger").</summary>
    private const double ReportedTestF1 = 76.34;

    [SkippableFact]
    public void Shipped_model_reproduces_the_reported_anercorp_test_f1()
    {
        var path = SharedData.Require("data", "ner", "anercorp", "ANERCorp_CamelRecipe_test.txt");
        var model = NerModel.Embedded;
        var sentences = ConllCorpus.Read(path);
        // In corpus order, as one stream: the second pass consults neighbouring sentences, as `marsad eval ner` does.
        var predicted = model.Predict(sentences.Select(s => s.Tokens).ToList());
        var evaluation = new NerEvaluation();
        for (int i = 0; i < sentences.Count; i++) evaluation.Add(sentences[i].Tags, predicted[i]);
        Assert.InRange(evaluation.Overall.F1, ReportedTestF1 - 0.1, ReportedTestF1 + 0.1);
    }
}
