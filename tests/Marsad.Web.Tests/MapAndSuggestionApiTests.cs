using System.Net;
using System.Text.Json;

namespace Marsad.Web.Tests;

/// <summary>
/// Over the sample corpus and its news stream (a story of Lavrov and Kerry on talks in Vienna, datelined Moscow):
/// the places of a story, an entity and a search with their coordinates; suggestions for a search that finds
/// nothing; and the advanced mode of the query syntax.
/// </summary>
[Collection("web")]
public sealed class MapAndSuggestionApiTests(WebFixture web)
{
    private const string Moscow = "city:524901", Vienna = "city:2761369";

    private async Task<JsonElement> Get(string url)
    {
        using var response = await web.Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static JsonElement Place(JsonElement places, string key) =>
        places.EnumerateArray().FirstOrDefault(p => p.GetProperty("key").GetString() == key);

    private async Task<int> LavrovStory()
    {
        var stories = await Get("/api/stories?limit=20&minArticles=3");
        return stories.EnumerateArray().First(s => s.GetProperty("title").GetString()!.Contains("لافروف", StringComparison.Ordinal)).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task A_story_lists_the_places_its_articles_name_where_the_knowledge_base_puts_them()
    {
        var story = await Get($"/api/stories/{await LavrovStory()}");
        var places = story.GetProperty("places");
        var vienna = Place(places, Vienna);
        Assert.Equal(JsonValueKind.Object, vienna.ValueKind);
        Assert.InRange(vienna.GetProperty("lat").GetDouble(), 48.1, 48.3);
        Assert.InRange(vienna.GetProperty("lon").GetDouble(), 16.3, 16.5);
        Assert.True(vienna.GetProperty("articles").GetInt32() >= 3, "the wire, its copies and the follow-up name Vienna");
        // a person is named in the story but has no place
        Assert.DoesNotContain(places.EnumerateArray(), p => p.GetProperty("key").GetString()!.StartsWith("per:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_entity_and_a_search_have_the_places_named_with_them()
    {
        var moscow = await Get($"/api/entities/{Uri.EscapeDataString(Moscow)}");
        Assert.Equal(JsonValueKind.Object, Place(moscow.GetProperty("places"), Moscow).ValueKind); // a city's map shows the city
        Assert.Equal(JsonValueKind.Object, Place(moscow.GetProperty("places"), Vienna).ValueKind);

        var search = await Get("/api/search?q=" + Uri.EscapeDataString("فيينا"));
        var vienna = Place(search.GetProperty("places"), Vienna);
        Assert.Equal(search.GetProperty("total").GetInt32(), vienna.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task A_misspelt_name_is_offered_the_spelling_the_knowledge_base_knows()
    {
        var results = await Get("/api/search?q=" + Uri.EscapeDataString("لاقروف"));
        Assert.Equal(0, results.GetProperty("total").GetInt32());
        var spelling = results.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "spelling");
        Assert.Equal("لافروف", spelling.GetProperty("query").GetString());
        Assert.Equal((await Get("/api/search?q=" + Uri.EscapeDataString("لافروف"))).GetProperty("total").GetInt32(), spelling.GetProperty("total").GetInt32());

        // under filters that leave nothing, the spelling is offered without them
        var filtered = await Get("/api/search?q=" + Uri.EscapeDataString("لاقروف") + "&source=okaz&from=2015-07-29");
        var alone = filtered.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "spelling");
        Assert.Equal("لافروف", alone.GetProperty("query").GetString());
        Assert.False(alone.GetProperty("keepsFilters").GetBoolean());
    }

    [Fact]
    public async Task A_search_narrowed_to_nothing_is_offered_its_words_without_fields_filters_or_a_word()
    {
        var filtered = await Get("/api/search?q=" + Uri.EscapeDataString("فيينا") + "&source=okaz&from=2015-07-29");
        Assert.Equal(0, filtered.GetProperty("total").GetInt32());
        var without = filtered.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "without-filters");
        Assert.False(without.GetProperty("keepsFilters").GetBoolean());
        Assert.True(without.GetProperty("total").GetInt32() >= 3);

        var fields = await Get("/api/search?q=" + Uri.EscapeDataString("فيينا type:EXPEL"));
        Assert.Equal(0, fields.GetProperty("total").GetInt32());
        Assert.Contains(fields.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("kind").GetString() == "without-fields" && s.GetProperty("query").GetString() == "فيينا");

        var words = await Get("/api/search?q=" + Uri.EscapeDataString("فيينا البطريق"));
        Assert.Equal(0, words.GetProperty("total").GetInt32());
        Assert.Contains(words.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("kind").GetString() == "fewer-words" && s.GetProperty("query").GetString() == "فيينا");

        // a search that finds something has none
        Assert.Empty((await Get("/api/search?q=" + Uri.EscapeDataString("فيينا"))).GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task The_advanced_mode_reads_wildcards_and_every_field_and_names_a_field_that_is_not_one()
    {
        // plain text: a star and an unknown field are text
        Assert.Equal(0, (await Get("/api/search?q=" + Uri.EscapeDataString("فيين*"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await web.Http.GetAsync("/api/search?q=" + Uri.EscapeDataString("colour:فيينا"))).StatusCode);

        int vienna = (await Get("/api/search?q=" + Uri.EscapeDataString("فيينا"))).GetProperty("total").GetInt32();
        Assert.Equal(vienna, (await Get("/api/search?advanced=1&q=" + Uri.EscapeDataString("فيين*"))).GetProperty("total").GetInt32());
        int inLeads = (await Get("/api/search?advanced=1&q=" + Uri.EscapeDataString("lead:فيينا"))).GetProperty("total").GetInt32();
        Assert.InRange(inLeads, 1, vienna);

        using var bad = await web.Http.GetAsync("/api/search?advanced=1&q=" + Uri.EscapeDataString("colour:فيينا"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.StartsWith("'colour' is not a field", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
