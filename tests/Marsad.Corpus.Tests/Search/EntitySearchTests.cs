using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Search;

/// <summary>
/// Searching the entity, quote and event layers, with a stand-in step (TestLayersStep) that produces them,
/// over the articles in samples/corpus. The same queries run on the real pipeline in DefaultPipelineSearchTests.
/// </summary>
public sealed class EntitySearchTests : IClassFixture<EntitySearchTests.Corpus>
{
    public sealed class Corpus() : SampleCorpus(TestLayersStep.Pipeline());

    private readonly Corpus _c;
    public EntitySearchTests(Corpus c) => _c = c;

    private string[] Titles(string query) => [.. _c.Searcher.Search(query, 20).Hits.Select(h => h.Title!).Order()];

    [Fact]
    public void Speaker_finds_the_articles_that_quote_the_person_not_those_that_only_name_him() =>
        Assert.Equal(["لافروف: لا حل عسكريا للأزمة السورية"], Titles("speaker:\"Sergey Lavrov\""));

    [Fact]
    public void Entity_and_event_type_together_find_the_accusation() =>
        Assert.Equal(["المعارضة تتهم الأسد بقصف الأحياء السكنية"], Titles("entity:\"Bashar al-Assad\" type:ACCUSE"));

    [Fact]
    public void Entity_finds_every_article_naming_the_entity() =>
        Assert.Equal(2, Titles("entity:\"Bashar al-Assad\"").Length);

    [Fact]
    public void An_English_name_finds_the_Arabic_spelling() =>
        Assert.Equal(2, Titles("Lavrov").Length);

    [Fact]
    public void A_spelling_finds_the_other_spellings_of_the_same_linked_entity()
    {
        Assert.Equal(["بايراموف في أنقرة", "بيراموف يبحث في موسكو ملف قره باغ"], Titles("بيراموف"));
        Assert.Equal(Titles("بيراموف"), Titles("بايراموف"));
    }

    [Fact]
    public void Entity_by_an_Arabic_spelling_or_kb_id() =>
        Assert.Equal(Titles("entity:\"Jeyhun Bayramov\""), Titles("entity:بيراموف"));

    [Fact]
    public void Facets_count_entities_and_event_types()
    {
        var r = _c.Searcher.Search("entity:\"Bashar al-Assad\"");
        Assert.Contains(new FacetCount("Bashar al-Assad", 2), r.Entities);
        Assert.Equal([new FacetCount("ACCUSE", 1)], r.EventTypes);
    }
}
