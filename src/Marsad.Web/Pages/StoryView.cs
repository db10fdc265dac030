using Marsad.Corpus.Relations;
using Marsad.Web.Rendering;
using System.Globalization;

namespace Marsad.Web.Pages;

/// <summary>The story pages: a list of stories, and one story as a day-by-day timeline of its articles, events and quotes.</summary>
public static class StoryView
{
    public static string Href(int storyId) => $"/story/{storyId}";

    public static string ArticleHref(string id) => "/article/" + Uri.EscapeDataString(id);

    public static void RenderList(Html html, UiText ui, IReadOnlyList<StorySummary> stories)
    {
        html.Element("h1", ui.AllStories);
        if (stories.Count == 0) { html.Element("p", ui.NoStories); return; }
        html.Open("table", ("class", "stories")).Raw("<thead><tr>");
        html.Element("th", ui.Story).Element("th", ui.StorySpan).Element("th", ui.Articles).Element("th", ui.Sources).Element("th", ui.Actors).Raw("</tr></thead><tbody>");
        foreach (var s in stories)
        {
            html.Open("tr").Open("td");
            html.Link(Href(s.Id), s.Title ?? $"{ui.Story} {s.Id}", "story-link");
            html.Close("td").Element("td", Span(s, ui)).Element("td", s.Articles.ToString(CultureInfo.InvariantCulture));
            html.Element("td", string.Join("، ", s.Sources.Take(4).Select(o => $"{OutletNames.Display(o.Outlet, ui)} ({o.Articles})")));
            html.Element("td", string.Join("، ", s.Actors.Take(4).Select(a => Labels.Entity(a.Name, ui))));
            html.Close("tr");
        }
        html.Raw("</tbody></table>");
    }

