using Marsad.Analysis;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Npgsql;

namespace Marsad.Corpus.Tests.Scale;

/// <summary>The PostgreSQL store on its own: migrations, idempotent writes, the leader's order, search by Marsad's terms.</summary>
public sealed class PostgresStoreTests
{
    private static AnalysedArticle Analyse(string text, string url)
    {
        var input = new ArticleInput(text, new ArticleMetadata { Url = url, Title = text[..20], Published = new PublicationDate(new DateOnly(2015, 7, 21), null) });
        return ArticleAnalysis.Analyse(MarsadPipeline.Default, input, ArticleIdentity.For(text, url), null, t => new CopyIndex().Fingerprint(t));
    }

    private const string Riyadh = "أعلنت وزارة الاقتصاد في الرياض اليوم خطة جديدة للموانئ، وقال المتحدث باسمها إن الخطة تبدأ الشهر المقبل.";
    private const string Cairo = "افتتح محافظ القاهرة مستشفى جديدا في حي المعادي، بحضور وزير الصحة وعدد من المسؤولين.";

    [SkippableFact]
    public void Writes_are_idempotent_and_ordered_as_published_whatever_the_order_they_arrive_in()
    {
        using var scratch = ScaleOutServers.RequireDatabase();
        string database = scratch.Address;
        using (PostgresStore.Open(database)) { }
        using var store = PostgresStore.Open(database); // opening again applies nothing and keeps the version
        using (var db = new NpgsqlConnection(database))
        {
            db.Open();
            using var version = new NpgsqlCommand("SELECT COUNT(*), MAX(version) FROM schema_version", db);
            using var r = version.ExecuteReader();
            r.Read();
            Assert.Equal(r.GetInt64(0), r.GetInt32(1)); // each migration once
        }

        long run = store.BeginRun();
        var riyadh = Analyse(Riyadh, "https://example.org/riyadh");
        var cairo = Analyse(Cairo, "https://example.org/cairo");
        Assert.True(store.Write(run, 1, cairo));          // the second message arrives first
        Assert.False(store.Write(run, 1, cairo));         // and again (a redelivery): nothing new
        using var leader = RelationLeader.TryAcquire(store)!;
        Assert.Null(RelationLeader.TryAcquire(store));    // one leader at a time
        leader.Step();
        Assert.Equal(0, store.Count);                     // message 0 is not resolved: nothing is ordered yet
        Assert.True(store.Write(run, 0, riyadh));
        store.FinishRun(run, 2);
        leader.Step();
        Assert.Equal(2, store.Count);
        Assert.Equal(0, store.Pending);
        Assert.Equal(riyadh.Article.Identity.Id, store.GetBySeq(store.Get(riyadh.Article.Identity.Id)!.Seq)!.Id);
        Assert.True(store.Get(riyadh.Article.Identity.Id)!.Seq < store.Get(cairo.Article.Identity.Id)!.Seq);
        Assert.Equal(2, store.EnumerateRelations().Count());

        // a failed message is resolved too, so the order goes on after it
        long second = store.BeginRun();
        Assert.False(store.Write(second, 0, null, "analysis failed"));
        Assert.False(store.Write(second, 1, riyadh)); // stored already by the first run
        store.FinishRun(second, 2);
        leader.Step();
        Assert.Equal(0, store.Pending);
        Assert.Equal(2, store.Count);

        var search = new PostgresSearch(store);
        Assert.Equal([riyadh.Article.Identity.Id], search.Search("الموانئ", 10));   // a word of the body
        Assert.Equal([cairo.Article.Identity.Id], search.Search("القاهره", 10));    // ة/ه folded as the index folds
        Assert.Empty(search.Search("الموانئ القاهرة", 10));                          // every word must match
    }
}
