using System.Globalization;
using System.Runtime.InteropServices;
using Marsad.Analysis;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Store;
using Marsad.Corpus.Stories;

namespace Marsad.Corpus.Relations;

/// <summary>A stored article with what relations need that the analysers computed already (facts, fingerprint).</summary>
public readonly record struct RelationInput(StoredArticle Article, ArticleFacts Facts, CopyFingerprint Fingerprint);

/// <summary>
/// The ingest writer's side of copies and stories: checks each stored article against the copy index (loaded from
/// the stored fingerprints, never recomputed from text), assigns it to a story online (<see cref="StoryClusterer"/>),
/// and writes fingerprint, copy links, story and entity mentions to the store, one transaction per batch.
/// Articles are processed in store sequence order, so the relations are those of one pass over the store: after a
/// crash, <see cref="Open"/> replays the stored state and processes what was stored but not related yet.
/// Not thread-safe, except <see cref="Fingerprint"/>.
/// </summary>
public sealed class RelationsBuilder
{
    private readonly IRelationStore _store;
    private readonly CopyIndex _copies = new();
    private readonly StoryClusterer _stories = new();
    private readonly List<long> _seqOfItem = []; // copy-index and clusterer ids are the order of processing
    private readonly Dictionary<long, int> _itemOfSeq = [];

    private readonly HashSet<int> _relinked = [];
    private readonly HashSet<int> _movedItems = []; // articles a story's re-check or merge moved since the last write

    private RelationsBuilder(IRelationStore store)
    {
        _store = store;
        _stories.Linked += (joining, _) => _relinked.Add(joining);
        _stories.Split += Moved;
        _stories.Merged += Moved;
    }

    public int Count => _seqOfItem.Count;

    // A re-check split a story or the follow-up merge joined two: both stories' rows and the moved articles are written again.
    private void Moved(Story from, Story to, IReadOnlyList<int> articles)
    {
        _relinked.Add(from.Id);
        _relinked.Add(to.Id);
        _movedItems.UnionWith(articles);
    }

    /// <summary>The copy fingerprint of a text (pure, thread-safe: analysers compute it in parallel).</summary>
    public CopyFingerprint Fingerprint(string text) => _copies.Fingerprint(text);

    /// <summary>Loads the stored relations and processes every stored article that has none yet (a crash, or a version-1 store).</summary>
    public static RelationsBuilder Open(IRelationStore store)
    {
        var builder = new RelationsBuilder(store);
        builder.Load();
        builder.CatchUp();
        return builder;
    }

    private void Load()
    {
        var copyOf = new Dictionary<long, List<long>>();
        foreach (var link in _store.EnumerateCopyLinks())
        {
            if (!copyOf.TryGetValue(link.Later, out var list)) copyOf[link.Later] = list = [];
            list.Add(link.Earlier);
        }
        long upTo = _store.RelationsSeq;
        // The stories are replayed from what ingest gave them: text, and the facts of the stored analysis.
        using var texts = _store.Enumerate(0).TakeWhile(a => a.Seq <= upTo).GetEnumerator();
        var stored = new List<int>();
        foreach (var row in _store.EnumerateRelations())
        {
            // Articles and relations share the sequence numbers; an article without relations cannot precede one with.
            if (!texts.MoveNext() || texts.Current.Seq != row.Seq) throw new InvalidDataException($"relations of article {row.Seq} have no article");
            var a = texts.Current;
            _copies.Index(FingerprintCodec.Decode(row.Fingerprint));
            var earlier = copyOf.TryGetValue(row.Seq, out var e) ? e.Select(s => _itemOfSeq[s]) : null;
            _stories.Add(a.Title, a.Text, row.Publisher, ToDateTime(a.Published), earlier,
                StorySignals.From(ArticleFacts.FromAnalysisJson(a.AnalysisJson), a.Title));
            Register(row.Seq);
            stored.Add(row.Story);
        }
        _relinked.Clear();
        _movedItems.Clear();
        // The same pass gives the same stories; if the clustering changed since they were stored, the stored ones follow.
        var fixes = new List<(long Seq, int Story)>();
        for (int i = 0; i < stored.Count; i++)
            if (_stories.StoryOf(i).Id != stored[i]) fixes.Add((_seqOfItem[i], _stories.StoryOf(i).Id));
        if (fixes.Count > 0) _store.RewriteStories(fixes, [.. _stories.Stories.Select(Row)]);
    }

