using Marsad.Corpus.Copies;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Marsad.Corpus.Stories;

namespace Marsad.Corpus.Relations;

/// <summary>
/// The read side of copies, syndication, stories and entities over a store that ingest has related
/// (<see cref="RelationsBuilder"/>): everything comes from stored tables and stored analyses, nothing is
/// recomputed from text. Safe to use while an ingest writes (SQLite WAL readers).
/// </summary>
public sealed class CorpusRelations(IStoreReader store)
{
    private const string RefColumns = "a.id, a.seq, a.title, a.published, COALESCE(r.publisher, a.source), a.url";
    private const string RefFrom = "articles a LEFT JOIN relations r ON r.seq = a.seq";

    /// <summary>Most articles of a copy group, of a story's timeline, or of an entity's quotes that are read.</summary>
    public int MaxArticles { get; init; } = 500;

    /// <summary>An article by id, or by URL (as given or normalised); null when not stored.</summary>
    public ArticleRef? FindArticle(string idOrUrl)
    {
        var byId = Refs("a.id = $1", idOrUrl);
        if (byId.Count > 0) return byId[0];
        var byUrl = Refs("(a.url = $1 OR a.url = $2)", idOrUrl, ArticleIdentity.NormalizeUrl(idOrUrl));
        if (byUrl.Count > 0) return byUrl[0];
        // The id of a URL-less article is the hash of its text; its URL-bearing copy is stored under the URL's id.
        string id = ArticleIdentity.For("", idOrUrl).Id;
        return Refs("a.id = $1", id).FirstOrDefault();
    }

    /// <summary>
    /// The copy group of an article: its original (credited outlet's article, else the earliest) and every other
    /// copy with its overlap; null when the article is not stored. An article without copies gives an empty list.
    /// </summary>
    public ArticleCopies? CopiesOf(string articleId)
    {
        if (FindArticle(articleId) is not { } asked) return null;
        // Verified pairs are not transitive: a round-up quoting two wire items links both to it, not to each other.
        // So the group is the article's own copies, and then those of the original named among them.
        var linksOf = new Dictionary<long, List<CopyLinkRow>>();
        List<CopyLinkRow> LinksOf(long seq) => linksOf.TryGetValue(seq, out var l) ? l : linksOf[seq] = store.CopyLinksOf(seq);
        var members = new HashSet<long> { asked.Seq };
        foreach (var link in LinksOf(asked.Seq).Take(MaxArticles)) { members.Add(link.Later); members.Add(link.Earlier); }
        var (ordered, links, group) = Describe(members, LinksOf);
        if (group.Original is { } first && ordered[first] != asked.Seq)
        {
            foreach (var link in LinksOf(ordered[first]))
                if (members.Count < MaxArticles) { members.Add(link.Later); members.Add(link.Earlier); }
            (ordered, links, group) = Describe(members, LinksOf);
        }
        var refs = ordered.ToDictionary(s => s, s => Refs("a.seq = $1", s)[0]);

        var copies = new List<CopyMember>();
        foreach (long seq in ordered)
        {
            if (seq == asked.Seq) continue;
            var touching = links.Where(l => l.Later == seq || l.Earlier == seq).ToList();
            var direct = touching.Where(l => l.Later == asked.Seq || l.Earlier == asked.Seq).ToList();
            var best = (direct.Count > 0 ? direct : touching).MaxBy(l => l.Coverage);
            copies.Add(new CopyMember(refs[seq], best.Coverage, best.SharedShingles, direct.Count > 0));
        }
        copies.Sort((a, b) => ByTime(a.Article, b.Article));
        var original = group.Original is { } o ? refs[ordered[o]] : null;
        return new ArticleCopies(asked, original, group.Origin, group.Reason, copies);
    }

    /// <summary>The copy group of <paramref name="members"/> (ordered by sequence), the links among them, and its original.</summary>
    private (List<long> Ordered, List<CopyLinkRow> Links, CopyGroup Group) Describe(HashSet<long> members, Func<long, List<CopyLinkRow>> linksOf)
    {
        var ordered = members.Order().ToList();
        var local = new Dictionary<long, int>(ordered.Count);
        for (int i = 0; i < ordered.Count; i++) local[ordered[i]] = i;
        var links = new List<CopyLinkRow>();
        foreach (long seq in ordered)
            foreach (var l in linksOf(seq))
                if (l.Later == seq && local.ContainsKey(l.Earlier)) links.Add(l);
        var graph = new SyndicationGraph();
        var sources = Sources(ordered);
        foreach (long seq in ordered)
            graph.Add(sources[seq], links.Where(l => l.Later == seq).Select(l => new CopyMatch(local[l.Earlier], l.SharedShingles, l.Coverage, 0, 0)));
        // Every member is linked to the asked article or to the original: one group.
        return (ordered, links, graph.GroupOf(0));
    }

