using Marsad.Text;

namespace Marsad.Analysis.Json;

/// <summary>
/// Between the typed <see cref="Document"/> the pipeline fills and <see cref="JsonAnalysis"/>, the form it is written
/// and stored in: both ways, so that a stored analysis can be shown again without running the pipeline.
/// </summary>
public static class AnalysisJsonMapping
{
    /// <summary>The document's text, metadata and layers as the analysis JSON has them; every span carries its words.</summary>
    public static JsonAnalysis FromDocument(Document doc)
    {
        string text = doc.Text;
        var meta = doc.Metadata;
        JsonSpan Span(TextSpan s) => new() { Start = s.Start, End = s.End, Text = s.Slice(text) };
        JsonSpan[] Spans(IEnumerable<TextSpan> spans) => [.. spans.Select(Span)];
        JsonParty? Party(Party? p) => p is null ? null : new() { Name = p.Name, NameAr = p.NameAr, Id = p.Id, Span = p.Span is { } s ? Span(s) : null };
        return new JsonAnalysis
        {
            Text = text,
            Published = meta.Published?.ToString(),
            Headline = meta.Title,
            Url = meta.Url,
            Author = meta.Author,
            Location = meta.Location,
            Paragraphs = Spans(doc.Layer<Paragraph>().Select(p => p.Span)),
            Sections = Spans(doc.Layer<Section>().Select(s => s.Span)),
            Credits = Spans(doc.Layer<CreditLine>().Select(c => c.Span)),
            Source = new JsonSourceChain { Publisher = Party(doc.Source?.Publisher), Origin = Party(doc.Source?.Origin) },
            Entities = [.. doc.Layer<Entity>().Select(e => new JsonEntity
            {
                Id = e.Id, Type = e.Type.ToString(), Name = e.Name, NameAr = e.NameAr, Kb = e.KbId, Country = e.Country,
                Mentions = Spans(e.Mentions), References = Spans(e.References),
            })],
            Quotes = [.. doc.Layer<Quote>().Select(q => new JsonQuote
            {
                Start = q.Span.Start, End = q.Span.End, Text = q.Span.Slice(text),
                Kind = q.Kind.ToString().ToLowerInvariant(), Speaker = q.SpeakerId, SpeakerKind = q.SpeakerKind,
                Cue = q.Cue is { } cue ? Span(cue) : null,
            })],
            Times = [.. doc.Layer<TimeExpression>().Select(t => new JsonTime
            {
                Start = t.Span.Start, End = t.Span.End, Text = t.Span.Slice(text), Type = t.Type.ToString(), Value = t.Value,
            })],
            Quantities = [.. doc.Layer<Quantity>().Select(q => new JsonQuantity
            {
                Start = q.Span.Start, End = q.Span.End, Text = q.Span.Slice(text), Value = q.Value, Unit = q.Unit, Approx = q.Approx, Of = q.Of,
            })],
            Events = [.. doc.Layer<Event>().Select(ev => new JsonEvent
            {
                Type = ev.Type, Mode = ev.Mode, Context = ev.Context, Actor = ev.Actor, Recipient = ev.Recipient,
                // the contract leaves actorStates out when there are none
                ActorStates = ev.ActorStates is { Count: > 0 } states ? states : null,
                Place = ev.Place, Time = ev.TimeIndex, Evidence = Span(ev.Evidence), Trigger = Span(ev.Trigger), Aux = ev.Aux,
            })],
        };
    }

    /// <summary>
    /// The typed document of a stored analysis. <paramref name="metadata"/> is what the caller knows of the article
    /// (a store keeps more than the JSON, such as the outlet's record name); without it the JSON's own is used.
    /// A type or kind this version does not know reads as the most general one (MISC, direct, DATE).
    /// </summary>
    public static Document ToDocument(JsonAnalysis analysis, ArticleMetadata? metadata = null)
    {
        var doc = new Document(analysis.Text, metadata ?? new ArticleMetadata
        {
            Title = analysis.Headline,
            Url = analysis.Url,
            Author = analysis.Author,
            Location = analysis.Location,
            Published = PublicationDate.TryParse(analysis.Published, out var p) ? p : null,
        });
        doc.SetLayer(analysis.Paragraphs.Select(s => new Paragraph(ToTextSpan(s))).ToArray());
        doc.SetLayer(analysis.Sections.Select(s => new Section(ToTextSpan(s))).ToArray());
        doc.SetLayer(analysis.Credits.Select(s => new CreditLine(ToTextSpan(s))).ToArray());
        doc.SetLayer(analysis.Entities.Select(e => new Entity(
            e.Id, Enum.TryParse<EntityType>(e.Type, out var t) ? t : EntityType.MISC, e.Name, e.NameAr, e.Kb,
            ToTextSpans(e.Mentions), ToTextSpans(e.References), e.Country)).ToArray());
        doc.SetLayer(analysis.Quotes.Select(q => new Quote(
            ToTextSpan(q), Enum.TryParse<QuoteKind>(q.Kind, ignoreCase: true, out var k) ? k : QuoteKind.Direct,
            q.Speaker, q.Cue is { } cue ? ToTextSpan(cue) : null, q.SpeakerKind)).ToArray());
        doc.SetLayer(analysis.Times.Select(t => new TimeExpression(
            ToTextSpan(t), Enum.TryParse<TimeType>(t.Type, out var tt) ? tt : TimeType.DATE, t.Value)).ToArray());
        doc.SetLayer(analysis.Quantities.Select(q => new Quantity(ToTextSpan(q), q.Value, q.Unit, q.Approx, q.Of)).ToArray());
        doc.SetLayer(analysis.Events.Select(ev => new Event(
            ev.Type, ev.Mode, ev.Context, ev.Actor, ev.Recipient, ev.Place, ev.Time,
            ToTextSpan(ev.Evidence), ToTextSpan(ev.Trigger), ev.Aux, ev.ActorStates)).ToArray());
        var publisher = ToParty(analysis.Source.Publisher);
        var origin = ToParty(analysis.Source.Origin);
        if (publisher is not null || origin is not null) doc.SetLayer<SourceChain>([new SourceChain(publisher, origin)]);
        return doc;
    }

    /// <summary>The span as offsets into the text; an end before the start reads as an empty span there.</summary>
    public static TextSpan ToTextSpan(ISpanFields s) => TextSpan.FromBounds(s.Start, Math.Max(s.Start, s.End));

    private static TextSpan[] ToTextSpans(IEnumerable<JsonSpan> spans) => [.. spans.Select(ToTextSpan)];

    private static Party? ToParty(JsonParty? p) => p is null ? null : new Party(p.Name, p.NameAr, p.Span is { } s ? ToTextSpan(s) : null, p.Id);
}
