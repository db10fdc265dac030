using Marsad.Analysis.Json;
using Marsad.Tests;
using Marsad.Text;

namespace Marsad.Analysis.Tests;

/// <summary>
/// The standard pipeline runs under its steps' contracts (always on), so analysing real articles here proves that every
/// step declares each layer it reads and writes, and writes each layer it declares.
/// </summary>
public class DefaultPipelineContractTests
{
    private static readonly ArticleMetadata Saudi = new()
    {
        Publisher = "sabq",
        Published = PublicationDate.TryParse("2015-07-21", out var d) ? d : null,
    };

    private static Document Analyze(string text, ArticleMetadata? metadata)
    {
        var doc = MarsadPipeline.Default.Analyze(text, metadata);
        foreach (var step in MarsadPipeline.Default.Steps)
            foreach (var layer in step.Produces)
                Assert.True(Written(doc, layer), $"step '{step.Name}' declares the {layer.Name} layer but did not write it");
        Assert.StartsWith("{", AnalysisJsonWriter.ToJson(doc), StringComparison.Ordinal);
        return doc;
    }

    private static bool Written(Document doc, Type layer) =>
        (bool)typeof(Document).GetMethod(nameof(Document.HasLayer))!.MakeGenericMethod(layer).Invoke(doc, null)!;

    [SkippableFact]
    public void The_reference_article_passes_every_step_contract()
    {
        var doc = Analyze(File.ReadAllText(SharedData.Require("seed", "000_ab924b65eb77ff68.txt")), Saudi);
        Assert.NotEmpty(doc.Layer<Entity>());
        Assert.NotEmpty(doc.Layer<Quote>());
        Assert.NotEmpty(doc.Layer<TimeExpression>());
    }

    [Theory]
    [InlineData("ar-sample-01.txt")]
    [InlineData("ar-sample-02.txt")]
    [InlineData("ar-sample-03.txt")]
    public void The_sample_articles_pass_every_step_contract(string name)
    {
        var doc = Analyze(File.ReadAllText(SharedData.Sample(name)), Saudi);
        Assert.NotEmpty(doc.Layer<Entity>());
        Assert.NotEmpty(doc.Layer<Quote>());
        Assert.NotNull(doc.Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n ")]
    [InlineData("Reuters reported that talks resumed in Geneva on Monday.")]
    [InlineData("الرياض - واس\nافتتح أمير المنطقة الشرقية أمس مشروعاً بقيمة 40 مليون ريال، وقال إن «العمل مستمر».")]
    [InlineData("قُتل 12 شخصاً وأصيب نحو 30 آخرين في هجوم على سوق شعبية شمال بغداد، بحسب مصادر أمنية.\nالمصدر: فرانس برس")]
    [InlineData("أكد الوزير أن الحكومة لن تتراجع.\nالخلفية\nوكانت المفاوضات قد توقفت في آذار/مارس 2014.")]
    [InlineData("﷽\nوقال النبي ﷺ: «إنما الأعمال بالنيات».")]
    public void Everyday_texts_pass_every_step_contract(string text)
    {
        Analyze(text, null);
        Analyze(text, Saudi);
    }
}