    /// <summary>
    /// Stories with an article on or after <paramref name="since"/> (all when null), largest first, then most
    /// recent; at most <paramref name="limit"/>, each of at least <paramref name="minArticles"/> articles.
    /// </summary>
    public IReadOnlyList<StorySummary> Stories(DateTime? since, int limit, int minArticles = 1)
    {
        var rows = store.ReadRows(
            "SELECT s.id, s.title, s.first, s.last, s.articles, COALESCE(t.thread, s.id) FROM stories s LEFT JOIN story_threads t ON t.story = s.id WHERE ($1 IS NULL OR s.last >= $1) AND s.articles >= $3 ORDER BY s.articles DESC, s.last DESC, s.id LIMIT $2",
            ReadStory, RelationsBuilder.Iso(since), Math.Max(0, limit), minArticles);
        return rows.Select(Summary).ToList();
    }

    /// <summary>One story with its articles in time order and its events and quotes timeline; null when there is no such story.</summary>
    public StoryDetail? Story(int storyId)
    {
        var row = store.ReadRows("SELECT s.id, s.title, s.first, s.last, s.articles, COALESCE(t.thread, s.id) FROM stories s LEFT JOIN story_threads t ON t.story = s.id WHERE s.id = $1", ReadStory, storyId).FirstOrDefault();
        if (row is null) return null;
        var articles = Refs("r.story = $1", storyId);
        articles.Sort(ByTime);
        var reports = new List<EventReport>();
        var quotes = new List<TimelineQuote>();
        var seenQuotes = new HashSet<string>(StringComparer.Ordinal);
        var byId = new Dictionary<string, ArticleRef>(StringComparer.Ordinal);
        foreach (var a in articles.Take(MaxArticles))
        {
            if (Facts(a.Seq) is not { } facts) continue;
            byId[a.Id] = a;
            reports.AddRange(ReportsOf(a, facts));
            foreach (var q in facts.Quotes)
                if (seenQuotes.Add(SearchKeys.Keyword(q.Text)))
                    quotes.Add(new TimelineQuote(a.Published, q.SpeakerKey, q.SpeakerName, q.Text, q.Kind, a));
        }
        // Each event once, at its first report, with how many reports and outlets tell it.
        var events = EventMerger.Merge(reports).Select(e =>
        {
            var first = e.Reports[0];
            return new TimelineEvent(e.Date ?? byId[first.Article].Published, e.Type, first.Event.Mode, e.Actors, e.Recipients, e.Place,
                first.Event.Trigger, first.Event.Evidence, byId[first.Article], e.Id, e.Reports.Count, e.Sources);
        });
        // Stable sorts: same-day items keep their articles' order.
        return new StoryDetail(Summary(row), articles,
            [.. events.OrderBy(e => e.Date ?? "9999", StringComparer.Ordinal)], [.. quotes.OrderBy(q => q.Date ?? "9999", StringComparer.Ordinal)],
            Thread(storyId)) { Places = StoryPlaces(storyId) };
    }

    /// <summary>
    /// The events of a story counted once (<see cref="EventMerger"/>): the reports of its articles (at most
    /// <see cref="MaxArticles"/>, in time order) merged, each report named by its article id.
    /// </summary>
    public IReadOnlyList<MergedEvent> StoryEvents(int storyId)
    {
        var articles = Refs("r.story = $1", storyId);
        articles.Sort(ByTime);
        return EventMerger.Merge([.. articles.Take(MaxArticles).SelectMany(a => Facts(a.Seq) is { } facts ? ReportsOf(a, facts) : [])]);
    }

    /// <summary>An article's events as reports, named by the article and their place in its event list.</summary>
    private static IEnumerable<EventReport> ReportsOf(ArticleRef article, ArticleFacts facts) =>
        facts.Events.Select((e, i) => new EventReport(article.Id, i, article.Source, e));

    /// <summary>The story ids that have articles, in order.</summary>
    public IReadOnlyList<int> StoryIds() => store.ReadRows("SELECT DISTINCT story FROM relations ORDER BY story", r => r.GetInt32(0));

