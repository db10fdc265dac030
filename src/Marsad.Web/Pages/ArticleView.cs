using System.Globalization;
using Marsad.Analysis;
using Marsad.Corpus.Relations;
using Marsad.Text;
using Marsad.Web.Rendering;

namespace Marsad.Web.Pages;

/// <summary>
/// An analysed article: the text with names, references, quotes (speaker on hover), dates and figures marked
/// on their exact characters; the source chain; and tables of entities, quotes, times, figures and events,
/// each row linked to its span in the text.
/// </summary>
public static class ArticleView
{
    /// <param name="entityHref">Where an entity links to (its entity page), or null to link within the page.</param>
    public static void Render(Html html, UiText ui, Document doc, Func<Entity, string?>? entityHref = null)
    {
        var entities = doc.Layer<Entity>().ToDictionary(e => e.Id);
        string EntityName(string? id) => id is not null && entities.TryGetValue(id, out var e) ? Name(e, ui) : ui.Unknown;
        string? Href(Entity e) => entityHref?.Invoke(e) ?? "#" + e.Id;

        if (doc.Metadata.Title is { } title) html.Element("h1", title, ("class", "headline"));
        html.Open("dl", ("class", "meta"));
        if (doc.Metadata.Published is { } p) html.Element("dt", ui.Published).Open("dd").Element("time", Labels.Date(p.ToString(), ui), ("datetime", p.ToString())).Close("dd");
        if (doc.Source?.Publisher is { } pub) html.Element("dt", ui.Publisher).Element("dd", ui.Lang == "ar" ? pub.NameAr : pub.Name, ("class", "publisher"), ("title", ui.Lang == "ar" ? pub.Name : pub.NameAr));
        if (doc.Source?.Origin is { } origin) html.Element("dt", ui.Origin).Element("dd", ui.Lang == "ar" ? origin.NameAr : origin.Name, ("class", "origin"), ("title", ui.Lang == "ar" ? origin.Name : origin.NameAr));
        if (Html.IsWebUrl(doc.Metadata.Url))
            html.Element("dt", ui.OriginalArticle).Open("dd", ("class", "original-url")).ExternalLink(doc.Metadata.Url, new Uri(doc.Metadata.Url!).Host + " ↗", "original").Close("dd");
        html.Close("dl");

        var marks = new List<Mark>();
        foreach (var e in entities.Values)
        {
            foreach (var m in e.Mentions) marks.Add(new Mark(m, $"ent ent-{e.Type}", $"{Name(e, ui)} ({Labels.EntityType(e.Type.ToString(), ui)})", Href(e), Data: e.Id));
            foreach (var r in e.References) marks.Add(new Mark(r, "ref", $"→ {Name(e, ui)}", Href(e), Data: e.Id));
        }
        int qi = 0;
        foreach (var q in doc.Layer<Quote>())
            marks.Add(new Mark(q.Span, $"quote quote-{q.Kind.ToString().ToLowerInvariant()}", $"{ui.Speaker}: {EntityName(q.SpeakerId)}", Id: $"q{qi++}", Data: q.SpeakerId));
        foreach (var t in doc.Layer<TimeExpression>()) marks.Add(new Mark(t.Span, "time", Labels.Time(t.Value, ui)));
        foreach (var n in doc.Layer<Quantity>())
            marks.Add(new Mark(n.Span, "qty", $"{n.Approx}{n.Value.ToString(CultureInfo.InvariantCulture)} {n.Unit}{(n.Of is null ? "" : " · " + n.Of)}"));

        var sections = doc.Layer<Section>().Select(s => s.Span).ToHashSet();
        var credits = doc.Layer<CreditLine>().Select(s => s.Span).ToList();
        html.Open("article", ("class", "text"), ("id", "text"));
        MarkedTextRenderer.Render(html, doc.Text, marks, line =>
            sections.Any(s => s.Overlaps(line)) ? "section" : credits.Any(c => c.Overlaps(line)) ? "credit" : null);
        html.Close("article");

        RenderPlaces(html, ui, entities.Values, Href);
        RenderEntities(html, ui, doc, entities.Values, Href);
        RenderQuotes(html, ui, doc, EntityName);
        RenderTimes(html, ui, doc);
        RenderFigures(html, ui, doc);
        RenderEvents(html, ui, doc, EntityName);
    }

