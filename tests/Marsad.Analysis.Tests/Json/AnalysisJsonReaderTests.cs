using System.Text.Json;
using Marsad.Analysis.Json;

namespace Marsad.Analysis.Tests.Json;

/// <summary>The reader takes analyses with fields missing or added, and says what is wrong with one it cannot read.</summary>
public sealed class AnalysisJsonReaderTests
{
    [Fact]
    public void Fields_an_analysis_lacks_read_as_empty_and_fields_it_adds_are_skipped()
    {
        // no layers but entities, no country, no references, no source; a field this version does not know
        var a = AnalysisJsonReader.Read("""
            {"text": "قال الصفدي", "future": {"x": [1, 2]},
             "entities": [{"id": "e1", "type": "PER", "name": "Ayman Safadi", "mentions": [{"start": 4, "end": 10, "text": "الصفدي"}]}]}
            """);
        Assert.Equal("قال الصفدي", a.Text);
        Assert.Null(a.Published);
        Assert.Empty(a.Quotes);
        Assert.Empty(a.Events);
        Assert.Null(a.Source.Publisher);
        var e = Assert.Single(a.Entities);
        Assert.Null(e.Country);
        Assert.Empty(e.References);
        Assert.Equal("", e.NameAr);
        Assert.Equal((4, 10, "الصفدي"), (e.Mentions[0].Start, e.Mentions[0].End, e.Mentions[0].Text));
    }

    [Fact]
    public void A_stored_analysis_without_a_layer_becomes_a_document_without_it()
    {
        var doc = AnalysisJsonMapping.ToDocument(AnalysisJsonReader.Read("""{"text": "نص", "published": "2023-03-05"}"""));
        Assert.Equal("نص", doc.Text);
        Assert.Equal("2023-03-05", doc.Metadata.Published?.ToString());
        Assert.Empty(doc.Layer<Entity>());
        Assert.Null(doc.Source);
    }

    [Theory]
    [InlineData("not json", "malformed analysis JSON")]
    [InlineData("""{"text": "x", "entities": [{"id": "e1", "mentions": [{"end": 3}]}]}""", "start")]
    [InlineData("""{"text": "x", "quotes": [{"start": "4", "end": 9}]}""", "$.quotes[0].start")]
    [InlineData("""{"text": "x", "entities": null}""", "entities")]
    [InlineData("""{"text": "x", "events": [{"type": "AGREE", "trigger": {"start": 0, "end": 1}}]}""", "evidence")]
    [InlineData("[]", "malformed analysis JSON")]
    public void Malformed_input_throws_a_message_naming_what_is_wrong(string json, string named)
    {
        var e = Assert.Throws<JsonException>(() => AnalysisJsonReader.Read(json));
        Assert.StartsWith("malformed analysis JSON: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }
}