    public static void Render(Html html, UiText ui, StoryDetail story)
    {
        var s = story.Summary;
        html.Element("h1", s.Title ?? $"{ui.Story} {s.Id}", ("class", "story-title"));
        html.Open("dl", ("class", "meta"));
        html.Element("dt", ui.StorySpan).Element("dd", Span(s, ui));
        html.Element("dt", ui.Articles).Element("dd", s.Articles.ToString(CultureInfo.InvariantCulture));
        html.Close("dl");

        html.Element("h2", ui.Sources).Open("ul", ("class", "story-sources"));
        foreach (var o in s.Sources)
        {
            html.Open("li").Text(OutletNames.Display(o.Outlet, ui)).Raw(" ").Element("span", $"({o.Articles})", ("class", "ar")).Close("li");
        }
        html.Close("ul");
        html.Link("/sources", ui.WhoRepublishesWhom);

        if (s.Actors.Count > 0)
        {
            html.Element("h2", ui.Actors).Open("ul", ("class", "story-actors"));
            foreach (var a in s.Actors)
                html.Open("li").Link("/entity/" + Uri.EscapeDataString(a.Key), Labels.Entity(a.Name, ui)).Raw(" ").Element("span", $"({a.Articles})", ("class", "ar")).Close("li");
            html.Close("ul");
        }

        if (story.Places.Count > 0)
        {
            html.Element("h2", ui.PlacesNamed, ("id", "places"));
            PlaceMap.Render(html, ui, story.Places, p => "/entity/" + Uri.EscapeDataString(p.Key));
        }

        var perDay = story.Articles.GroupBy(a => Day(a.Published)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();
        html.Element("h2", ui.ArticlesPerDay);
        Charts.Bars(html, [.. Labels.DayAxis([.. perDay.Select(d => d.Key)], ui).Zip(perDay, (label, d) => (label, d.Item2))], ui.ArticlesPerDay);

        RenderThread(html, ui, story);
        RenderTimeline(html, ui, story);
    }

    /// <summary>The other stories of its thread (related happenings), oldest first; nothing when the story stands alone.</summary>
    private static void RenderThread(Html html, UiText ui, StoryDetail story)
    {
        if (story.Thread is not { Count: > 1 } thread) return;
        html.Element("h2", ui.Thread).Element("p", ui.ThreadIntro, ("class", "note")).Open("ul", ("class", "story-thread"));
        foreach (var t in thread)
        {
            html.Open("li");
            if (t.Id == story.Summary.Id) html.Element("strong", t.Title ?? $"{ui.Story} {t.Id}");
            else html.Link(Href(t.Id), t.Title ?? $"{ui.Story} {t.Id}");
            html.Raw(" ").Element("span", $"({Span(t, ui)}, {t.Articles.ToString(CultureInfo.InvariantCulture)})", ("class", "ar")).Close("li");
        }
        html.Close("ul");
    }

    /// <summary>Most items of one kind listed under one day; the rest are counted.</summary>
    private const int PerDay = 25;

    /// <summary>Longest evidence sentence or quote shown in full on the timeline (the article has the rest).</summary>
    private const int MaxQuoted = 240;

    /// <summary>
    /// Day by day: the articles published, the events dated that day and the quotes first reported that day.
    /// An event dated outside the story's span (background: a war years ago) is listed on its article's day, with its date.
    /// </summary>
    private static void RenderTimeline(Html html, UiText ui, StoryDetail story)
    {
        string first = story.Articles.Select(a => Day(a.Published)).Where(d => d != "?").DefaultIfEmpty("?").Min(StringComparer.Ordinal)!;
        string last = story.Articles.Select(a => Day(a.Published)).Where(d => d != "?").DefaultIfEmpty("?").Max(StringComparer.Ordinal)!;
        var items = new List<(string Day, int Kind, Action Write)>();
        foreach (var a in story.Articles)
            items.Add((Day(a.Published), 0, () =>
            {
                html.Open("li", ("class", "t-article")).Element("span", OutletNames.Display(a.Source, ui), ("class", "outlet")).Raw(" ");
                html.Link(ArticleHref(a.Id), string.IsNullOrWhiteSpace(a.Title) ? a.Id : a.Title).Close("li");
            }));
        foreach (var e in story.Events)
        {
            string? dated = CalendarDay(e.Date);
            bool inSpan = dated is not null && string.CompareOrdinal(dated, first) >= 0 && string.CompareOrdinal(dated, last) <= 0;
            items.Add((inSpan ? dated! : Day(e.Article.Published), 1, () =>
            {
                html.Open("li", ("class", "t-event")).Element("span", Labels.EventType(e.Type, ui), ("class", "etype"), ("title", e.Mode is null ? e.Type : $"{e.Type} ({e.Mode})")).Raw(" ");
                if (!inSpan && e.Date is not null) html.Element("bdi", Labels.Time(e.Date, ui), ("class", "event-date")).Raw(" ");
                html.Element("span", $"{string.Join("، ", e.Actors.Select(a => Labels.Entity(a, ui)).DefaultIfEmpty(ui.Unknown))} {(ui.Dir == "rtl" ? "←" : "→")} {string.Join("، ", e.Recipients.Select(r => Labels.Entity(r, ui)))}", ("class", "parties")).Raw(" — ");
                html.Element("q", Shorten(e.Evidence)).Raw(" ").Link(ArticleHref(e.Article.Id), "↗");
                // An event counted once: how many reports tell it, and by which outlets.
                if (e.Reports > 1)
                    html.Raw(" ").Element("span", $"({e.Reports.ToString(CultureInfo.InvariantCulture)} {ui.Reports}: {string.Join(ui.Comma, (e.Sources ?? []).Select(o => OutletNames.Display(o, ui)))})",
                        ("class", "reports"));
                html.Close("li");
            }));
        }
        foreach (var q in story.Quotes)
            items.Add((Day(q.Date), 2, () =>
            {
                html.Open("li", ("class", "t-quote")).Element("span", q.Speaker ?? ui.Unknown, ("class", "speaker")).Raw(": ");
                html.Element("q", Shorten(q.Text)).Raw(" ").Link(ArticleHref(q.Article.Id), "↗").Close("li");
            }));

        html.Element("h2", ui.Timeline).Open("ol", ("class", "timeline"));
        foreach (var day in items.GroupBy(i => i.Day).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Open("li", ("class", "day")).Open("h3").Element("time", Labels.Date(day.Key, ui), ("datetime", day.Key)).Close("h3").Open("ul");
            foreach (var kind in day.GroupBy(i => i.Kind).OrderBy(k => k.Key))
            {
                foreach (var item in kind.Take(PerDay)) item.Write();
                if (kind.Count() > PerDay) html.Element("li", $"… +{kind.Count() - PerDay}", ("class", "more"));
            }
            html.Close("ul").Close("li");
        }
        html.Close("ol");
    }

    private static string? CalendarDay(string? date) =>
        date is { Length: >= 10 } d && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", out _) ? d[..10] : null;

    private static string Shorten(string text) => text.Length <= MaxQuoted ? text : text[..MaxQuoted].TrimEnd() + "…";

    private static string Day(string? published) => published is { Length: >= 10 } p ? p[..10] : "?";

    private static string Span(StorySummary s, UiText ui) =>
        s.First is { } f && s.Last is { } l
            ? (f.Date == l.Date ? Labels.Date(DateOnly.FromDateTime(f), ui) : $"{Labels.Date(DateOnly.FromDateTime(f), ui)} – {Labels.Date(DateOnly.FromDateTime(l), ui)}")
            : "?";
}
