using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Web.Pages;

/// <summary>What the corpus says about one entity: names used, mentions per day, its quotes and its companions.</summary>
public sealed record EntityProfile(
    string Key,
    string Name,
    string NameAr,
    string Type,
    IReadOnlyList<string> Variants,
    IReadOnlyList<(string Day, int Articles)> Timeline,
    IReadOnlyList<(string ArticleId, string? Title, string Text)> Quotes,
    IReadOnlyList<(string Key, string Name, int Articles)> Companions,
    int Articles)
{
    /// <summary>Builds the profile from the articles the index files under the entity, newest first.</summary>
    public static EntityProfile? Build(string key, CorpusSearcher searcher, ArticleStore store, int maxArticles = 500)
    {
        var hits = searcher.Search($"entity:\"{key.Replace("\"", "")}\"", maxArticles, SearchSort.Date, snippets: false);
        string? name = null, nameAr = null, type = null;
        var variants = new SortedSet<string>(StringComparer.Ordinal);
        var days = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var quotes = new List<(string, string?, string)>();
        var companions = new Dictionary<string, (string Name, int Count)>();
        int articles = 0;
        foreach (var hit in hits.Hits)
        {
            var stored = store.Get(hit.Id);
            if (stored is null) continue;
            var facts = ArticleFacts.FromAnalysisJson(stored.AnalysisJson);
            var me = facts.Entities.FirstOrDefault(e => e.Key == key);
            if (me is null) continue;
            articles++;
            name ??= me.Name;
            nameAr ??= me.NameAr;
            type ??= me.Type;
            foreach (var s in me.Surfaces) variants.Add(s);
            string day = stored.Published is { Length: >= 10 } p ? p[..10] : "?";
            days[day] = days.GetValueOrDefault(day) + 1;
            foreach (var q in facts.Quotes.Where(q => q.SpeakerKey == key)) quotes.Add((stored.Id, stored.Title, q.Text));
            foreach (var other in facts.Entities.Where(e => e.Key != key).DistinctBy(e => e.Key))
                companions[other.Key] = (other.Name, companions.GetValueOrDefault(other.Key).Count + 1);
        }
        if (name is null) return null;
        return new EntityProfile(key, name, nameAr ?? name, type ?? "", [.. variants], [.. days.Select(d => (d.Key, d.Value))], quotes,
            [.. companions.OrderByDescending(c => c.Value.Count).Take(12).Select(c => (c.Key, c.Value.Name, c.Value.Count))], articles);
    }
}
