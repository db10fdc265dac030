using Marsad.Corpus.Store;

namespace Marsad.Corpus.Postgres;

/// <summary>The relation tables read back, as the embedded store reads them (<see cref="ArticleStore"/>).</summary>
public sealed partial class PostgresStore
{
    /// <summary>Stored relations in sequence order, streamed in pages.</summary>
    public IEnumerable<RelationRow> EnumerateRelations(long afterSeq = 0)
    {
        long last = afterSeq;
        while (true)
        {
            var page = Rows("SELECT seq, story, publisher, origin, words, fingerprint FROM relations WHERE seq > $1 ORDER BY seq LIMIT 2000",
                r => new RelationRow(r.GetInt64(0), r.GetInt32(1), Opt(r, 2), Opt(r, 3), r.GetInt32(4), (byte[])r.GetValue(5), [], []), last);
            foreach (var row in page) yield return row;
            if (page.Count < 2000) yield break;
            last = page[^1].Seq;
        }
    }

    /// <summary>Every stored copy pair, by later article then best first (coverage, then the earlier article).</summary>
    public IEnumerable<CopyLinkRow> EnumerateCopyLinks() =>
        Rows("SELECT later, earlier, shared, coverage FROM copies ORDER BY later, coverage DESC, earlier",
            r => new CopyLinkRow(r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.GetDouble(3)));

    /// <summary>The copy pairs that involve <paramref name="seq"/>, either side.</summary>
    public List<CopyLinkRow> CopyLinksOf(long seq) =>
        Rows("SELECT later, earlier, shared, coverage FROM copies WHERE later = $1 UNION ALL SELECT later, earlier, shared, coverage FROM copies WHERE earlier = $1",
            r => new CopyLinkRow(r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.GetDouble(3)), seq);

    /// <summary>Every story with its articles' ids, for comparing stores (the sequence numbers of two stores differ, their ids do not).</summary>
    public IReadOnlyList<StoryRow> Stories() =>
        Rows("SELECT s.id, s.title, s.first, s.last, s.articles, COALESCE(t.thread, s.id) FROM stories s LEFT JOIN story_threads t ON t.story = s.id ORDER BY s.id",
            r => new StoryRow(r.GetInt32(0), Opt(r, 1), Opt(r, 2), Opt(r, 3), r.GetInt32(4), r.GetInt32(5)));
}
