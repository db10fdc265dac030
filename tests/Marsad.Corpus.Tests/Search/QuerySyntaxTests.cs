using Marsad.Analysis;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Search;

/// <summary>Words, phrases, boolean operators, fields, dates, sorting and snippets over samples/corpus.</summary>
public sealed class QuerySyntaxTests : IClassFixture<DefaultSampleCorpus>
{
    private readonly DefaultSampleCorpus _c;
    public QuerySyntaxTests(DefaultSampleCorpus c) => _c = c;

    private int Count(string query) => _c.Searcher.Search(query).Total;

    [Fact]
    public void Words_are_folded_so_hamza_and_teh_marbuta_spellings_match() =>
        Assert.Equal(Count("الأزمة السورية"), Count("الازمه السوريه"));

    [Fact]
    public void Clitics_are_stripped_so_the_bare_word_finds_وبالأمس() => Assert.Equal(1, Count("أمس"));

    [Fact]
    public void Bare_words_must_all_occur() => Assert.Equal(1, Count("الأزمة موسكو"));

    [Fact]
    public void A_phrase_needs_its_words_in_order() => Assert.Equal(0, Count("\"السورية الأزمة\""));

    [Fact]
    public void OR_and_NOT_combine() => Assert.Equal(Count("بيراموف OR بايراموف") - 1, Count("(بيراموف OR بايراموف) NOT أنقرة"));

    [Fact]
    public void Source_field_filters_by_outlet() => Assert.Equal(3, Count("source:daily-example"));

    [Fact]
    public void Date_range_is_inclusive() => Assert.Equal(3, Count("date:[2015-07-21 TO 2015-07-23]"));

    [Fact]
    public void A_single_date_is_that_day() => Assert.Equal(3, Count("date:2015-07-25"));

    [Fact]
    public void Sort_by_date_puts_the_newest_first()
    {
        var hits = _c.Searcher.Search("date:[2015-07-21 TO 2015-07-31]", 20, SearchSort.Date).Hits;
        Assert.Equal(hits.Select(h => h.Published).OrderDescending(), hits.Select(h => h.Published));
    }

    [Fact]
    public void Snippets_mark_the_matched_surface_words()
    {
        var hit = Assert.Single(_c.Searcher.Search("النفط").Hits);
        Assert.Contains("[النفط]", hit.MarkedSnippet("[", "]"), StringComparison.Ordinal);
        Assert.All(hit.Marks, m => Assert.Equal("النفط", hit.Snippet.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Facets_count_sources_and_days()
    {
        var r = _c.Searcher.Search("date:[2015-07-21 TO 2015-07-31]");
        Assert.Equal([new FacetCount("daily-example", 3), new FacetCount("example-news", 4)], r.Sources.OrderBy(f => f.Value));
        Assert.Equal(new FacetCount("2015-07-25", 3), r.Dates[^1]);
    }

    [Fact]
    public void A_malformed_date_range_is_a_syntax_error() =>
        Assert.Throws<QuerySyntaxException>(() => _c.Searcher.Search("date:[2015-07 TO"));

    [Fact]
    public void A_query_longer_than_a_pasted_paragraph_is_refused() =>
        Assert.Contains("at most 2,000", Assert.Throws<QuerySyntaxException>(() => _c.Searcher.Search(new string('ب', 5000))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_syntax_error_does_not_echo_the_query() =>
        Assert.DoesNotContain("2015-07 TO", Assert.Throws<QuerySyntaxException>(() => _c.Searcher.Search("date:[2015-07 TO")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_pasted_headline_with_a_colon_finds_its_article() =>
        Assert.Equal(1, Count("لافروف: لا حل عسكريا للأزمة السورية"));

    [Fact]
    public void A_slash_between_words_is_punctuation() => Assert.Equal(Count("لافروف الأزمة"), Count("لافروف / الأزمة"));

    [Theory]
    [InlineData("\"الأزمة السورية")]
    [InlineData("(الأزمة السورية")]
    [InlineData("الأزمة~ السورية*")]
    [InlineData("/الأزمة.*/ السورية")]
    public void Stray_marks_and_operator_syntax_read_as_text(string query) => Assert.Equal(Count("الأزمة السورية"), Count(query));

    [Fact]
    public void Known_fields_stay_fields_in_a_query_with_a_colon_word() =>
        Assert.Equal(Count("النفط source:daily-example"), Count("أسعار: النفط source:daily-example"));

    [Fact]
    public void Rewriting_keeps_fields_phrases_and_ranges() =>
        Assert.Equal("entity:\"Sergey Lavrov\" date:[2015-07-21 TO 2015-07-23]",
            ForgivingQuery.Rewrite("entity:\"Sergey Lavrov\" date:[2015-07-21 TO 2015-07-23]"));
}
