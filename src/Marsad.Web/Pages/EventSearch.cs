using Marsad.Corpus.Relations;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Web.Pages;

/// <summary>An event of a stored article, with the article it was read from.</summary>
public sealed record FoundEvent(
    string Article, string? Title, string? Published, string? Source,
    string Type, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients, string? Place, string? Date, string Trigger, string Evidence)
{
    public static FoundEvent From(StoredArticle a, FactEvent e) =>
        new(a.Id, a.Title, a.Published, a.Source, e.Type, e.Mode, e.Actors, e.Recipients, e.Place, e.Date, e.Trigger, e.Evidence);
}

public sealed record EventResults(int ArticlesMatched, int ArticlesRead, IReadOnlyList<FoundEvent> Events);

/// <summary>
/// Events over the store, by PLOVER type and actor: the index narrows the articles (type: and entity: fields,
/// newest first), then the events of their stored analyses are filtered, so an article where the actor is only
/// named does not yield events where it does not act.
/// </summary>
public static class EventSearch
{
    public static readonly IReadOnlySet<string> PloverTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    /// <summary>Most articles whose analyses are read for one request.</summary>
    public const int MaxArticles = 300;

    public static EventResults Find(ICorpusSearch searcher, IStoreReader store, string? type, string? actor, string? query, string? from, string? to, int limit)
    {
        var parts = new List<string>();
        if (type is not null) parts.Add("type:" + type);
        if (actor is not null) parts.Add($"entity:\"{actor.Replace("\"", "", StringComparison.Ordinal)}\"");
        if (query is not null) parts.Add($"({query})");
        if (from is not null || to is not null) parts.Add($"date:[{from ?? "1900-01-01"} TO {to ?? "2999-12-31"}]");
        var hits = searcher.Search(string.Join(" AND ", parts), SearchFilters.None, MaxArticles, SearchSort.Date, snippets: false);

        string? actorKey = actor is null ? null : new CorpusRelations(store).ResolveEntity(actor);
        string? actorFolded = actor is null ? null : SearchKeys.Keyword(actor);
        var events = new List<FoundEvent>();
        int read = 0;
        foreach (var hit in hits.Hits)
        {
            if (events.Count >= limit) break;
            if (store.Get(hit.Id) is not { } a) continue;
            read++;
            var facts = ArticleFacts.FromAnalysisJson(a.AnalysisJson);
            // The actor's names in this article: the entity the key resolves to, or one spelled as asked.
            var names = actor is null ? null : facts.Entities
                .Where(e => e.Key == actorKey || SearchKeys.Keyword(e.Name) == actorFolded || SearchKeys.Keyword(e.NameAr) == actorFolded
                            || e.Surfaces.Any(s => SearchKeys.Keyword(s) == actorFolded))
                .Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var e in facts.Events)
            {
                if (type is not null && e.Type != type) continue;
                if (names is not null && !e.Actors.Any(names.Contains)) continue;
                events.Add(FoundEvent.From(a, e));
                if (events.Count >= limit) break;
            }
        }
        return new EventResults(hits.Total, read, events);
    }
}