    /// <summary>The map of the places the article names that the knowledge base locates, each sized by its mentions.</summary>
    private static void RenderPlaces(Html html, UiText ui, IEnumerable<Entity> entities, Func<Entity, string?> href)
    {
        var byKey = entities.Where(e => e.KbId is not null).GroupBy(e => e.KbId!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var places = PlaceCount.Locate(byKey.Values.Select(e => (e.KbId!, e.Name, e.Mentions.Count)), PlaceCount.MapLimit);
        if (places.Count == 0) return;
        html.Element("h2", ui.PlacesNamed, ("id", "places"));
        PlaceMap.Render(html, ui, places, p => href(byKey[p.Key]) ?? "#places", mentions: true);
    }

    /// <summary>An entity's name in the interface language: the Arabic name in the Arabic pages.</summary>
    private static string Name(Entity e, UiText ui) => ui.Lang == "ar" && !string.IsNullOrWhiteSpace(e.NameAr) ? e.NameAr : e.Name;

    private static string OtherName(Entity e, UiText ui) => ui.Lang == "ar" ? e.Name : e.NameAr;

    private static void SpanLink(Html html, string text, TextSpan span) =>
        html.Element("a", span.Slice(text), ("href", "#text"), ("class", "span-link"), ("data-start", span.Start.ToString(CultureInfo.InvariantCulture)), ("data-end", span.End.ToString(CultureInfo.InvariantCulture)));

    private static void RenderEntities(Html html, UiText ui, Document doc, IEnumerable<Entity> entities, Func<Entity, string?> href)
    {
        var list = entities.ToList();
        if (list.Count == 0) return;
        html.Element("h2", ui.Entities);
        html.Open("table", ("class", "entities")).Raw("<thead><tr>");
        html.Element("th", ui.Entities).Element("th", ui.Type).Element("th", ui.Mentions).Raw("</tr></thead><tbody>");
        foreach (var e in list)
        {
            html.Open("tr", ("id", e.Id)).Open("td");
            html.Link(href(e) ?? "#", Name(e, ui)).Raw(" ").Element("span", OtherName(e, ui) == Name(e, ui) ? null : OtherName(e, ui), ("class", "ar"), ("dir", "auto"));
            html.Close("td").Element("td", Labels.EntityType(e.Type.ToString(), ui)).Open("td");
            foreach (var m in e.Mentions.Concat(e.References)) { SpanLink(html, doc.Text, m); html.Raw(" "); }
            html.Close("td").Close("tr");
        }
        html.Raw("</tbody></table>");
    }

    private static void RenderQuotes(Html html, UiText ui, Document doc, Func<string?, string> name)
    {
        var quotes = doc.Layer<Quote>();
        if (quotes.Count == 0) return;
        html.Element("h2", ui.Quotes);
        html.Open("ul", ("class", "quotes"));
        foreach (var q in quotes)
        {
            html.Open("li", ("class", "quote-item"));
            html.Element("span", name(q.SpeakerId), ("class", "speaker")).Raw(": ");
            SpanLink(html, doc.Text, q.Span);
            html.Element("span", q.Kind.ToString().ToLowerInvariant(), ("class", "kind"));
            html.Close("li");
        }
        html.Close("ul");
    }

    private static void RenderTimes(Html html, UiText ui, Document doc) =>
        RenderValues(html, ui.Times, "times", doc.Text, doc.Layer<TimeExpression>().Select(t => (t.Span, Labels.Time(t.Value, ui))));

    private static void RenderFigures(Html html, UiText ui, Document doc) =>
        RenderValues(html, ui.Figures, "figures", doc.Text,
            doc.Layer<Quantity>().Select(n => (n.Span, $"{n.Approx}{n.Value.ToString(CultureInfo.InvariantCulture)} {n.Unit} {n.Of}")));

    /// <summary>A list of facts read off the text: each links to its span and shows its normalised value.</summary>
    private static void RenderValues(Html html, string title, string cssClass, string text, IEnumerable<(TextSpan Span, string Value)> items)
    {
        var list = items.ToList();
        if (list.Count == 0) return;
        html.Element("h2", title).Open("ul", ("class", cssClass));
        foreach (var (span, value) in list)
        {
            html.Open("li");
            SpanLink(html, text, span);
            html.Raw(" → ").Element("code", value);
            html.Close("li");
        }
        html.Close("ul");
    }

    private static void RenderEvents(Html html, UiText ui, Document doc, Func<string?, string> name)
    {
        var events = doc.Layer<Event>();
        if (events.Count == 0) return;
        html.Element("h2", ui.Events);
        html.Open("table", ("class", "events")).Raw("<thead><tr>");
        html.Element("th", ui.Type).Element("th", ui.Actor).Element("th", ui.Recipient).Element("th", ui.Trigger).Element("th", ui.Sentence).Raw("</tr></thead><tbody>");
        foreach (var ev in events)
        {
            html.Open("tr").Open("td").Element("span", Labels.EventType(ev.Type, ui), ("class", "etype"), ("title", ev.Mode is null ? ev.Type : $"{ev.Type} ({ev.Mode})")).Close("td");
            html.Element("td", string.Join("، ", ev.Actor.Select(name))).Element("td", string.Join("، ", ev.Recipient.Select(name)));
            html.Open("td"); SpanLink(html, doc.Text, ev.Trigger); html.Close("td");
            html.Open("td"); SpanLink(html, doc.Text, ev.Evidence); html.Close("td");
            html.Close("tr");
        }
        html.Raw("</tbody></table>");
    }
}
