using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Queue;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Marsad.Text.Lexicons;
using Npgsql;

namespace Marsad.Benchmarks;

/// <summary>
/// Scale-out figures, as console modes because they are whole runs of several processes:
///   scaleout ingest [--days 16] [--limit N] [--workers 1,2,3] [--threads 1] [--postgres ADMIN] [--queue AMQP] [--keep]
///     For each worker count: a fresh database and queue, the first N SaudiNewsNet days published (not timed), then
///     that many `marsad worker` processes started together and timed until the store holds every article related.
///     Prints the wall time, articles per second of wall, the workers' CPU seconds (each worker reports its own at
///     exit) and articles per CPU-second: on a machine with fewer cores than workers, or a shared one, the CPU figure
///     is the one that compares worker counts. ADMIN is a PostgreSQL address whose user may create databases
///     (default MARSAD_TEST_POSTGRES), AMQP a RabbitMQ address (default MARSAD_TEST_AMQP).
///   scaleout search --data DIR --store S [--passes 5]
///     Per-query latency, p50 and p99, of the embedded index (top 10, no snippets) and of PostgreSQL's search
///     (<see cref="PostgresSearch"/>) over the judged queries of eval/search, one warm-up pass then PASSES passes.
/// </summary>
public static class ScaleOutBenchmarks
{
    public static int Run(string[] args) => args switch
    {
        ["ingest", .. var rest] => Ingest(rest),
        ["search", .. var rest] => Search(rest),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: scaleout ingest [--days N] [--limit N] [--workers 1,2,3] [--threads 1] [--postgres ADMIN] [--queue AMQP] [--keep]");
        Console.Error.WriteLine("       scaleout search --data DIR --store S [--passes 5]");
        return 2;
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static int Ingest(string[] args)
    {
        var dataset = BenchData.Shared("data", "news", "saudinewsnet", "dataset");
        if (dataset is null) { Console.WriteLine("skipped: ../shared/data/news/saudinewsnet/dataset is absent"); return 0; }
        string? admin = Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("MARSAD_TEST_POSTGRES");
        string? amqp = Option(args, "--queue") ?? Environment.GetEnvironmentVariable("MARSAD_TEST_AMQP");
        if (admin is null || amqp is null) { Console.Error.WriteLine("needs --postgres ADMIN and --queue AMQP (or MARSAD_TEST_POSTGRES and MARSAD_TEST_AMQP)"); return 2; }
        int days = int.Parse(Option(args, "--days") ?? "16", CultureInfo.InvariantCulture);
        int limit = int.Parse(Option(args, "--limit") ?? int.MaxValue.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int threads = int.Parse(Option(args, "--threads") ?? "1", CultureInfo.InvariantCulture);
        int[] counts = [.. (Option(args, "--workers") ?? "1,2,3").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture))];
        bool keep = args.Contains("--keep");
        var files = Directory.GetFiles(dataset, "*.zip").Order().Take(days).ToArray();
        Console.WriteLine($"{files.Length} days of SaudiNewsNet{(limit < int.MaxValue ? $", first {limit:N0} articles" : "")}; {Environment.ProcessorCount} cores; {threads} analysis thread(s) per worker");
        Console.WriteLine($"{"workers",7} {"articles",9} {"wall s",8} {"art/s",7} {"worker CPU s",13} {"art/CPU-s",10}");
        foreach (int n in counts)
        {
            string database = CreateDatabase(admin, $"marsad_bench_{n}w_{Guid.NewGuid().ToString("N")[..8]}");
            string queue = amqp.Split('?')[0].TrimEnd('/') + "/?queue=marsad.bench." + Guid.NewGuid().ToString("N")[..12];
            try
            {
                using var store = PostgresStore.Open(database);
                var work = WorkQueue.ConnectAsync(queue, "marsad bench").GetAwaiter().GetResult();
                long published;
                try { published = new QueuePublisher(store, work).RunAsync(new BulkReader().Plan(files).Read().Take(limit)).GetAwaiter().GetResult().Published; }
                finally { work.DisposeAsync().AsTask().GetAwaiter().GetResult(); }

                var clock = Stopwatch.StartNew();
                var workers = Enumerable.Range(0, n).Select(_ => StartWorker(database, queue, threads)).ToList();
                // done when every published article is stored and related (the workers then wait out their idle time)
                while (!(store.Count >= published && store.Pending == 0) && workers.Any(w => !w.Process.HasExited)) Thread.Sleep(200);
                double wall = clock.Elapsed.TotalSeconds;
                double cpu = 0;
                foreach (var (process, log) in workers)
                {
                    process.WaitForExit();
                    string text;
                    lock (log) text = log.ToString();
                    var m = Regex.Match(text, @"cpu ([0-9.]+) s");
                    if (process.ExitCode != 0 || !m.Success) throw new InvalidOperationException($"worker {process.Id} exited {process.ExitCode}:\n{text}");
                    cpu += double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                }
                long stored = store.Count;
                if (stored != published) throw new InvalidOperationException($"{published} articles published, {stored} stored");
                Console.WriteLine($"{n,7} {stored,9:N0} {wall,8:F1} {stored / wall,7:F1} {cpu,13:F1} {stored / cpu,10:F2}");
            }
            finally { if (!keep) DropDatabase(admin, database); }
        }
        Console.WriteLine("wall: from starting the workers until the store holds every article related (worker start-up included);");
        Console.WriteLine("worker CPU: user + system time of the worker processes, each to its exit (start-up and 3 s idle wait included).");
        return 0;
    }

