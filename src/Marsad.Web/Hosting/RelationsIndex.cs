namespace Marsad.Web.Hosting;

/// <summary>
/// Per article, the story it is in and whether it has copies, read once per corpus generation from the relation
/// tables. CorpusRelations has no look-up of an article's story, and reading one relations row through the store
/// costs a page of 2,000 rows (about 10 ms); asking for the copy group of an article that has none costs four
/// queries on the store's one connection. The whole tables take about 150 ms once; a look-up then takes nothing.
/// </summary>
public sealed class RelationsIndex(CorpusAccess corpus)
{
    private sealed record Snapshot(long Generation, Dictionary<long, int> Stories, HashSet<long> WithCopies);

    private readonly object _gate = new();
    private volatile Snapshot? _current;

    public int? StoryOf(long seq) => Current()?.Stories.TryGetValue(seq, out int story) == true ? story : null;

    /// <summary>False when the article is in no verified copy pair (true when unsure: no snapshot).</summary>
    public bool HasCopies(long seq) => Current()?.WithCopies.Contains(seq) ?? true;

    private Snapshot? Current()
    {
        long generation = corpus.Generation;
        if (_current is { } c && c.Generation == generation) return c;
        lock (_gate)
        {
            if (_current is { } again && again.Generation == generation) return again;
            if (corpus.Store is not { } store) return null;
            var stories = new Dictionary<long, int>();
            foreach (var (seq, story) in store.ReadRows("SELECT seq, story FROM relations", r => (r.GetInt64(0), r.GetInt32(1)))) stories[seq] = story;
            var withCopies = new HashSet<long>();
            foreach (var link in store.EnumerateCopyLinks())
            {
                withCopies.Add(link.Later);
                withCopies.Add(link.Earlier);
            }
            return _current = new Snapshot(generation, stories, withCopies);
        }
    }
}
