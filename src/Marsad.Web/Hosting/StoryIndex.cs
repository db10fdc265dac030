namespace Marsad.Web.Hosting;

/// <summary>
/// The story each article is in, read once per corpus generation from the relations table: CorpusRelations has
/// no look-up by article, and reading one relations row through the store costs a page of 2,000 rows (about
/// 10 ms), where the whole table takes about 150 ms once and a look-up then takes nothing.
/// </summary>
public sealed class StoryIndex(CorpusAccess corpus)
{
    private sealed record Snapshot(long Generation, Dictionary<long, int> Stories);

    private readonly object _gate = new();
    private volatile Snapshot? _current;

    public int? StoryOf(long seq) => Current()?.Stories.TryGetValue(seq, out int story) == true ? story : null;

    private Snapshot? Current()
    {
        long generation = corpus.Generation;
        if (_current is { } c && c.Generation == generation) return c;
        lock (_gate)
        {
            if (_current is { } again && again.Generation == generation) return again;
            if (corpus.Store is not { } store) return null;
            var stories = new Dictionary<long, int>();
            foreach (var row in store.EnumerateRelations()) stories[row.Seq] = row.Story;
            return _current = new Snapshot(generation, stories);
        }
    }
}
