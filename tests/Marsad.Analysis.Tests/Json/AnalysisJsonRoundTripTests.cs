using Marsad.Analysis.Json;
using Marsad.Tests;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Json;

/// <summary>
/// What the writer writes, the reader gives back: every layer of an analysed article, with its counts, offsets,
/// ids and values, and the source chain. The store, the web pages and the scorer all read the analysis this way.
/// </summary>
public sealed class AnalysisJsonRoundTripTests
{
    // A dateline naming an agency, a named minister quoted directly, a date, figures and a meeting.
    private const string Inline =
        "عمّان - بترا\n" +
        "التقى وزير الخارجية الأردني أيمن الصفدي نظيره السوري فيصل المقداد في دمشق اليوم الأحد، وبحث الجانبان عودة اللاجئين.\n" +
        "وقال الصفدي: «نريد حلاً سياسياً يحفظ وحدة سوريا ويضمن عودة آمنة وطوعية للاجئين».\n" +
        "ويستضيف الأردن نحو 1.3 مليون لاجئ سوري، فيما تبلغ كلفة استضافتهم 12 مليار دولار.";

    [Fact]
    public void A_short_arabic_article_survives_writing_and_reading_layer_by_layer()
    {
        PublicationDate.TryParse("2023-03-05", out var published);
        var doc = MarsadPipeline.Default.Analyze(Inline, new ArticleMetadata { Published = published, Title = "الصفدي في دمشق", Url = "https://example.com/1" });
        // the text exercises every layer, so that the comparison below compares something
        Assert.NotEmpty(doc.Layer<Entity>());
        Assert.NotEmpty(doc.Layer<Quote>());
        Assert.NotEmpty(doc.Layer<TimeExpression>());
        Assert.NotEmpty(doc.Layer<Quantity>());
        Assert.NotEmpty(doc.Layer<CreditLine>());
        Assert.NotNull(doc.Source?.Origin);

        AssertSurvives(doc);
    }

    [SkippableFact]
    public void The_reference_article_survives_writing_and_reading_layer_by_layer()
    {
        string text = File.ReadAllText(SharedData.Require("seed", "000_ab924b65eb77ff68.txt"));
        var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Location = "seed" });
        Assert.NotEmpty(doc.Layer<Event>());
        Assert.NotEmpty(doc.Layer<Section>());
        Assert.NotNull(doc.Source?.Publisher);

        AssertSurvives(doc);
    }

    private static void AssertSurvives(Document doc)
    {
        string json = AnalysisJsonWriter.ToJson(doc);
        var back = AnalysisJsonReader.Read(json);
        string text = doc.Text;

        Assert.Equal(text, back.Text);
        Assert.Equal(doc.Metadata.Published?.ToString(), back.Published);
        Assert.Equal((doc.Metadata.Title, doc.Metadata.Url, doc.Metadata.Author, doc.Metadata.Location), (back.Headline, back.Url, back.Author, back.Location));

        AssertSpans(text, doc.Layer<Paragraph>().Select(p => p.Span), back.Paragraphs);
        AssertSpans(text, doc.Layer<Section>().Select(s => s.Span), back.Sections);
        AssertSpans(text, doc.Layer<CreditLine>().Select(c => c.Span), back.Credits);

        AssertParty(text, doc.Source?.Publisher, back.Source.Publisher);
        AssertParty(text, doc.Source?.Origin, back.Source.Origin);

        Assert.Equal(doc.Layer<Entity>().Count, back.Entities.Count);
        foreach (var (e, b) in doc.Layer<Entity>().Zip(back.Entities))
        {
            Assert.Equal((e.Id, e.Type.ToString(), e.Name, e.NameAr, e.KbId, e.Country), (b.Id, b.Type, b.Name, b.NameAr, b.Kb, b.Country));
            AssertSpans(text, e.Mentions, b.Mentions);
            AssertSpans(text, e.References, b.References);
        }

        Assert.Equal(doc.Layer<Quote>().Count, back.Quotes.Count);
        foreach (var (q, b) in doc.Layer<Quote>().Zip(back.Quotes))
        {
            AssertSpan(text, q.Span, b);
            Assert.Equal((q.Kind.ToString().ToLowerInvariant(), q.SpeakerId, q.SpeakerKind), (b.Kind, b.Speaker, b.SpeakerKind));
            AssertOptionalSpan(text, q.Cue, b.Cue);
        }

        Assert.Equal(doc.Layer<TimeExpression>().Count, back.Times.Count);
        foreach (var (t, b) in doc.Layer<TimeExpression>().Zip(back.Times))
        {
            AssertSpan(text, t.Span, b);
            Assert.Equal((t.Type.ToString(), t.Value), (b.Type, b.Value));
        }

        Assert.Equal(doc.Layer<Quantity>().Count, back.Quantities.Count);
        foreach (var (q, b) in doc.Layer<Quantity>().Zip(back.Quantities))
        {
            AssertSpan(text, q.Span, b);
            Assert.Equal((q.Value, q.Unit, q.Approx, q.Of), (b.Value, b.Unit, b.Approx, b.Of));
        }

        Assert.Equal(doc.Layer<Event>().Count, back.Events.Count);
        foreach (var (ev, b) in doc.Layer<Event>().Zip(back.Events))
        {
            Assert.Equal((ev.Type, ev.Mode, ev.Place, ev.TimeIndex, ev.Aux), (b.Type, b.Mode, b.Place, b.Time, b.Aux));
            Assert.Equal(ev.Context, b.Context);
            Assert.Equal(ev.Actor, b.Actor);
            Assert.Equal(ev.Recipient, b.Recipient);
            // left out of the JSON when there are none
            Assert.Equal(ev.ActorStates is { Count: > 0 } ? ev.ActorStates : null, b.ActorStates);
            AssertSpan(text, ev.Evidence, b.Evidence);
            AssertSpan(text, ev.Trigger, b.Trigger);
        }

        // and back to a document, as a stored article's page is drawn: it writes the very same JSON
        Assert.Equal(json, AnalysisJsonWriter.ToJson(AnalysisJsonMapping.ToDocument(back)));
    }

    private static void AssertParty(string text, Party? want, JsonParty? got)
    {
        if (want is null) { Assert.Null(got); return; }
        Assert.NotNull(got);
        Assert.Equal((want.Name, want.NameAr, want.Id), (got.Name, got.NameAr, got.Id));
        AssertOptionalSpan(text, want.Span, got.Span);
    }

    private static void AssertSpans(string text, IEnumerable<TextSpan> want, IReadOnlyList<JsonSpan> got)
    {
        var expected = want.ToList();
        Assert.Equal(expected.Count, got.Count);
        foreach (var (w, g) in expected.Zip(got)) AssertSpan(text, w, g);
    }

    private static void AssertOptionalSpan(string text, TextSpan? want, JsonSpan? got)
    {
        if (want is { } w) AssertSpan(text, w, Assert.IsType<JsonSpan>(got));
        else Assert.Null(got);
    }

    private static void AssertSpan(string text, TextSpan want, ISpanFields got)
    {
        Assert.Equal((want.Start, want.End), (got.Start, got.End));
        Assert.Equal(want.Slice(text), got.Text);
    }
}
