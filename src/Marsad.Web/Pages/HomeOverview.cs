using Marsad.Corpus.Relations;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Web.Pages;

/// <summary>A count in the last period and in the one before it.</summary>
public sealed record PeriodCount(string Value, int Count, int Before)
{
    public int Change => Count - Before;
}

/// <summary>
/// What the home page shows: the latest day with articles and its stories, the entities named in most articles
/// over the last <see cref="PeriodDays"/> days against the same number of days before, the articles of each
/// source in both periods, and the size of the corpus.
/// </summary>
public sealed record HomeOverview(
    DateOnly? LatestDay,
    int LatestDayArticles,
    IReadOnlyList<StorySummary> Stories,
    IReadOnlyList<PeriodCount> Entities,
    IReadOnlyList<PeriodCount> Sources,
    IReadOnlyList<(DateOnly Day, int Articles)> ArticlesPerDay,
    long Articles,
    int Outlets,
    DateOnly? FirstDay)
{
    public const int PeriodDays = 7;

    public static HomeOverview Build(ICorpusSearch searcher, IStoreReader store, int entities = 15, int stories = 8)
    {
        var all = searcher.Facets("", SearchFilters.None);
        if (all.Days.Count == 0) return new HomeOverview(null, 0, [], [], [], [], store.Count, all.Sources.Count, null);
        var latest = all.Days.Keys.Max();
        var period = searcher.Facets("", new SearchFilters { From = latest.AddDays(1 - PeriodDays), To = latest });
        var before = searcher.Facets("", new SearchFilters { From = latest.AddDays(1 - 2 * PeriodDays), To = latest.AddDays(-PeriodDays) });
        return new HomeOverview(
            latest,
            all.Days[latest],
            new CorpusRelations(store).Stories(latest.ToDateTime(TimeOnly.MinValue), stories),
            Compare(period.Entities, before.Entities, entities),
            Compare(period.Sources, before.Sources, int.MaxValue),
            [.. all.Days.OrderBy(d => d.Key).Select(d => (d.Key, d.Value))],
            store.Count,
            all.Sources.Count,
            all.Days.Keys.Min());
    }

    private static List<PeriodCount> Compare(IReadOnlyDictionary<string, int> now, IReadOnlyDictionary<string, int> before, int top) =>
        [.. now.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top)
            .Select(kv => new PeriodCount(kv.Key, kv.Value, before.GetValueOrDefault(kv.Key)))];
}
