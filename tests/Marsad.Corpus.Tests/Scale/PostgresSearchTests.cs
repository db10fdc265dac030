using Marsad.Corpus.Postgres;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Scale;

/// <summary>
/// Search over PostgreSQL against the embedded index of the same store: the sample corpus ingested into a data
/// folder, migrated into PostgreSQL (postings written as the index writes its terms), and every kind of query
/// answered by both with the same articles, in the same order, with the same scores and counts.
/// </summary>
public sealed class PostgresSearchTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "marsad-pgsearch-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    public static TheoryData<string, bool> Queries => new()
    {
        { "لافروف", false },                            // a word: every field, entity aliases, name spellings
        { "الأزمة السورية", false },                    // words and the phrase bonus (a sloppy phrase)
        { "\"الأزمة السورية\"", false },                // an exact phrase
        { "السوري السورية", false },                    // a phrase bonus whose terms repeat (both سوري)
        { "Lavrov", false },                           // a Latin name: its Arabic spellings
        { "الأسد OR لافروف", false },                   // OR, the coordination factor
        { "السورية -الأسد", false },                    // NOT
        { "entity:\"Sergey Lavrov\"", false },          // a keyword field
        { "title:الأسد", false },                       // a field
        { "date:[2015-07-21 TO 2015-07-22] السورية", false },   // a range (a constant score) and a word
        { "سور*", true },                               // the advanced mode's prefix
        { "", false },                                  // everything
    };

    [SkippableFact]
    public void Articles_stored_before_there_were_postings_get_them_at_the_next_open()
    {
        using var scratch = ScaleOutServers.RequireDatabase();
        string database = scratch.Address;
        TestIngest.Files(_dir, TestLayersStep.Pipeline(), TestIngest.Samples);
        using var folder = CorpusFolder.OpenForReading(_dir);
        IReadOnlyList<string> before;
        using (var store = PostgresStore.Open(database))
        {
            PostgresMigration.Run(folder.Store, store);
            before = new PostgresSearch(store).Search("السورية", 10);
            Assert.NotEmpty(before);
            // the state the schema migration leaves a store of older articles in: none has postings, all are listed
            using var db = new Npgsql.NpgsqlConnection(database);
            db.Open();
            using var clear = new Npgsql.NpgsqlCommand("DELETE FROM postings; INSERT INTO postings_backfill SELECT doc FROM articles", db);
            clear.ExecuteNonQuery();
            Assert.Empty(new PostgresSearch(store).Search("السورية", 10));
        }
        using var reopened = PostgresStore.Open(database);
        Assert.Equal(before, new PostgresSearch(reopened).Search("السورية", 10));
    }

    [SkippableTheory]
    [MemberData(nameof(Queries))]
    public void Answers_as_the_embedded_index_does(string query, bool advanced)
    {
        using var scratch = ScaleOutServers.RequireDatabase();
        string database = scratch.Address;
        TestIngest.Files(_dir, TestLayersStep.Pipeline(), TestIngest.Samples);
        using var folder = CorpusFolder.OpenForReading(_dir);
        using var store = PostgresStore.Open(database);
        PostgresMigration.Run(folder.Store, store);
        using var embedded = folder.OpenSearcher();
        var postgres = new PostgresSearch(store);

        foreach (var filters in new[] { SearchFilters.None, new SearchFilters { Sources = ["example-news"] } })
        {
            if (query.Length == 0 && filters.IsEmpty) continue;
            var expected = embedded.Search(query, filters, 20, snippets: true, advanced: advanced);
            var actual = postgres.Search(query, filters, 20, snippets: true, advanced: advanced);
            Assert.True(expected.Total > 0, $"«{query}» finds nothing in the sample: not a test of anything");
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => h.Id), actual.Hits.Select(h => h.Id));
            Assert.Equal(expected.Hits.Select(h => h.Copies.Count), actual.Hits.Select(h => h.Copies.Count));
            foreach (var (e, a) in expected.Hits.Zip(actual.Hits))
            {
                Assert.Equal(e.Score, a.Score, e.Score * 1e-5f);
                Assert.Equal(e.Snippet, a.Snippet);
            }
            Assert.Equal(expected.Sources, actual.Sources);
            Assert.Equal(expected.Dates, actual.Dates);
            if (filters.IsEmpty) Assert.Equal(expected.Entities, actual.Entities);
        }
    }
}
