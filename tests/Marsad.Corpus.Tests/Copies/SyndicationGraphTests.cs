using Marsad.Analysis;
using Marsad.Corpus.Copies;

namespace Marsad.Corpus.Tests.Copies;

public sealed class SyndicationGraphTests
{
    private static readonly DateTime Day = new(2015, 7, 21, 8, 0, 0);

    private static CopyMatch CopyOf(int other) => new(other, 40, 0.95, 100, 100);

    [Fact]
    public void Copies_crediting_an_agency_name_the_agency_as_origin()
    {
        var graph = new SyndicationGraph();
        graph.Add(new SyndicationSource("sabq", "spa", Day, 120), []);
        graph.Add(new SyndicationSource("okaz", "spa", Day.AddHours(3), 100), [CopyOf(0)]);
        graph.Add(new SyndicationSource("alyaum", null, Day.AddHours(5), 90), [CopyOf(1)]);
        var group = Assert.Single(graph.Groups());
        Assert.Equal(3, group.Members.Count);
        Assert.Equal("spa", group.Origin);
        Assert.Equal("credited-agency", group.Reason);
        Assert.Null(group.Original);
        var edges = graph.Edges();
        Assert.Equal(1, edges[("spa", "sabq")]);
        Assert.Equal(1, edges[("spa", "okaz")]);
        Assert.Equal(1, edges[("spa", "alyaum")]);
    }

    [Fact]
    public void The_credited_outlets_own_article_is_the_original()
    {
        var graph = new SyndicationGraph();
        graph.Add(new SyndicationSource("okaz", "spa", Day.AddHours(2), 100), []);
        graph.Add(new SyndicationSource("spa", null, Day, 130), [CopyOf(0)]);
        var group = Assert.Single(graph.Groups());
        Assert.Equal(1, group.Original);
        Assert.Equal("credited-original", group.Reason);
        Assert.Equal(1, graph.Edges()[("spa", "okaz")]);
    }

    [Fact]
    public void Without_credits_the_earliest_copy_is_the_original()
    {
        var graph = new SyndicationGraph();
        graph.Add(new SyndicationSource("alriyadh", null, Day.AddHours(6), 200), []);
        graph.Add(new SyndicationSource("alweeam", null, Day.AddHours(1), 180), [CopyOf(0)]);
        var group = Assert.Single(graph.Groups());
        Assert.Equal(1, group.Original);
        Assert.Equal("alweeam", group.Origin);
        Assert.Equal(1, graph.Edges()[("alweeam", "alriyadh")]);
    }

    [Fact]
    public void An_article_without_copies_is_a_group_of_one()
    {
        var graph = new SyndicationGraph();
        graph.Add(new SyndicationSource("okaz", null, Day, 100), []);
        Assert.Empty(graph.Groups());
        Assert.Single(graph.GroupOf(0).Members);
    }

    [Fact]
    public void A_dateline_naming_the_saudi_press_agency_is_read_as_the_credit()
    {
        const string text = "الرياض - واس\nأعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة الرياض بسعة خمسمائة سرير.";
        var source = SyndicationSource.Of(text, new ArticleMetadata { Publisher = "okaz" }, 14);
        Assert.Equal("spa", source.CreditedOrigin);
        Assert.Equal("okaz", source.Publisher);
    }
}
