using Marsad.Corpus.Store;

namespace Marsad.Corpus.Export;

/// <summary>A column of an export table: text, or a whole number.</summary>
public sealed record ExportColumn(string Name, bool IsNumber = false);

/// <summary>
/// The tables `marsad export` writes, streamed from the store one article at a time: articles, entities
/// (one row per entity per article), quotes (one per quote) and events (one per event: the event-data layout);
/// and the relation tables (<see cref="RelationTables"/>): copies, stories, story_articles.
/// </summary>
public static class ExportTables
{
    public static readonly string[] Names = ["articles", "entities", "quotes", "events", .. RelationTables.Names];

    public static IReadOnlyList<ExportColumn> Columns(string what) => RelationTables.Columns(what) ?? what switch
    {
        "articles" => [new("article_id"), new("published"), new("source"), new("title"), new("url"), new("author"), new("entities", true), new("quotes", true), new("events", true), new("text")],
        "entities" => [new("article_id"), new("published"), new("source"), new("entity"), new("type"), new("name"), new("name_ar"), new("kb"), new("mentions", true), new("spellings")],
        "quotes" => [new("article_id"), new("published"), new("source"), new("speaker_entity"), new("speaker"), new("kind"), new("cue"), new("text")],
        "events" => [new("article_id"), new("date"), new("timex"), new("type"), new("mode"), new("actor"), new("recipient"), new("place"), new("source"), new("trigger"), new("evidence")],
        _ => throw new ArgumentException($"unknown table '{what}' (expected {string.Join(", ", Names)})"),
    };

    /// <summary>Rows (values in <see cref="Columns"/> order; numbers as long) of <paramref name="what"/>.</summary>
    public static IEnumerable<object?[]> Rows(ArticleStore store, string what)
    {
        Columns(what); // validates the name before streaming
        if (RelationTables.Columns(what) is not null)
        {
            foreach (var row in RelationTables.Rows(store, what)) yield return row;
            yield break;
        }
        foreach (var row in ArticleRows(store.Enumerate(), what)) yield return row;
    }

    /// <summary>
    /// Rows of a per-article table (articles, entities, quotes, events) for the given articles, in their order:
    /// the whole store for `marsad export`, a search's hits for the web's export of a result set.
    /// </summary>
    public static IEnumerable<object?[]> ArticleRows(IEnumerable<StoredArticle> articles, string what)
    {
        if (RelationTables.Columns(what) is not null || !Names.Contains(what))
            throw new ArgumentException($"'{what}' is not a per-article table (expected articles, entities, quotes or events)");
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
                case "events":
                    foreach (var ev in f.Events)
                        yield return [a.Id, IsoDate(ev.Date) ?? IsoDate(a.Published), ev.Date, ev.Type, ev.Mode, string.Join("; ", ev.Actors), string.Join("; ", ev.Recipients), ev.Place, OutletId(a.Source), ev.Trigger, ev.Evidence];
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
