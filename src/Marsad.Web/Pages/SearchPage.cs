using System.Globalization;
using Marsad.Corpus.Search;
using Marsad.Web.Rendering;

namespace Marsad.Web.Pages;

/// <summary>The search page: the form, the active filters as removable chips, facets that add filters, hits and pages.</summary>
public static class SearchPage
{
    public static void Render(Html html, UiText ui, SearchRequest r, SearchResults? results, string? error)
    {
        Form(html, ui, r);
        Chips(html, ui, r);
        if (error is not null) { html.Element("p", error, ("class", "error")); return; }
        if (results is null) return;

        int first = results.Hits.Count == 0 ? results.Start : results.Start + 1, last = results.Start + results.Hits.Count;
        html.Open("p", ("class", "total"));
        html.Element("span", FormattableString.Invariant($"{first:N0}–{last:N0} {ui.Of} {results.Total:N0} {ui.Results}"), ("class", "range"));
        string exportQuery = SearchRequest.QueryString(r, paging: false);
        html.Raw(" · ").Text(ui.Export + ": ");
        html.Link($"/api/search/export?{exportQuery}&format=csv", "CSV", "export export-csv").Raw(" ");
        html.Link($"/api/search/export?{exportQuery}&format=jsonl", "JSONL", "export export-jsonl");
        html.Close("p");
        if (results.Dates.Count > 0)
        {
            var dates = results.Dates.OrderBy(d => d.Value, StringComparer.Ordinal).ToList();
            Charts.Bars(html, [.. Labels.DayAxis([.. dates.Select(d => d.Value)], ui).Zip(dates, (label, d) => (label, d.Count))], ui.Histogram,
                [.. dates.Select(d => r.OnDays(d.Value))]);
        }

        html.Open("div", ("class", "layout"));
        html.Open("aside", ("class", "facets"));
        Facet(html, ui.Sources, r, FilterField.Source, results.Sources, v => OutletNames.Display(v, ui));
        Facet(html, ui.Countries, r, FilterField.Country, results.Countries, v => Labels.Country(v, ui));
        Facet(html, ui.Entities, r, FilterField.Entity, results.Entities, v => Labels.Entity(v, ui));
        Facet(html, ui.Events, r, FilterField.Type, results.EventTypes, v => Labels.EventType(v, ui));
        html.Close("aside");

        html.Open("section", ("class", "hits"));
        if (results.Hits.Count == 0) html.Element("p", ui.NoResults);
        Suggestions(html, ui, r, results.Suggestions);
        html.Open("ol", ("class", "results"), ("start", (results.Start + 1).ToString(CultureInfo.InvariantCulture)));
        foreach (var hit in results.Hits)
        {
            html.Open("li", ("class", "hit"));
            html.Link($"/article/{Uri.EscapeDataString(hit.Id)}", string.IsNullOrWhiteSpace(hit.Title) ? hit.Id : hit.Title, "title");
            html.Open("div", ("class", "ar meta"));
            html.Element("span", OutletNames.Display(hit.Source, ui), ("class", "outlet")).Raw(" · ");
            html.Element("time", Labels.Date(hit.Published, ui), ("datetime", hit.Published));
            if (Html.IsWebUrl(hit.Url)) html.Raw(" · ").ExternalLink(hit.Url, ui.OriginalArticle + " ↗", "original");
            html.Close("div");
            html.Open("p", ("class", "snippet"), ("dir", "auto"));
            Snippet(html, hit);
            html.Close("p").Close("li");
        }
        html.Close("ol");
        Pager(html, ui, r, results);
        if (results.Places.Count > 0)
        {
            html.Element("h2", ui.PlacesNamed, ("id", "places"));
            PlaceMap.Render(html, ui, results.Places, p => r.With(FilterField.Entity, p.Name));
        }
        html.Close("section");
        html.Close("div");
    }

