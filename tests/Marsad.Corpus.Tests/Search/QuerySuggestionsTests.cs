using Marsad.Corpus.Search;
using Marsad.Knowledge.Kb;

namespace Marsad.Corpus.Tests.Search;

public class QuerySuggestionsTests
{
    private static List<(string Kind, string Query, bool KeepsFilters)> Candidates(string query, bool hasFilters = false) =>
        [.. QuerySuggestions.Candidates(query, hasFilters, ForgivingQuery.Fields)];

    [Fact]
    public void A_misspelt_name_word_is_respelled_as_the_knowledge_base_writes_it_and_a_known_word_is_kept()
    {
        Assert.Contains("سيرغي لافروف", QuerySuggestions.Respellings("سيرغي لاقروف", KnowledgeBase.Default));
        Assert.Empty(QuerySuggestions.Respellings("سيرغي لافروف", KnowledgeBase.Default));
        // syntax and Latin words are not respelled
        Assert.Empty(QuerySuggestions.Respellings("لاقروف* Lavrof", KnowledgeBase.Default));
    }

    [Fact]
    public void Field_clauses_of_known_fields_are_dropped_and_other_colons_stay_text()
    {
        var c = Candidates("فيينا type:EXPEL date:[2015-07-01 TO 2015-07-02] entity:\"Sergey Lavrov\"");
        Assert.Contains(("without-fields", "فيينا", true), c);
        Assert.DoesNotContain(c, x => x.Kind == "without-fields" && x.Query.Contains("colour", StringComparison.Ordinal));
        Assert.DoesNotContain(Candidates("colour:فيينا"), x => x.Kind == "without-fields");
    }

    [Fact]
    public void Filters_phrases_and_words_give_their_candidates()
    {
        var c = Candidates("\"اجتماع فيينا\" البطريق", hasFilters: true);
        Assert.Contains(("without-filters", "\"اجتماع فيينا\" البطريق", false), c);
        Assert.Contains(("without-quotes", "اجتماع فيينا البطريق", true), c);
        Assert.Contains(("fewer-words", "اجتماع فيينا", true), c);
        // a sentence is not cut word by word, nor a query with operators
        Assert.DoesNotContain(Candidates("واحد اثنان ثلاثة أربعة خمسة ستة سبعة"), x => x.Kind == "fewer-words");
        Assert.DoesNotContain(Candidates("فيينا OR جنيف"), x => x.Kind == "fewer-words");
    }
}
