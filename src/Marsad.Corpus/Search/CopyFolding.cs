using Marsad.Corpus.Store;

namespace Marsad.Corpus.Search;

/// <summary>
/// Folds copies under their original in a ranked hit list: articles the copy detector linked (a wire story in six
/// outlets) take one place, at the rank of the best of them, shown as the original (the earliest published, then the
/// first stored) with the others in <see cref="SearchHit.Copies"/>. A list of twenty then shows twenty stories rather
/// than one story six times, and the article that came first is the one offered.
/// </summary>
internal static class CopyFolding
{
    /// <param name="ranked">Hits, best first, with the stored article of each.</param>
    /// <param name="linksOf">The copy links of a stored article (ArticleStore.CopyLinksOf).</param>
    public static List<SearchHit> Fold(IReadOnlyList<(SearchHit Hit, StoredArticle Article)> ranked, Func<long, List<CopyLinkRow>> linksOf, int limit)
    {
        var index = new Dictionary<long, int>(ranked.Count);
        for (int i = 0; i < ranked.Count; i++) index.TryAdd(ranked[i].Article.Seq, i);
        // union-find over the links between hits
        var parent = Enumerable.Range(0, ranked.Count).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        for (int i = 0; i < ranked.Count; i++)
            foreach (var link in linksOf(ranked[i].Article.Seq))
            {
                long other = link.Later == ranked[i].Article.Seq ? link.Earlier : link.Later;
                if (index.TryGetValue(other, out int j)) parent[Root(j)] = Root(i);
            }

        var groups = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (int i = 0; i < ranked.Count; i++)
        {
            int r = Root(i);
            if (!groups.TryGetValue(r, out var members)) { groups[r] = members = []; order.Add(r); }
            members.Add(i);
        }

        var folded = new List<SearchHit>(Math.Min(limit, order.Count));
        foreach (int r in order.Take(limit))
        {
            var members = groups[r];
            int original = members.MinBy(i => (ranked[i].Article.Published ?? "9999", ranked[i].Article.Seq));
            var copies = members.Where(i => i != original).Select(i => ranked[i].Hit.Id).ToList();
            // the group ranks where its best member ranked
            folded.Add(ranked[original].Hit with { Score = ranked[members[0]].Hit.Score, Copies = copies });
        }
        return folded;
    }
}
