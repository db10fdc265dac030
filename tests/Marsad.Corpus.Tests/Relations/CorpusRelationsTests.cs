using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;
using Marsad.Tests;

namespace Marsad.Corpus.Tests.Relations;

/// <summary>Copies, stories, the source graph and entity profiles as ingest stores them and CorpusRelations reads them.</summary>
public sealed class CorpusRelationsTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly CorpusFolder _folder;
    private readonly CorpusRelations _relations;

    public CorpusRelationsTests()
    {
        var input = RelationsCorpus.Write(_dir.Path);
        var data = _dir.File("data");
        using (var folder = CorpusFolder.OpenForWriting(data))
            new Ingester(folder, RelationsPipeline.Create(), new IngestOptions { Threads = 1, BatchSize = 2 }).Run(new BulkReader().Plan([input]));
        _folder = CorpusFolder.OpenForReading(data);
        _relations = new CorpusRelations(_folder.Store);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void A_republished_wire_story_names_the_agency_article_as_its_original()
    {
        var group = _relations.CopiesOf(RelationsCorpus.FullCopyUrl)!;
        Assert.Equal(RelationsCorpus.WireUrl, group.Original!.Url);
        Assert.Equal("spa", group.Origin);
        Assert.Equal("credited-original", group.Reason);
        var wire = Assert.Single(group.Copies, c => c.Article.Url == RelationsCorpus.WireUrl);
        Assert.True(wire.Direct);
        Assert.Equal(1.0, wire.Coverage, 2);
    }

    [Fact]
    public void An_abridged_copy_is_in_the_group_with_its_share_of_the_original()
    {
        var group = _relations.CopiesOf(RelationsCorpus.WireUrl)!;
        Assert.Equal([RelationsCorpus.FullCopyUrl, RelationsCorpus.AbridgedUrl], group.Copies.Select(c => c.Article.Url));
        // The abridged text is wholly inside the original: coverage is measured on the shorter text.
        Assert.True(group.Copies[1].Coverage >= 0.9, $"coverage {group.Copies[1].Coverage}");
    }

    [Fact]
    public void A_rewritten_follow_up_is_not_a_copy()
    {
        var group = _relations.CopiesOf(RelationsCorpus.FollowUpUrl)!;
        Assert.Empty(group.Copies);
        Assert.Null(_relations.CopiesOf("https://nowhere.example/x"));
    }

    [Fact]
    public void The_wire_story_its_copies_and_its_follow_up_make_one_story()
    {
        var stories = _relations.Stories(null, 10, minArticles: 2);
        Assert.Equal([4, 2], stories.Select(s => s.Articles));
        var talks = stories[0];
        Assert.Equal(new DateTime(2015, 7, 21, 9, 0, 0), talks.First);
        Assert.Equal(new DateTime(2015, 7, 22, 8, 0, 0), talks.Last);
        Assert.Equal(["aawsat", "alriyadh", "daily-example", "spa"], talks.Sources.Select(s => s.Outlet).Order(StringComparer.Ordinal));
        Assert.Equal(["John Kerry", "Sergey Lavrov"], talks.Actors.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Contains("لافروف", talks.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_since_a_date_leave_out_those_that_ended_before()
    {
        var stories = _relations.Stories(new DateTime(2015, 7, 25), 10);
        Assert.Equal([2], stories.Select(s => s.Articles));
        Assert.Equal(8, _relations.Stories(null, 100).Count); // and each earlier item is a story of its own
        Assert.Contains("جدة", stories[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_gives_its_articles_in_time_order_and_each_quote_once()
    {
        int id = _relations.Stories(null, 1)[0].Id;
        var story = _relations.Story(id)!;
        Assert.Equal([RelationsCorpus.WireUrl, RelationsCorpus.FullCopyUrl, RelationsCorpus.AbridgedUrl, RelationsCorpus.FollowUpUrl], story.Articles.Select(a => a.Url));
        // Lavrov's quote is carried by three copies and told once, at the wire article; Kerry's comes the next day.
        Assert.Equal([("Sergey Lavrov", RelationsCorpus.WireUrl), ("John Kerry", RelationsCorpus.FollowUpUrl)],
            story.Quotes.Select(q => (q.Speaker!, q.Article.Url!)));
        Assert.Null(_relations.Story(9999));
    }

    [Fact]
    public void The_source_graph_counts_credited_and_copied_republications()
    {
        var edges = _relations.SourceGraph();
        var riyadh = Assert.Single(edges, e => e.Origin == "spa" && e.Republisher == "alriyadh");
        Assert.Equal((1, 1), (riyadh.Credited, riyadh.Copied));
        var awsat = Assert.Single(edges, e => e.Origin == "spa" && e.Republisher == "aawsat");
        Assert.Equal((1, 1), (awsat.Credited, awsat.Copied));
        Assert.DoesNotContain(edges, e => e.Republisher == "daily-example");
    }

    [Fact]
    public void An_entity_profile_gives_mentions_per_day_quotes_by_and_about_it_and_its_companions()
    {
        var lavrov = _relations.EntityProfile("لافروف")!;
        Assert.Equal(("Q193", "Sergey Lavrov", 4), (lavrov.Key, lavrov.Name, lavrov.Articles));
        Assert.Equal([("2015-07-21", 3), ("2015-07-22", 1)], lavrov.Timeline.Select(d => (d.Day, d.Articles)));
        Assert.Single(lavrov.QuotesBy);
        Assert.Equal(("John Kerry", 4), (lavrov.Companions[0].Name, lavrov.Companions[0].Articles));
        Assert.Contains("سيرغي لافروف", lavrov.Variants);
        Assert.Equal("Q193", _relations.EntityProfile("Sergey Lavrov")!.Key);
        Assert.Null(_relations.EntityProfile("نابليون"));
    }
}
