using Marsad.Corpus.Search;

namespace Marsad.Corpus.Tests.Search;

/// <summary>What a query costs before it runs, and the budget that stops one that runs too long.</summary>
public sealed class QueryCostTests(DefaultSampleCorpus c) : IClassFixture<DefaultSampleCorpus>
{
    [Fact]
    public void A_query_OR_ing_common_words_costs_more_than_a_name()
    {
        long name = c.Searcher.Cost("بيراموف");
        long common = c.Searcher.Cost("في OR من OR على OR إلى OR أن");
        Assert.InRange(name, 1, c.Searcher.DocumentCount * 3);
        Assert.True(common > name, $"common words {common} postings, a name {name}");
        Assert.True(common >= c.Searcher.Cost("في"));
        Assert.Equal(c.Searcher.Cost("في OR من"), c.Searcher.Cost("من OR في"));
    }

    [Fact]
    public void A_search_past_its_budget_stops_with_a_message_that_says_how_to_narrow_it()
    {
        var e = Assert.Throws<QueryTooCostlyException>(() => c.Searcher.Search("في OR من", budget: TimeSpan.Zero));
        Assert.Contains("narrow", e.Message, StringComparison.Ordinal);
        Assert.True(c.Searcher.Search("في OR من", budget: TimeSpan.FromMinutes(1)).Total > 0);
    }
}
