using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;
using Marsad.Corpus.Stories;

namespace Marsad.Corpus.Export;

/// <summary>A column of an export table: text, or a whole number.</summary>
public sealed record ExportColumn(string Name, bool IsNumber = false);

/// <summary>
/// The tables `marsad export` writes, streamed from the store one article at a time: articles, entities
/// (one row per entity per article), quotes (one per quote), events (one per event counted once: the reports of one
/// event in a story's articles merged by <see cref="EventMerger"/>, with how many reports and outlets) and
/// event_reports (one per report, with the id of its event: the event-data layout); and the relation tables (<see cref="RelationTables"/>): copies, stories, story_articles.
/// </summary>
public static class ExportTables
{
    public static readonly string[] Names = ["articles", "entities", "quotes", "events", "event_reports", .. RelationTables.Names];

    public static IReadOnlyList<ExportColumn> Columns(string what) => RelationTables.Columns(what) ?? what switch
    {
        "articles" => [new("article_id"), new("published"), new("source"), new("title"), new("url"), new("author"), new("entities", true), new("quotes", true), new("events", true), new("text")],
        "entities" => [new("article_id"), new("published"), new("source"), new("entity"), new("type"), new("name"), new("name_ar"), new("kb"), new("mentions", true), new("spellings")],
        "quotes" => [new("article_id"), new("published"), new("source"), new("speaker_entity"), new("speaker"), new("kind"), new("cue"), new("text")],
        "events" => [new("event_id"), new("reports", true), new("sources", true), new("story_id", true), new("article_id"), new("date"), new("timex"), new("type"), new("mode"), new("actor"), new("recipient"), new("place"), new("source"), new("trigger"), new("evidence")],
        "event_reports" => [new("event_id"), new("article_id"), new("date"), new("timex"), new("type"), new("mode"), new("actor"), new("recipient"), new("place"), new("source"), new("trigger"), new("evidence")],
        _ => throw new ArgumentException($"unknown table '{what}' (expected {string.Join(", ", Names)})"),
    };

    /// <summary>Rows (values in <see cref="Columns"/> order; numbers as long) of <paramref name="what"/>.</summary>
    public static IEnumerable<object?[]> Rows(IStoreReader store, string what)
    {
        Columns(what); // validates the name before streaming
        if (RelationTables.Columns(what) is not null)
        {
            foreach (var row in RelationTables.Rows(store, what)) yield return row;
            yield break;
        }
        if (what is "events" or "event_reports")
        {
            foreach (var row in EventRows(store, what == "events")) yield return row;
            yield break;
        }
        foreach (var row in ArticleRows(store.Enumerate(), what)) yield return row;
    }

    /// <summary>Each story's events counted once (events) or each report with its event (event_reports), story by story.</summary>
    private static IEnumerable<object?[]> EventRows(IStoreReader store, bool merged)
    {
        var relations = new CorpusRelations(store);
        foreach (int story in relations.StoryIds())
            foreach (var ev in relations.StoryEvents(story))
            {
                if (merged)
                {
                    var first = ev.Reports[0];
                    yield return [ev.Id, (long)ev.Reports.Count, (long)ev.Sources.Count, (long)story, first.Article, IsoDate(ev.Date), first.Event.Date, ev.Type, first.Event.Mode,
                        string.Join("; ", ev.Actors), string.Join("; ", ev.Recipients), ev.Place, OutletId(first.Publisher), first.Event.Trigger, first.Event.Evidence];
                    continue;
                }
                foreach (var r in ev.Reports)
                    yield return ReportRow(ev.Id, r.Article, null, r.Publisher, r.Event);
            }
    }

    private static object?[] ReportRow(string? eventId, string articleId, string? published, string? source, FactEvent ev) =>
        [eventId, articleId, IsoDate(ev.Date) ?? IsoDate(published), ev.Date, ev.Type, ev.Mode, string.Join("; ", ev.Actors), string.Join("; ", ev.Recipients), ev.Place, OutletId(source), ev.Trigger, ev.Evidence];

    /// <summary>
    /// Rows of a per-article table (articles, entities, quotes, events) for the given articles, in their order:
    /// the whole store for `marsad export`, a search's hits for the web's export of a result set.
    /// </summary>
    /// <param name="eventOf">The id of the merged event a report (article id, index of the event in it) belongs to, for event_reports.</param>
    public static IEnumerable<object?[]> ArticleRows(IEnumerable<StoredArticle> articles, string what, Func<string, int, string?>? eventOf = null)
    {
        if (RelationTables.Columns(what) is not null || !Names.Contains(what) || what == "events")
            throw new ArgumentException($"'{what}' is not a per-article table (expected articles, entities, quotes or event_reports)");
        foreach (var a in articles)
        {
            var f = ArticleFacts.FromAnalysisJson(a.AnalysisJson);
            switch (what)
            {
                case "articles":
                    yield return [a.Id, a.Published, OutletId(a.Source), a.Title, a.Url, a.Author, (long)f.Entities.Count, (long)f.Quotes.Count, (long)f.Events.Count, a.Text];
                    break;
                case "entities":
                    foreach (var e in f.Entities)
                        yield return [a.Id, a.Published, OutletId(a.Source), e.Key, e.Type, e.Name, e.NameAr, e.KbId, (long)e.Surfaces.Count, string.Join(" | ", e.Surfaces)];
                    break;
                case "quotes":
                    foreach (var q in f.Quotes)
                        yield return [a.Id, a.Published, OutletId(a.Source), q.SpeakerKey, q.SpeakerName, q.Kind, q.Cue, q.Text];
                    break;
                case "event_reports":
                    for (int i = 0; i < f.Events.Count; i++)
                        yield return ReportRow(eventOf?.Invoke(a.Id, i), a.Id, a.Published, a.Source, f.Events[i]);
                    break;
            }
        }
    }

    /// <summary>
    /// One outlet id in every table: the outlet table's id for a site code or name the input used (SaudiNewsNet's
    /// "was" is spa, "alwatan" alwatan_sa), else the name as given.
    /// </summary>
    public static string? OutletId(string? source) =>
        source is null ? null : Marsad.Knowledge.Outlets.OutletTable.Default.Find(source)?.Id ?? source;

    /// <summary>The calendar date of a TIMEX value or timestamp (2015-07-22, 2015-07-22T10:00), else null (PAST_REF, T07, 2015-W30).</summary>
    public static string? IsoDate(string? value) =>
        value is { Length: >= 10 } v && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _) ? v[..10] : null;
}
