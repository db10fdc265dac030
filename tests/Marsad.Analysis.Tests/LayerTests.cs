using Marsad.Text;

namespace Marsad.Analysis.Tests;

/// <summary>A written layer is frozen: neither its writer nor its readers can change it afterwards.</summary>
public class LayerTests
{
    private static readonly Paragraph First = new(new TextSpan(0, 4)), Second = new(new TextSpan(5, 4));

    [Fact]
    public void Changing_the_list_a_layer_was_written_from_does_not_change_the_document()
    {
        var doc = new Document("سطر1\nسطر2");
        var list = new List<Paragraph> { First };
        doc.SetLayer<Paragraph>(list);
        list.Add(Second);
        list[0] = Second;
        Assert.Equal([First], doc.Layer<Paragraph>());

        var array = new[] { First };
        doc.SetLayer<Section>(Array.ConvertAll(array, p => new Section(p.Span)));
        array[0] = Second;
        Assert.Equal(First.Span, Assert.Single(doc.Layer<Section>()).Span);
    }

    [Fact]
    public void A_reader_cannot_change_a_layer_through_the_list_it_gets()
    {
        var doc = new Document("سطر1\nسطر2");
        doc.SetLayer<Paragraph>([First, Second]);
        var layer = doc.Layer<Paragraph>();
        Assert.IsNotType<Paragraph[]>(layer);
        Assert.IsNotType<List<Paragraph>>(layer);
        var asList = Assert.IsAssignableFrom<IList<Paragraph>>(layer);
        Assert.Throws<NotSupportedException>(() => asList[0] = Second);
        Assert.Throws<NotSupportedException>(() => asList.Add(First));
        Assert.Equal([First, Second], doc.Layer<Paragraph>());
    }

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