    private static (Process Process, System.Text.StringBuilder Log) StartWorker(string database, string queue, int threads)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "marsad.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in (string[])["exec", cli, "worker", "--store", database, "--queue", queue, "--threads", threads.ToString(CultureInfo.InvariantCulture), "--exit-when-idle", "3"])
            psi.ArgumentList.Add(a);
        var log = new System.Text.StringBuilder();
        var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        p.OutputDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        return (p, log);
    }

    private static string CreateDatabase(string admin, string name)
    {
        var b = new NpgsqlConnectionStringBuilder(StoreAddress.ConnectionString(admin)) { Pooling = false };
        using (var db = new NpgsqlConnection(b.ConnectionString))
        {
            db.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", db);
            create.ExecuteNonQuery();
        }
        b.Database = name;
        return b.ConnectionString;
    }

    private static void DropDatabase(string admin, string database)
    {
        NpgsqlConnection.ClearAllPools();
        var b = new NpgsqlConnectionStringBuilder(StoreAddress.ConnectionString(admin)) { Pooling = false };
        using var db = new NpgsqlConnection(b.ConnectionString);
        db.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(database).Database} WITH (FORCE)", db);
        drop.ExecuteNonQuery();
    }

    private static int Search(string[] args)
    {
        string? data = Option(args, "--data"), address = Option(args, "--store");
        if (data is null || address is null) return Usage();
        int passes = int.Parse(Option(args, "--passes") ?? "5", CultureInfo.InvariantCulture);
        var queries = LexiconReader.FileRows(Path.Combine(BenchData.RepoRoot, "eval", "search", "queries.tsv"), 5, 5).Where(r => r[0] != "id").Select(r => r[3]).ToArray();
        using var folder = CorpusFolder.OpenForReading(data);
        using var embedded = folder.OpenSearcher();
        using var store = PostgresStore.Open(address);
        var postgres = new PostgresSearch(store);
        Console.WriteLine($"{queries.Length} judged queries × {passes} passes (after one warm-up pass); embedded {folder.Store.Count:N0} articles, PostgreSQL {store.Count:N0}");
        Console.WriteLine($"{"",-10} {"p50 ms",8} {"p99 ms",8} {"mean ms",8}");
        Report("embedded", queries, passes, q => embedded.Search(q, 10, snippets: false).Hits.Count);
        Report("postgres", queries, passes, q => postgres.Search(q, 10).Count);
        return 0;
    }

    private static void Report(string name, string[] queries, int passes, Func<string, int> search)
    {
        foreach (var q in queries) search(q);
        var times = new List<double>(queries.Length * passes);
        for (int p = 0; p < passes; p++)
            foreach (var q in queries)
            {
                long start = Stopwatch.GetTimestamp();
                search(q);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        times.Sort();
        double Percentile(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        Console.WriteLine($"{name,-10} {Percentile(0.50),8:F2} {Percentile(0.99),8:F2} {times.Average(),8:F2}");
    }
}