    private void CatchUp()
    {
        long from = _store.RelationsSeq;
        var batch = new List<RelationInput>(500);
        foreach (var a in _store.Enumerate(from))
        {
            batch.Add(new RelationInput(a, ArticleFacts.FromAnalysisJson(a.AnalysisJson), Fingerprint(a.Text)));
            if (batch.Count == 500) { Add(batch); batch.Clear(); }
        }
        if (batch.Count > 0) Add(batch);
    }

    /// <summary>Relates newly stored articles (in sequence order) and writes their relations in one transaction.</summary>
    public void Add(IReadOnlyList<RelationInput> articles)
    {
        var rows = new List<RelationRow>(articles.Count);
        var touched = new HashSet<int>();
        var earlier = new List<int>();
        foreach (var (a, facts, fingerprint) in articles)
        {
            if (_itemOfSeq.ContainsKey(a.Seq)) continue; // related already
            var (_, found) = _copies.Add(fingerprint);
            // Best first, ties by the earlier article: the order a reload gets from the stored links.
            found.Sort((x, y) => x.Coverage != y.Coverage ? y.Coverage.CompareTo(x.Coverage) : _seqOfItem[x.Other].CompareTo(_seqOfItem[y.Other]));
            var links = new CopyLinkRow[found.Count];
            earlier.Clear();
            for (int i = 0; i < found.Count; i++)
            {
                links[i] = new CopyLinkRow(a.Seq, _seqOfItem[found[i].Other], found[i].SharedShingles, found[i].Coverage);
                earlier.Add(found[i].Other);
            }
            string? publisher = facts.PublisherId ?? a.Source;
            var story = _stories.Add(a.Title, a.Text, publisher, ToDateTime(a.Published), earlier, StorySignals.From(facts, a.Title));
            Register(a.Seq);
            touched.Add(story.Id);
            var entities = new List<(string, string, string)>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in facts.Entities)
                if (keys.Add(e.Key)) entities.Add((e.Key, e.Name, e.Type));
            rows.Add(new RelationRow(a.Seq, story.Id, publisher, facts.OriginId, fingerprint.Words, FingerprintCodec.Encode(fingerprint), links, entities));
        }
        if (rows.Count == 0) return;
        // A re-check may have moved articles of this batch or of earlier ones: rows take their final story, earlier
        // articles are moved in the same transaction.
        for (int i = 0; i < rows.Count; i++)
            rows[i] = rows[i] with { Story = _stories.StoryOf(_itemOfSeq[rows[i].Seq]).Id };
        var moved = new List<(long, int)>();
        long firstSeq = rows[0].Seq;
        foreach (int item in _movedItems.Order())
            if (_seqOfItem[item] < firstSeq) moved.Add((_seqOfItem[item], _stories.StoryOf(item).Id));
        _movedItems.Clear();
        touched.UnionWith(_relinked);
        _relinked.Clear();
        var summaries = new List<StoryRow>(touched.Count);
        foreach (int id in touched) summaries.Add(Row(_stories.Get(id)));
        _store.WriteRelations(rows, summaries, moved);
    }

    private void Register(long seq)
    {
        _itemOfSeq[seq] = _seqOfItem.Count;
        _seqOfItem.Add(seq);
    }

    private StoryRow Row(Story s) => new(s.Id, s.Title, Iso(s.First), Iso(s.Last), s.Articles.Count, _stories.ThreadOf(s.Id));

    internal static string? Iso(DateTime? t) => t?.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    internal static DateTime? ToDateTime(string? published) =>
        PublicationDate.TryParse(published, out var d) ? d.Date.ToDateTime(d.Time ?? TimeOnly.MinValue) : null;
}
