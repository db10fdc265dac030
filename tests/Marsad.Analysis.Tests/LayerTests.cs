namespace Marsad.Analysis.Tests;

public class LayerTests
{
    [Fact]
    public void The_source_chain_is_a_layer_the_structure_step_writes_once()
    {
        var doc = MarsadPipeline.Default.Analyze("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.\nالمصدر: رويترز");
        var chain = Assert.Single(doc.Layer<SourceChain>());
        Assert.Same(chain, doc.Source);
        Assert.Equal("Reuters", chain.Origin?.Name);
        Assert.Throws<InvalidOperationException>(() => doc.SetLayer<SourceChain>([new SourceChain(null, null)]));
        Assert.Equal("Reuters", doc.Source?.Origin?.Name);
    }

    [Fact]
    public void An_article_that_names_no_source_has_an_empty_source_chain_layer()
    {
        var doc = MarsadPipeline.Default.Analyze("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.");
        Assert.True(doc.HasLayer<SourceChain>());
        Assert.Empty(doc.Layer<SourceChain>());
        Assert.Null(doc.Source);
    }
}
