namespace Marsad.Corpus.Copies;

/// <summary>One group of copies: the articles, the one taken as the original and why, and the originating outlet.</summary>
/// <param name="Original">The article taken as the original, or null when the origin is an outlet outside the corpus.</param>
/// <param name="Origin">The originating outlet (an agency credited by the copies, or the original's publisher).</param>
/// <param name="Reason">"credited-original" (the credited outlet's own article is in the group), "credited-agency"
/// (the copies credit an outlet whose article is not in the corpus), or "earliest" (no credit: first published, longest on ties).</param>
public sealed record CopyGroup(IReadOnlyList<int> Members, int? Original, string? Origin, string Reason);

/// <summary>
/// Groups copies (connected by verified copy pairs), names each group's original, and counts who republishes
/// whom. Articles are added in stream order with the copies the <see cref="CopyIndex"/> reported for them.
/// </summary>
public sealed class SyndicationGraph
{
    private readonly List<SyndicationSource> _sources = [];
    private readonly List<int> _parent = [];

    public int Count => _sources.Count;

    public SyndicationSource Source(int id) => _sources[id];

    /// <summary>Adds the next article (ids 0, 1, 2, ... as in the copy index) and links it to its copies.</summary>
    public void Add(SyndicationSource source, IEnumerable<CopyMatch> copies)
    {
        int id = _sources.Count;
        _sources.Add(source);
        _parent.Add(id);
        foreach (var m in copies) Union(id, m.Other);
    }

    /// <summary>The group an article belongs to (itself alone when it has no copies).</summary>
    public CopyGroup GroupOf(int id)
    {
        int root = Find(id);
        var members = new List<int>();
        for (int i = 0; i < _parent.Count; i++) if (Find(i) == root) members.Add(i);
        return Describe(members);
    }

    /// <summary>Every group of two or more copies.</summary>
    public List<CopyGroup> Groups()
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (int i = 0; i < _parent.Count; i++)
        {
            int r = Find(i);
            if (!byRoot.TryGetValue(r, out var list)) byRoot[r] = list = [];
            list.Add(i);
        }
        return byRoot.Values.Where(g => g.Count > 1).Select(Describe).ToList();
    }

    /// <summary>Who republishes whom: (origin outlet, republishing outlet) → number of republished articles.</summary>
    public Dictionary<(string From, string To), int> Edges()
    {
        var edges = new Dictionary<(string, string), int>();
        foreach (var g in Groups())
        {
            if (g.Origin is null) continue;
            foreach (int m in g.Members)
            {
                if (m == g.Original) continue;
                string? to = _sources[m].Publisher;
                if (to is null || to == g.Origin) continue;
                var key = (g.Origin, to);
                edges[key] = edges.GetValueOrDefault(key) + 1;
            }
        }
        return edges;
    }

    private CopyGroup Describe(List<int> members)
    {
        // The credit most copies give wins; an agency credited by one copy out of ten is a quoted source.
        string? credited = members.Select(m => _sources[m].CreditedOrigin).Where(o => o is not null)
            .GroupBy(o => o!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        if (credited is not null)
        {
            var own = members.Where(m => _sources[m].Publisher == credited).OrderBy(m => m, Comparer<int>.Create(Earlier)).ToList();
            return own.Count > 0
                ? new CopyGroup(members, own[0], credited, "credited-original")
                : new CopyGroup(members, null, credited, "credited-agency");
        }
        int first = members.OrderBy(m => m, Comparer<int>.Create(Earlier)).First();
        return new CopyGroup(members, first, _sources[first].Publisher, "earliest");
    }

    /// <summary>Earlier publication first; on ties (or unknown times) the fuller text, then the first indexed.</summary>
    private int Earlier(int a, int b)
    {
        var (sa, sb) = (_sources[a], _sources[b]);
        int c = (sa.Published ?? DateTime.MaxValue).CompareTo(sb.Published ?? DateTime.MaxValue);
        if (c != 0) return c;
        c = sb.Words.CompareTo(sa.Words);
        return c != 0 ? c : a.CompareTo(b);
    }

    private int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    private void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra != rb) _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