    /// <summary>The story of a stored article (by sequence number), or null when it has no relations yet.</summary>
    public int? StoryOf(long seq) => store.ReadRows("SELECT story FROM relations WHERE seq = $1", r => r.GetInt32(0), seq).Cast<int?>().FirstOrDefault();

    /// <summary>
    /// The stories of the thread <paramref name="storyId"/> belongs to (related happenings: a war, an election), the story
    /// itself included, oldest first; a story alone is a thread of one. Stored threads are pointers to another story of the
    /// thread, followed to the thread's first story.
    /// </summary>
    public IReadOnlyList<StorySummary> Thread(int storyId, int limit = 50)
    {
        var parent = new Dictionary<int, int>();
        foreach (var (story, thread) in store.ReadRows("SELECT story, thread FROM story_threads", r => (r.GetInt32(0), r.GetInt32(1))))
            parent[story] = thread;
        int Root(int id)
        {
            for (int steps = 0; parent.TryGetValue(id, out int p) && p != id && steps < 100_000; steps++) id = p;
            return id;
        }
        int root = Root(storyId);
        var members = parent.Keys.Where(id => Root(id) == root).Append(storyId).Append(root).Distinct().Order().Take(limit).ToList();
        return [.. members.Select(id => store.ReadRows(
            "SELECT s.id, s.title, s.first, s.last, s.articles, COALESCE(t.thread, s.id) FROM stories s LEFT JOIN story_threads t ON t.story = s.id WHERE s.id = $1",
            ReadStory, id).FirstOrDefault()).OfType<StoryRow>().Select(Summary)];
    }

