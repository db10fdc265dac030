using Marsad.Knowledge.Kb;

namespace Marsad.Corpus.Relations;

/// <summary>
/// A place that articles name, where the knowledge base puts it (<see cref="KnowledgeBase.Location"/>), and in how
/// many of the articles it is named: what a map of an article, a story, a search or an entity draws.
/// </summary>
public sealed record PlaceCount(string Key, string Name, double Lat, double Lon, int Articles)
{
    /// <summary>The located ones among entities (key, canonical name, articles), most named first, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<PlaceCount> Locate(IEnumerable<(string Key, string Name, int Articles)> entities, int limit, KnowledgeBase? kb = null)
    {
        kb ??= KnowledgeBase.Default;
        var places = new List<PlaceCount>();
        foreach (var (key, name, articles) in entities)
            if (kb.Location(key) is { } p) places.Add(new PlaceCount(key, kb.Get(key)?.Name ?? name, p.Lat, p.Lon, articles));
        return [.. places.OrderByDescending(p => p.Articles).ThenBy(p => p.Key, StringComparer.Ordinal).Take(limit)];
    }

    /// <summary>The located ones among canonical names (search facets count names), by <see cref="KnowledgeBase.PlaceNamed"/>.</summary>
    public static IReadOnlyList<PlaceCount> LocateNames(IEnumerable<KeyValuePair<string, int>> names, int limit, KnowledgeBase? kb = null)
    {
        kb ??= KnowledgeBase.Default;
        var byKey = new Dictionary<string, (string Name, int Articles)>(StringComparer.Ordinal);
        foreach (var (name, n) in names)
            if (kb.PlaceNamed(name) is { } e)
                byKey[e.Id] = (e.Name, Math.Max(n, byKey.GetValueOrDefault(e.Id).Articles));
        return Locate(byKey.Select(kv => (kv.Key, kv.Value.Name, kv.Value.Articles)), limit, kb);
    }

    /// <summary>A map shows this many places at most: more are unreadable dots.</summary>
    public const int MapLimit = 40;
}
