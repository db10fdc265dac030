using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Marsad.Tests;

namespace Marsad.Corpus.Tests.Search;

/// <summary>
/// Paging with no cap (cursors and offsets) and filters that combine (OR within a field, AND across fields,
/// drill-sideways facet counts) over 260 generated articles analysed by the stand-in layers step.
/// </summary>
public sealed class PagingAndFilterTests : IClassFixture<PagingAndFilterTests.Corpus>
{
    public const int Count = 260;

    public sealed class Corpus() : SampleCorpus(TestLayersStep.Pipeline(), dir => GeneratedNews.Write(dir, Count));

    private readonly CorpusSearcher _s;
    public PagingAndFilterTests(Corpus c) => _s = c.Searcher;

    private List<string> AllByCursor(string query, SearchFilters filters, SearchSort sort, int pageSize)
    {
        var ids = new List<string>();
        SearchCursor? after = null;
        for (int page = 0; page < 100; page++)
        {
            var r = _s.Search(query, filters, pageSize, sort, after);
            Assert.Equal(ids.Count, r.Start);
            ids.AddRange(r.Hits.Select(h => h.Id));
            if (r.Next is null) break;
            Assert.True(SearchCursor.TryParse(r.Next, out after));
        }
        return ids;
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Date)]
    public void Cursor_pages_reach_every_hit_once_past_hit_100_in_the_order_of_one_long_list(SearchSort sort)
    {
        var ids = AllByCursor(GeneratedNews.CommonWord, SearchFilters.None, sort, 30);
        Assert.Equal(Count, ids.Count);
        Assert.Equal(Count, ids.Distinct().Count());
        // the same order as a single ranked list of everything
        Assert.Equal(_s.Ids(GeneratedNews.CommonWord, SearchFilters.None, sort, Count + 10), ids);
    }

    [Fact]
    public void An_offset_gives_the_same_page_as_the_cursor()
    {
        var first = _s.Search(GeneratedNews.CommonWord, SearchFilters.None, 120, SearchSort.Date);
        SearchCursor.TryParse(first.Next, out var cursor);
        var byCursor = _s.Search(GeneratedNews.CommonWord, SearchFilters.None, 20, SearchSort.Date, cursor);
        var byOffset = _s.Search(GeneratedNews.CommonWord, SearchFilters.None, 20, SearchSort.Date, offset: 120);
        Assert.Equal(120, byOffset.Start);
        Assert.Equal(byCursor.Hits.Select(h => h.Id), byOffset.Hits.Select(h => h.Id));
        Assert.Equal(byCursor.Next, byOffset.Next);
    }

    [Fact]
    public void The_last_page_has_no_next_cursor_and_a_cursor_of_the_other_order_is_refused()
    {
        var last = _s.Search(GeneratedNews.CommonWord, SearchFilters.None, 20, offset: Count - 5);
        Assert.Equal(5, last.Hits.Count);
        Assert.Null(last.Next);
        SearchCursor.TryParse(_s.Search(GeneratedNews.CommonWord, 10).Next, out var relevance);
        Assert.Throws<QuerySyntaxException>(() => _s.Search(GeneratedNews.CommonWord, SearchFilters.None, 10, SearchSort.Date, relevance));
        Assert.False(SearchCursor.TryParse("not-a-cursor", out _));
    }

    [Fact]
    public void Two_sources_are_alternatives_and_a_date_range_narrows_both()
    {
        int spa = _s.Search("", new SearchFilters { Sources = ["spa"] }, 1).Total;
        int okaz = _s.Search("", new SearchFilters { Sources = ["okaz"] }, 1).Total;
        Assert.Equal(Count / 4, spa);
        Assert.Equal(spa + okaz, _s.Search("", new SearchFilters { Sources = ["spa", "okaz"] }, 1).Total);

        var range = new SearchFilters { Sources = ["spa", "okaz"], From = new DateOnly(2015, 7, 3), To = new DateOnly(2015, 7, 4) };
        var r = _s.Search(GeneratedNews.CommonWord, range, 200);
        int expected = Enumerable.Range(0, Count).Count(i => GeneratedNews.SourceOf(i) is "spa" or "okaz" && GeneratedNews.DayOf(i).Day is 3 or 4);
        Assert.Equal(expected, r.Total);
        Assert.All(r.Hits, h => Assert.True(h.Published!.StartsWith("2015-07-03", StringComparison.Ordinal) || h.Published.StartsWith("2015-07-04", StringComparison.Ordinal)));
    }

    [Fact]
    public void Entity_speaker_and_country_filters_combine_with_the_others()
    {
        int lavrov = Enumerable.Range(0, Count).Count(GeneratedNews.NamesLavrov);
        Assert.Equal(lavrov, _s.Search("", new SearchFilters { Entities = ["Sergey Lavrov"] }, 1).Total);
        Assert.Equal(lavrov, _s.Search("", new SearchFilters { Speakers = ["سيرغي لافروف"] }, 1).Total);
        int emirati = Enumerable.Range(0, Count).Count(i => GeneratedNews.SourceOf(i) == "wam" && GeneratedNews.NamesLavrov(i));
        Assert.Equal(emirati, _s.Search("", new SearchFilters { Entities = ["Sergey Lavrov"], Countries = ["AE"] }, 1).Total);
        Assert.Equal(0, _s.Search("", new SearchFilters { Countries = ["ZZ"] }, 1).Total);
    }

    [Fact]
    public void A_field_facet_ignores_its_own_filter_and_honours_the_others()
    {
        var r = _s.Search("", new SearchFilters { Sources = ["spa"], Entities = ["Sergey Lavrov"] }, 5);
        // every source is still offered, counted within the Lavrov articles
        Assert.Equal(GeneratedNews.Sources.Order(), r.Sources.Select(f => f.Value).Order());
        int okazLavrov = Enumerable.Range(0, Count).Count(i => GeneratedNews.SourceOf(i) == "okaz" && GeneratedNews.NamesLavrov(i));
        Assert.Equal(okazLavrov, r.Sources.Single(f => f.Value == "okaz").Count);
        Assert.Equal(r.Total, r.Entities.Single(f => f.Value == "Sergey Lavrov").Count);
        Assert.Equal([("SA", 3 * Count / 4), ("AE", Count / 4)], _s.Search("", SearchFilters.None, 1).Countries.Select(c => (c.Value, c.Count)));
    }

    [Fact]
    public void Too_many_values_in_one_filter_are_refused_with_a_message()
    {
        var e = Assert.Throws<QuerySyntaxException>(() => _s.Search("", new SearchFilters { Sources = [.. Enumerable.Range(0, 30).Select(i => "s" + i)] }, 1));
        Assert.Contains("at most 20", e.Message, StringComparison.Ordinal);
    }
}