    /// <summary>
    /// Who republishes whom: for each (origin outlet, republishing outlet), the republisher's articles that credit the
    /// origin (credit line or dateline) and the detected copies in groups originating there. Largest first.
    /// </summary>
    public IReadOnlyList<SourceEdge> SourceGraph()
    {
        var edges = new Dictionary<(string, string), (int Credited, int Copied)>();
        foreach (var (origin, publisher, n) in store.ReadRows(
            "SELECT origin, publisher, COUNT(*) FROM relations WHERE origin IS NOT NULL AND publisher IS NOT NULL AND origin <> publisher GROUP BY origin, publisher",
            r => (r.GetString(0), r.GetString(1), r.GetInt32(2))))
            edges[(origin, publisher)] = (n, 0);

        // Copy groups over every article that has a copy, in store order (the order the links were found in).
        var involved = store.ReadRows("SELECT later FROM copies UNION SELECT earlier FROM copies ORDER BY 1", r => r.GetInt64(0));
        var local = new Dictionary<long, int>(involved.Count);
        var graph = new SyndicationGraph();
        var links = store.EnumerateCopyLinks().ToLookup(l => l.Later);
        var sources = Sources(involved);
        foreach (long seq in involved)
        {
            graph.Add(sources[seq], links[seq].Where(l => local.ContainsKey(l.Earlier)).Select(l => new CopyMatch(local[l.Earlier], l.SharedShingles, l.Coverage, 0, 0)));
            local[seq] = local.Count;
        }
        foreach (var ((from, to), n) in graph.Edges())
            edges[(from, to)] = (edges.GetValueOrDefault((from, to)).Credited, n);
        return [.. edges.Select(e => new SourceEdge(e.Key.Item1, e.Key.Item2, e.Value.Credited, e.Value.Copied))
            .OrderByDescending(e => e.Credited + e.Copied).ThenBy(e => e.Origin, StringComparer.Ordinal).ThenBy(e => e.Republisher, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The profile of an entity given by key (knowledge-base id or "name:…"), by a spelling an article linked to it,
    /// or by name; null when no stored article names it.
    /// </summary>
    public EntityProfile? EntityProfile(string name)
    {
        if (ResolveEntity(name) is not { } key) return null;
        var (entityName, type) = store.ReadRows("SELECT name, type, COUNT(*) c FROM mentions WHERE entity = $1 GROUP BY name, type ORDER BY c DESC LIMIT 1",
            r => (r.GetString(0), r.GetString(1)), key)[0];
        int articles = (int)store.ReadRows("SELECT COUNT(*) FROM mentions WHERE entity = $1", r => r.GetInt64(0), key)[0];
        var timeline = store.ReadRows(
            "SELECT COALESCE(substr(a.published, 1, 10), '?') d, COUNT(*) FROM mentions m JOIN articles a ON a.seq = m.seq WHERE m.entity = $1 GROUP BY d ORDER BY d",
            r => new DayCount(r.GetString(0), r.GetInt32(1)), key);
        var companions = store.ReadRows(
            "SELECT o.entity, MIN(o.name), MIN(o.type), COUNT(*) c FROM mentions m JOIN mentions o ON o.seq = m.seq AND o.entity <> m.entity WHERE m.entity = $1 GROUP BY o.entity ORDER BY c DESC, o.entity LIMIT 15",
            r => new EntityCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)), key);

        // Quotes, spellings and events come from the analyses of its most recent articles.
        var recent = Refs("a.seq IN (SELECT seq FROM mentions WHERE entity = $1) ORDER BY a.published IS NULL, a.published DESC, a.seq DESC LIMIT $2", key, MaxArticles);
        var variants = new SortedSet<string>(StringComparer.Ordinal);
        string? nameAr = null;
        var quotesBy = new List<TimelineQuote>();
        var quotesAbout = new List<TimelineQuote>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var actsWith = new Dictionary<string, (string Name, string Type, int Articles)>();
        foreach (var a in recent)
        {
            if (Facts(a.Seq) is not { } facts || facts.Entities.FirstOrDefault(e => e.Key == key) is not { } me) continue;
            nameAr ??= me.NameAr;
            foreach (var s in me.Surfaces) variants.Add(s);
            var spellings = me.Surfaces.Append(me.NameAr).Select(SearchKeys.Keyword).Where(s => s.Length >= 3).Distinct().ToList();
            foreach (var q in facts.Quotes)
            {
                string folded = SearchKeys.Keyword(q.Text);
                if (q.SpeakerKey == key) { if (seen.Add("by|" + folded)) quotesBy.Add(new TimelineQuote(a.Published, q.SpeakerKey, q.SpeakerName, q.Text, q.Kind, a)); }
                else if (spellings.Any(s => folded.Contains(s, StringComparison.Ordinal)) && seen.Add("about|" + folded))
                    quotesAbout.Add(new TimelineQuote(a.Published, q.SpeakerKey, q.SpeakerName, q.Text, q.Kind, a));
            }
            var partners = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ev in facts.Events)
            {
                var parties = ev.Actors.Concat(ev.Recipients).ToList();
                if (!parties.Contains(me.Name)) continue;
                foreach (var p in parties) if (p != me.Name) partners.Add(p);
            }
            foreach (var p in partners)
            {
                var other = facts.Entities.FirstOrDefault(e => e.Name == p);
                string k = other?.Key ?? "name:" + SearchKeys.Keyword(p);
                var prev = actsWith.GetValueOrDefault(k);
                actsWith[k] = (p, other?.Type ?? prev.Type ?? "", prev.Articles + 1);
            }
        }
        return new EntityProfile(key, entityName, nameAr ?? entityName, type, [.. variants], articles, timeline, quotesBy, quotesAbout, companions,
            [.. actsWith.OrderByDescending(kv => kv.Value.Articles).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(15)
                .Select(kv => new EntityCount(kv.Key, kv.Value.Name, kv.Value.Type, kv.Value.Articles))]) { Places = PlacesNamedWith(key) };
    }

    /// <summary>The located places named in a story's articles, most named first.</summary>
    public IReadOnlyList<PlaceCount> StoryPlaces(int storyId, int limit = PlaceCount.MapLimit) => PlaceCount.Locate(store.ReadRows(
        "SELECT m.entity, MIN(m.name), COUNT(*) c FROM relations r JOIN mentions m ON m.seq = r.seq WHERE r.story = $1 AND m.type IN ('GPE', 'LOC', 'FAC') GROUP BY m.entity ORDER BY c DESC, m.entity LIMIT 500",
        r => (r.GetString(0), r.GetString(1), r.GetInt32(2)), storyId), limit);

    /// <summary>
    /// The located places named in the articles that name <paramref name="key"/> (a stored entity key), most named
    /// first; a place's own articles count it too, so the map of a city shows the city.
    /// </summary>
    public IReadOnlyList<PlaceCount> PlacesNamedWith(string key, int limit = PlaceCount.MapLimit) => PlaceCount.Locate(store.ReadRows(
        "SELECT o.entity, MIN(o.name), COUNT(*) c FROM mentions m JOIN mentions o ON o.seq = m.seq WHERE m.entity = $1 AND o.type IN ('GPE', 'LOC', 'FAC') GROUP BY o.entity ORDER BY c DESC, o.entity LIMIT 500",
        r => (r.GetString(0), r.GetString(1), r.GetInt32(2)), key), limit);

