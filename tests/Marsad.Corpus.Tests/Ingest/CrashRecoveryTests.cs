using System.Diagnostics;
using System.Text;
using Marsad.Analysis;
using Marsad.Corpus.Store;
using Microsoft.Data.Sqlite;
using System.Globalization;

namespace Marsad.Corpus.Tests.Ingest;

/// <summary>
/// `kill -9` in the middle of `marsad ingest`, then a rerun, must end with the same articles and the same
/// search results as one uninterrupted run: nothing lost, duplicated or half-written, index = store.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Articles = 450;
    private const int Distinct = 400;

    private static readonly string[] Places = ["الرياض", "جدة", "القاهرة", "عمان", "بيروت", "دمشق", "بغداد", "الدوحة", "تونس", "الرباط"];
    private static readonly string[] Topics = ["الاقتصاد", "التعليم", "الصحة", "النقل", "الطاقة", "الزراعة"];

    /// <summary>A JSONL corpus the test writes: varied short articles, a third without a URL, some repeated.</summary>
    private static void WriteCorpus(string path)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Articles; i++)
        {
            int n = i % Distinct; // the last 50 repeat earlier articles: stored once
            string place = Places[n % Places.Length], topic = Topics[n % Topics.Length];
            string text = $"أعلن مسؤولون في {place} اليوم خطة جديدة لقطاع {topic} رقم {n}، تشمل مشاريع تمتد حتى نهاية العام المقبل.\n"
                + $"وقال المتحدث باسم الحكومة إن الخطة {n} ستوفر فرص عمل جديدة، وإن تمويلها يبلغ {n * 7 + 100} مليون دولار.";
            string url = n % 3 == 0 ? "" : $",\"url\":\"https://news.example/{n}\"";
            sb.Append(CultureInfo.InvariantCulture, $"{{\"title\":\"خطة {topic} في {place} {n}\",\"published\":\"2015-07-{21 + n % 9}\",\"source\":\"src{n % 4}\"{url},\"content\":\"{text.Replace("\n", "\\n", StringComparison.Ordinal)}\"}}\n");
        }
        File.WriteAllText(path, sb.ToString());
    }

    private static Process StartIngest(string input, string data, string? killAfter = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "marsad.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in (string[])["exec", cli, "ingest", input, "--data", data, "--batch", "10", "--threads", "2"]) psi.ArgumentList.Add(a);
        if (killAfter is not null) psi.Environment["MARSAD_KILL_AFTER"] = killAfter;
        var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        return p;
    }

    private static long StoredCount(string data)
    {
        var db = Path.Combine(data, CorpusFolder.StoreFile);
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM articles";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException) { return 0; } // tables not created yet
    }

    private static (long Count, string[] Ids, int Indexed, string[][] Results) Snapshot(string data)
    {
        using var folder = CorpusFolder.OpenForReading(data);
        using var searcher = folder.OpenSearcher();
        string[] queries = ["الرياض", "\"قطاع الصحة\"", "source:src2 AND date:[2015-07-22 TO 2015-07-24]", "الطاقة NOT بيروت"];
        // every article found, shown as a hit or folded under one as its copy
        var results = queries.Select(q => searcher.Search(q, 2000, snippets: false).Hits.SelectMany(h => h.Copies.Prepend(h.Id)).Order().ToArray()).ToArray();
        return (folder.Store.Count, folder.Store.Enumerate().Select(a => a.Id).Order().ToArray(), searcher.DocumentCount, results);
    }

    /// <summary>The ingest kills itself (SIGKILL) right after a given step of a given batch: no timing involved.</summary>
    [Theory]
    [InlineData("stored:4")]   // articles committed; index and relations lag
    [InlineData("indexed:9")]  // index writer holds uncommitted documents
    [InlineData("related:13")] // relations written; the index has no commit yet
    public void An_ingest_killed_at_a_step_and_rerun_equals_an_uninterrupted_one(string killAfter)
    {
        using var dir = new TempDir();
        var input = dir.File("corpus.jsonl");
        WriteCorpus(input);
        string killed = dir.File("killed"), clean = dir.File("clean");

        var run = StartIngest(input, killed, killAfter);
        Assert.True(run.WaitForExit(60_000));
        Assert.NotEqual(0, run.ExitCode); // it died; it did not finish
        int batch = int.Parse(killAfter.Split(':')[1], CultureInfo.InvariantCulture);
        // every batch but the dead one's later steps is stored: ten articles a batch, some repeats skipped before
        Assert.InRange(StoredCount(killed), 10 * batch - 10, 10 * batch);

        var rerun = StartIngest(input, killed);
        Assert.True(rerun.WaitForExit(60_000));
        var uninterrupted = StartIngest(input, clean);
        Assert.True(uninterrupted.WaitForExit(60_000));

        var a = Snapshot(killed);
        var b = Snapshot(clean);
        Assert.Equal(Distinct, b.Count);
        Assert.Equal(b.Count, a.Count);
        Assert.Equal(b.Ids, a.Ids);
        Assert.Equal((int)a.Count, a.Indexed);
        Assert.Equal(b.Results, a.Results);
        Assert.All(b.Results, r => Assert.NotEmpty(r));

        // Copies and stories: every stored article is related, exactly as one pass over the store relates them.
        var related = Relations.RelationsPersistenceTests.Snapshot(killed);
        Assert.Equal(Distinct, related.Relations.Count);
        using (var folder = CorpusFolder.OpenForWriting(killed))
        {
            folder.Store.RewriteStories([], []);
            using var c = new SqliteConnection($"Data Source={folder.StorePath};Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM relations; DELETE FROM copies; DELETE FROM mentions; DELETE FROM entity_keys;";
            cmd.ExecuteNonQuery();
            Marsad.Corpus.Relations.RelationsBuilder.Open(folder.Store);
        }
        var rebuilt = Relations.RelationsPersistenceTests.Snapshot(killed);
        Assert.Equal(related.Relations, rebuilt.Relations);
        Assert.Equal(related.Copies, rebuilt.Copies);
        Assert.Equal(related.Stories, rebuilt.Stories);
    }
}
