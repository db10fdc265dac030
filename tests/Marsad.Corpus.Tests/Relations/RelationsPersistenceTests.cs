using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;
using Marsad.Tests;
using Microsoft.Data.Sqlite;

namespace Marsad.Corpus.Tests.Relations;

/// <summary>Relations survive restarts: later ingests check against stored fingerprints and stored stories, and missing relations are rebuilt.</summary>
public sealed class RelationsPersistenceTests
{
    private static void Ingest(string data, string input)
    {
        using var folder = CorpusFolder.OpenForWriting(data);
        new Ingester(folder, RelationsPipeline.Create(), new IngestOptions { Threads = 1, BatchSize = 3 }).Run(new BulkReader().Plan([input]));
    }

    [Fact]
    public void A_later_ingest_finds_copies_of_stored_articles_from_their_stored_fingerprints_and_joins_their_stories()
    {
        using var dir = new TempDir();
        var lines = RelationsCorpus.JsonLines().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var first = dir.File("first.jsonl");
        File.WriteAllLines(first, lines.Where(l => !l.Contains("alriyadh", StringComparison.Ordinal) && !l.Contains(RelationsCorpus.FollowUpUrl.Replace("/", "\\/", StringComparison.Ordinal), StringComparison.Ordinal) && !l.Contains(RelationsCorpus.FollowUpUrl, StringComparison.Ordinal)));
        var data = dir.File("data");
        Ingest(data, first);
        // The stored text of the wire article no longer says anything: only its stored fingerprint can match the copy.
        Exec(data, $"UPDATE articles SET text = 'نص محذوف' WHERE url = '{RelationsCorpus.WireUrl}'");
        Ingest(data, RelationsCorpus.Write(dir.Path));

        using var folder = CorpusFolder.OpenForReading(data);
        var relations = new CorpusRelations(folder.Store);
        Assert.Equal(RelationsCorpus.WireUrl, relations.CopiesOf(RelationsCorpus.FullCopyUrl)!.Original!.Url);
        Assert.Equal([4, 2], relations.Stories(null, 10, minArticles: 2).Select(s => s.Articles));
    }

    [Fact]
    public void Relations_missing_from_a_store_are_rebuilt_equal_to_those_ingest_wrote()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Ingest(data, RelationsCorpus.Write(dir.Path));
        var written = Snapshot(data);
        // As a version-1 store, or a crash between the articles' commit and their relations' commit.
        Exec(data, "DELETE FROM relations; DELETE FROM copies; DELETE FROM stories; DELETE FROM mentions; DELETE FROM entity_keys;");
        Assert.Empty(Snapshot(data).Relations);
        using (var folder = CorpusFolder.OpenForWriting(data)) RelationsBuilder.Open(folder.Store);
        var rebuilt = Snapshot(data);
        Assert.Equal(written.Relations, rebuilt.Relations);
        Assert.Equal(written.Copies, rebuilt.Copies);
        Assert.Equal(written.Stories, rebuilt.Stories);
        Assert.Equal(written.Mentions, rebuilt.Mentions);
        Assert.Equal(12, written.Relations.Count);
    }

    [Fact]
    public void Reopening_a_related_store_changes_nothing()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        Ingest(data, RelationsCorpus.Write(dir.Path));
        var before = Snapshot(data);
        using (var folder = CorpusFolder.OpenForWriting(data)) Assert.Equal(12, RelationsBuilder.Open(folder.Store).Count);
        var after = Snapshot(data);
        Assert.Equal(before.Relations, after.Relations);
        Assert.Equal(before.Stories, after.Stories);
    }

    internal static (List<string> Relations, List<string> Copies, List<string> Stories, List<string> Mentions) Snapshot(string data) =>
        (Rows(data, "SELECT seq, story, publisher, origin, words, hex(fingerprint) FROM relations ORDER BY seq"),
         Rows(data, "SELECT later, earlier, shared, coverage FROM copies ORDER BY later, earlier"),
         Rows(data, "SELECT id, title, first, last, articles FROM stories ORDER BY id"),
         Rows(data, "SELECT entity, seq, name, type FROM mentions ORDER BY entity, seq"));

    private static List<string> Rows(string data, string sql)
    {
        using var c = Open(data);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    private static void Exec(string data, string sql)
    {
        using var c = Open(data);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string data)
    {
        var c = new SqliteConnection($"Data Source={Path.Combine(data, CorpusFolder.StoreFile)};Pooling=False");
        c.Open();
        return c;
    }
}