    /// <summary>The stored entity key for a key, a linked spelling or a name (the most named entity when several match).</summary>
    public string? ResolveEntity(string name)
    {
        string trimmed = name.Trim();
        if (trimmed.Length == 0) return null;
        if (HasEntity(trimmed)) return trimmed;
        string byName = "name:" + SearchKeys.Keyword(trimmed);
        if (HasEntity(byName)) return byName;
        foreach (var alias in store.EntitiesForAlias(trimmed))
            if (store.ReadRows("SELECT entity FROM entity_keys WHERE folded = $1", r => r.GetString(0), alias).FirstOrDefault() is { } k)
                return k;
        return store.ReadRows("SELECT entity, COUNT(*) c FROM mentions WHERE name = $1 GROUP BY entity ORDER BY c DESC LIMIT 1", r => r.GetString(0), trimmed)
            .FirstOrDefault()
            ?? LatinSurname(trimmed);
    }

    /// <summary>An English name given by its last word (Lavrov, Jubeir): the most named entity whose English name ends so.</summary>
    private string? LatinSurname(string name)
    {
        if (!name.All(c => char.IsAsciiLetter(c) || c is '-' or '\'')) return null;
        return store.ReadRows("SELECT entity, COUNT(*) c FROM mentions WHERE name LIKE '% ' || $1 GROUP BY entity ORDER BY c DESC LIMIT 1",
            r => r.GetString(0), name).FirstOrDefault();
    }

    private bool HasEntity(string key) => store.ReadRows("SELECT 1 FROM mentions WHERE entity = $1 LIMIT 1", r => r.GetInt64(0), key).Count > 0;

    private StorySummary Summary(StoryRow s)
    {
        var sources = store.ReadRows("SELECT publisher, COUNT(*) c FROM relations WHERE story = $1 AND publisher IS NOT NULL GROUP BY publisher ORDER BY c DESC, publisher",
            r => new OutletCount(r.GetString(0), r.GetInt32(1)), s.Id);
        var actors = store.ReadRows(
            "SELECT m.entity, MIN(m.name), MIN(m.type), COUNT(*) c FROM relations r JOIN mentions m ON m.seq = r.seq WHERE r.story = $1 AND m.type IN ('PER', 'ORG', 'GPE') GROUP BY m.entity ORDER BY c DESC, m.entity LIMIT 6",
            r => new EntityCount(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)), s.Id);
        return new StorySummary(s.Id, s.Title, RelationsBuilder.ToDateTime(s.First), RelationsBuilder.ToDateTime(s.Last), s.Articles, sources, actors);
    }

    private static StoryRow ReadStory(System.Data.Common.DbDataReader r) =>
        new(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt32(4), r.GetInt32(5));

    private List<ArticleRef> Refs(string where, params object?[] args) =>
        store.ReadRows($"SELECT {RefColumns} FROM {RefFrom} WHERE a.seq IS NOT NULL AND {where}", r => new ArticleRef(
            r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
            r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)), args);

    /// <summary>Publisher, credited origin, time and length of stored articles: what names a copy group's original.</summary>
    private Dictionary<long, SyndicationSource> Sources(IReadOnlyList<long> seqs)
    {
        var wanted = seqs.ToHashSet();
        var result = new Dictionary<long, SyndicationSource>(seqs.Count);
        // One pass over the relations table beats a query per article once groups are large.
        foreach (var (seq, source) in store.ReadRows(
            "SELECT r.seq, COALESCE(r.publisher, a.source), r.origin, a.published, r.words FROM relations r JOIN articles a ON a.seq = r.seq"
            + (seqs.Count <= 200 ? $" WHERE r.seq IN ({string.Join(',', seqs)})" : ""),
            r => (r.GetInt64(0), new SyndicationSource(r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                RelationsBuilder.ToDateTime(r.IsDBNull(3) ? null : r.GetString(3)), r.GetInt32(4)))))
            if (wanted.Contains(seq)) result[seq] = source;
        return result;
    }

    private ArticleFacts? Facts(long seq) => store.GetBySeq(seq) is { } a ? ArticleFacts.FromAnalysisJson(a.AnalysisJson) : null;

    private static int ByTime(ArticleRef a, ArticleRef b)
    {
        int c = string.CompareOrdinal(a.Published ?? "9999", b.Published ?? "9999");
        return c != 0 ? c : a.Seq.CompareTo(b.Seq);
    }
}