    private static void Form(Html html, UiText ui, SearchRequest r)
    {
        html.Open("form", ("method", "get"), ("action", "/search"), ("class", "search"));
        html.Open("input", ("type", "search"), ("name", "q"), ("value", r.Query), ("placeholder", ui.SearchPlaceholder), ("dir", "auto"), ("id", "q"), ("aria-label", ui.Search));
        html.Open("select", ("name", "sort"), ("aria-label", ui.Order));
        html.Element("option", ui.Relevance, ("value", "relevance"), ("selected", r.Sort == SearchSort.Date ? null : "selected"));
        html.Element("option", ui.Newest, ("value", "date"), ("selected", r.Sort == SearchSort.Date ? "selected" : null));
        html.Close("select");
        html.Element("button", ui.Search, ("type", "submit"));
        // the advanced mode reads the whole Lucene syntax; plain text stays the default
        html.Open("label", ("class", "advanced"), ("title", ui.AdvancedHelp));
        html.Open("input", ("type", "checkbox"), ("name", "advanced"), ("value", "1"), ("id", "advanced"), ("checked", r.Advanced ? "checked" : null));
        html.Text(" " + ui.Advanced).Close("label");
        if (r.Advanced) html.Element("p", ui.AdvancedHelp, ("class", "advanced-help"));
        html.Open("fieldset", ("class", "dates")).Element("legend", ui.Range);
        html.Open("label").Text(ui.From + " ").Open("input", ("type", "date"), ("name", "from"), ("value", r.Filters.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Close("label");
        html.Open("label").Text(ui.To + " ").Open("input", ("type", "date"), ("name", "to"), ("value", r.Filters.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Close("label");
        html.Close("fieldset");
        // a new query keeps the chosen filters (each is removable as a chip)
        foreach (var (field, name) in SearchRequest.Parameters)
            foreach (var v in r.Filters.Fields().First(f => f.Field == field).Values)
                html.Open("input", ("type", "hidden"), ("name", name), ("value", v));
        html.Close("form");
    }

    /// <summary>For a search that found nothing: the other queries that find something, as links, with what changed and their counts.</summary>
    private static void Suggestions(Html html, UiText ui, SearchRequest r, IReadOnlyList<SearchSuggestion> suggestions)
    {
        if (suggestions.Count == 0) return;
        html.Open("div", ("class", "suggestions"), ("role", "note")).Element("p", ui.NoHitsTry).Open("ul");
        foreach (var s in suggestions)
        {
            html.Open("li", ("class", "suggestion suggestion-" + s.Kind));
            html.Open("a", ("href", Html.SafeHref(r.WithQuery(s.Query, s.KeepsFilters))), ("dir", "auto")).Text(s.Query.Length == 0 ? "…" : s.Query).Close("a");
            string why = SuggestionKind(s.Kind, ui) + (!s.KeepsFilters && s.Kind != "without-filters" ? " · " + ui.SuggestWithoutFilters : "");
            html.Raw(" ").Element("span", $"({why} · {s.Total.ToString("N0", CultureInfo.InvariantCulture)} {ui.Results})", ("class", "why"));
            html.Close("li");
        }
        html.Close("ul").Close("div");
    }

    private static string SuggestionKind(string kind, UiText ui) => kind switch
    {
        "spelling" => ui.SuggestSpelling,
        "without-fields" => ui.SuggestWithoutFields,
        "without-filters" => ui.SuggestWithoutFilters,
        "without-quotes" => ui.SuggestWithoutQuotes,
        "fewer-words" => ui.SuggestFewerWords,
        _ => kind,
    };

    private static void Chips(Html html, UiText ui, SearchRequest r)
    {
        var chips = new List<(string Label, string Href)>();
        if (r.Filters.From is not null || r.Filters.To is not null)
            chips.Add(($"{ui.Range}: {(r.Filters.From is { } f ? Labels.Date(f, ui) : "…")} – {(r.Filters.To is { } t ? Labels.Date(t, ui) : "…")}", r.WithoutDates()));
        foreach (var (field, values) in r.Filters.Fields())
            foreach (var v in values)
                chips.Add(($"{FieldName(field, ui)}: {Display(field, v, ui)}", r.Without(field, v)));
        if (chips.Count == 0) return;
        html.Open("ul", ("class", "chips"), ("aria-label", ui.Filters));
        foreach (var (label, href) in chips)
        {
            html.Open("li", ("class", "chip")).Element("span", label);
            html.Open("a", ("href", Html.SafeHref(href)), ("class", "remove"), ("title", ui.RemoveFilter), ("aria-label", $"{ui.RemoveFilter} {label}")).Text("×").Close("a");
            html.Close("li");
        }
        html.Close("ul");
    }

    private static string FieldName(FilterField field, UiText ui) => field switch
    {
        FilterField.Source => ui.Outlet,
        FilterField.Country => ui.Country,
        FilterField.Entity => ui.Entity,
        FilterField.Speaker => ui.Speaker,
        FilterField.Type => ui.EventType,
        _ => field.ToString(),
    };

    private static string Display(FilterField field, string value, UiText ui) => field switch
    {
        FilterField.Source => OutletNames.Display(value, ui),
        FilterField.Country => Labels.Country(value, ui),
        FilterField.Entity or FilterField.Speaker => Labels.Entity(value, ui),
        FilterField.Type => Labels.EventType(value, ui),
        _ => value,
    };

    /// <summary>A facet: each value adds itself as an alternative to the field's filter, or, when chosen, removes itself.</summary>
    private static void Facet(Html html, string title, SearchRequest r, FilterField field, IReadOnlyList<FacetCount> counts, Func<string, string> label)
    {
        if (counts.Count == 0) return;
        html.Open("section", ("class", "facet facet-" + field.ToString().ToLowerInvariant())).Element("h3", title).Open("ul");
        foreach (var c in counts.Take(10))
        {
            bool on = r.Has(field, c.Value);
            html.Open("li", ("class", on ? "on" : null));
            html.Open("a", ("href", Html.SafeHref(on ? r.Without(field, c.Value) : r.With(field, c.Value))), ("data-value", c.Value), ("aria-pressed", on ? "true" : "false"));
            html.Text(label(c.Value)).Close("a");
            html.Raw(" ").Element("span", c.Count.ToString("N0", CultureInfo.InvariantCulture), ("class", "count"));
            html.Close("li");
        }
        html.Close("ul").Close("section");
    }

    private static void Pager(Html html, UiText ui, SearchRequest r, SearchResults results)
    {
        int previous = results.Start - SearchEndpoints.PageSize;
        bool hasPrevious = results.Start > 0 && previous <= CorpusSearcher.MaxOffset;
        if (!hasPrevious && results.Next is null) return;
        html.Open("nav", ("class", "pager"), ("aria-label", ui.Results));
        if (hasPrevious) html.Open("a", ("href", Html.SafeHref(r.Page(null, Math.Max(0, previous)))), ("class", "prev"), ("rel", "prev")).Text("‹ " + ui.Previous).Close("a");
        if (results.Next is { } next) html.Open("a", ("href", Html.SafeHref(r.Page(next, null))), ("class", "next"), ("rel", "next")).Text(ui.Next + " ›").Close("a");
        html.Close("nav");
    }

    /// <summary>The snippet as text, each matched word (given by offsets, never by characters of the article) in &lt;mark&gt;.</summary>
    private static void Snippet(Html html, SearchHit hit)
    {
        int at = 0;
        foreach (var m in hit.Marks)
        {
            html.Text(hit.Snippet[at..m.Start]).Element("mark", hit.Snippet.Substring(m.Start, m.Length));
            at = m.Start + m.Length;
        }
        html.Text(hit.Snippet[at..]);
    }
}
