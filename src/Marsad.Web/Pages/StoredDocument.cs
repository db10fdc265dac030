using System.Text.Json;
using Marsad.Analysis;
using Marsad.Corpus.Store;
using Marsad.Text;

namespace Marsad.Web.Pages;

/// <summary>
/// Rebuilds the typed document of a stored article from its analysis JSON (AnalysisJsonWriter's shape), so an
/// article page reads what was stored instead of running the pipeline again: parsing takes a fraction of a
/// millisecond where analysing takes several, and the page shows exactly the stored (exported, searched) facts.
/// </summary>
public static class StoredDocument
{
    public static Document From(StoredArticle a)
    {
        var doc = new Document(a.Text, new ArticleMetadata
        {
            Title = a.Title,
            Url = a.Url,
            Publisher = a.Source,
            Author = a.Author,
            Published = PublicationDate.TryParse(a.Published, out var p) ? p : null,
            Location = a.Location,
        });
        using var json = JsonDocument.Parse(a.AnalysisJson);
        var root = json.RootElement;
        doc.SetLayer(Array(root, "paragraphs", s => new Paragraph(Span(s))));
        doc.SetLayer(Array(root, "sections", s => new Section(Span(s))));
        doc.SetLayer(Array(root, "credits", s => new CreditLine(Span(s))));
        doc.SetLayer(Array(root, "entities", e => new Entity(
            Str(e, "id") ?? "", Enum.TryParse<EntityType>(Str(e, "type"), out var t) ? t : EntityType.MISC,
            Str(e, "name") ?? "", Str(e, "nameAr") ?? Str(e, "name") ?? "", Str(e, "kb"),
            Array(e, "mentions", Span), Array(e, "references", Span), Str(e, "country"))));
        doc.SetLayer(Array(root, "quotes", q => new Quote(
            Span(q), Enum.TryParse<QuoteKind>(Str(q, "kind"), ignoreCase: true, out var k) ? k : QuoteKind.Direct,
            Str(q, "speaker"), q.TryGetProperty("cue", out var cue) && cue.ValueKind == JsonValueKind.Object ? Span(cue) : null, Str(q, "speakerKind"))));
        doc.SetLayer(Array(root, "times", t => new TimeExpression(
            Span(t), Enum.TryParse<TimeType>(Str(t, "type"), out var tt) ? tt : TimeType.DATE, Str(t, "value") ?? "")));
        doc.SetLayer(Array(root, "quantities", n => new Quantity(
            Span(n), n.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0,
            Str(n, "unit") ?? "", Str(n, "approx"), Str(n, "of"))));
        doc.SetLayer(Array(root, "events", ev => new Event(
            Str(ev, "type") ?? "", Str(ev, "mode"), Strings(ev, "context"), Strings(ev, "actor"), Strings(ev, "recipient"), Str(ev, "place"),
            ev.TryGetProperty("time", out var ti) && ti.ValueKind == JsonValueKind.Number ? ti.GetInt32() : null,
            Span(ev.GetProperty("evidence")), Span(ev.GetProperty("trigger")), Str(ev, "aux"),
            ev.TryGetProperty("actorStates", out _) ? Strings(ev, "actorStates") : null)));
        if (root.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.Object)
        {
            var chain = new SourceChain(Party(src, "publisher"), Party(src, "origin"));
            if (chain.Publisher is not null || chain.Origin is not null) doc.SetLayer<SourceChain>([chain]);
        }
        return doc;
    }

    private static Party? Party(JsonElement source, string name) =>
        source.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Object
            ? new Party(Str(p, "name") ?? "", Str(p, "nameAr") ?? "", p.TryGetProperty("span", out var s) && s.ValueKind == JsonValueKind.Object ? Span(s) : null, Str(p, "id"))
            : null;

    private static TextSpan Span(JsonElement e)
    {
        int start = e.GetProperty("start").GetInt32();
        return TextSpan.FromBounds(start, Math.Max(start, e.GetProperty("end").GetInt32()));
    }

    private static T[] Array<T>(JsonElement e, string name, Func<JsonElement, T> read) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray().Select(read)] : [];

    private static string[] Strings(JsonElement e, string name) =>
        Array(e, name, s => s.ValueKind == JsonValueKind.String ? s.GetString()! : "");

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
