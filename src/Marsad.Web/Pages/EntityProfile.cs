using Marsad.Corpus.Relations;
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
    int Articles,
    IReadOnlyList<PlaceCount> Places)
{
    /// <summary>The page's view of <see cref="CorpusRelations.EntityProfile"/> (computed in Marsad.Corpus from the stored relations).</summary>
    public static EntityProfile? Build(string key, IStoreReader store, int maxArticles = 500)
    {
        if (new CorpusRelations(store) { MaxArticles = maxArticles }.EntityProfile(key) is not { } p) return null;
        return new EntityProfile(p.Key, p.Name, p.NameAr, p.Type, p.Variants, [.. p.Timeline.Select(d => (d.Day, d.Articles))],
            [.. p.QuotesBy.Select(q => (q.Article.Id, q.Article.Title, q.Text))],
            [.. p.Companions.Take(12).Select(c => (c.Key, c.Name, c.Articles))], p.Articles, p.Places);
    }
}
