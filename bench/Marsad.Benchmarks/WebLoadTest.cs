using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Marsad.Web;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using System.Globalization;

namespace Marsad.Benchmarks;

/// <summary>
/// Load test of `marsad serve`, as a console mode because it is a whole-run measurement:
///   dotnet run -c Release --project bench/Marsad.Benchmarks -- load --data DIR [--clients 50] [--seconds 30] [--warmup 10] [--think MS] [--hostile N]
///   dotnet run -c Release --project bench/Marsad.Benchmarks -- load --url http://127.0.0.1:5000 ...
/// With --data the web app is started in this process on a free loopback port; with --url an already running
/// server is measured. N clients (each with its own keep-alive connection) run a closed loop without pause
/// (unless --think) over a mix of what analysts do: search pages with Arabic names, words, phrases and fields,
/// a facet clicked on a search page, the search API, article pages and the article API, opening articles that
/// the searches found. It prints per endpoint the requests, errors (non-2xx or failures) and p50/p95/p99.
/// With --hostile N, N more clients send the costliest queries they can form for the whole measured time (their
/// rows, by status code, are shown but not judged): the ordinary rows then say what an attack costs everyone else.
/// </summary>
public static class WebLoadTest
{
    /// <summary>Share of requests per endpoint (sums to 100).</summary>
    private static readonly (string Endpoint, int Weight)[] Mix =
        [("search page", 35), ("search page + facet", 15), ("search API", 10), ("article page", 30), ("article API", 10)];

    private const double TargetP99Ms = 100;

    public static int Run(string[] args)
    {
        string? data = Option(args, "--data");
        string? url = Option(args, "--url");
        int clients = int.Parse(Option(args, "--clients") ?? "50", CultureInfo.InvariantCulture);
        int seconds = int.Parse(Option(args, "--seconds") ?? "30", CultureInfo.InvariantCulture);
        int warmup = int.Parse(Option(args, "--warmup") ?? "10", CultureInfo.InvariantCulture);
        int think = int.Parse(Option(args, "--think") ?? "0", CultureInfo.InvariantCulture);
        int hostile = int.Parse(Option(args, "--hostile") ?? "0", CultureInfo.InvariantCulture);
        if (data is null == (url is null))
        {
            Console.Error.WriteLine("usage: load --data DIR | --url URL [--clients 50] [--seconds 30] [--warmup 10] [--think MS] [--hostile N]");
            return 2;
        }
        // The in-process server must collect garbage as `marsad serve` does (server GC, see Marsad.Cli.csproj);
        // the runtime's GC is chosen at start-up, so this process starts itself again with it.
        if (data is not null && !GCSettings.IsServerGC && Environment.GetEnvironmentVariable("DOTNET_gcServer") is null)
            return RunWithServerGc();
        return RunAsync(data, url, clients, seconds, warmup, think, hostile).GetAwaiter().GetResult();
    }

    private static int RunWithServerGc()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        foreach (var arg in Environment.GetCommandLineArgs().Skip(1)) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_gcServer"] = "1";
        using var child = Process.Start(start)!;
        child.WaitForExit();
        return child.ExitCode;
    }

    private static async Task<int> RunAsync(string? data, string? url, int clients, int seconds, int warmup, int think, int hostile)
    {
        WebApplication? app = null;
        if (data is not null)
        {
            if (!Directory.Exists(data)) { Console.Error.WriteLine($"load: {data} does not exist (fill it with 'marsad ingest')"); return 2; }
            app = MarsadWebApp.Create(new WebOptions { DataDirectory = data, Urls = "http://127.0.0.1:0" });
            await app.StartAsync();
            url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
        try
        {
            var baseUri = new Uri(url!);
            var plan = await Plan(baseUri);
            Console.WriteLine($"load: {url}, {clients} clients, {warmup} s warm-up + {seconds} s measured, think {think} ms; "
                + $"{plan.Queries.Count} queries, {plan.FacetQueries.Count} facet queries, {plan.ArticleIds.Count} articles");
            await Drive(baseUri, plan, clients, TimeSpan.FromSeconds(warmup), think, new Stats()); // JIT, caches, connections
            var stats = new Stats();
            var wall = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            if (hostile > 0) Console.WriteLine($"load: and {hostile} hostile clients sending the costliest queries they can form, each one new");
            using var sampling = new CancellationTokenSource();
            var memory = SampleMemory(TimeSpan.FromSeconds(Math.Clamp(seconds / 10, 5, 60)), sampling.Token);
            await Task.WhenAll(Drive(baseUri, plan, clients, TimeSpan.FromSeconds(seconds), think, stats),
                Attack(baseUri, hostile, TimeSpan.FromSeconds(seconds), stats));
            await sampling.CancelAsync();
            await memory;
            return Report(stats, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, inProcess: app is not null);
        }
        finally
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }

    private sealed record LoadPlan(IReadOnlyList<string> Queries, IReadOnlyList<string> FacetQueries, IReadOnlyList<string> ArticleIds);

    /// <summary>
    /// The queries of the corpus benchmark; the facet values the search API returns for them (clicked as the search
    /// page's facet links do); and the articles they find, which are the ones readers open.
    /// </summary>
    private static async Task<LoadPlan> Plan(Uri baseUri)
    {
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };
        string[] queries = [.. CorpusBenchmarks.Names, .. CorpusBenchmarks.Words, .. CorpusBenchmarks.Structured];
        var facetQueries = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in queries)
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync("/api/search?limit=100&q=" + Uri.EscapeDataString(q)));
            var root = json.RootElement;
            foreach (var hit in root.GetProperty("hits").EnumerateArray()) ids.Add(hit.GetProperty("id").GetString()!);
            foreach (var (property, field) in new[] { ("sources", "source"), ("entities", "entity"), ("eventTypes", "type") })
                foreach (var f in root.GetProperty(property).EnumerateArray().Take(2))
                    facetQueries.Add($"{q} {field}:\"{f.GetProperty("value").GetString()}\"");
        }
        if (ids.Count == 0) throw new InvalidOperationException("the searches found no article: is the store empty?");
        return new LoadPlan(queries, facetQueries, [.. ids.Order(StringComparer.Ordinal)]);
    }

    private static async Task Drive(Uri baseUri, LoadPlan plan, int clients, TimeSpan duration, int think, Stats stats)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            // One connection per client, kept alive, as a browser tab or an API client would hold it.
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
            var random = new Random(c);
            while (Stopwatch.GetTimestamp() < until)
            {
                var (endpoint, path) = Next(plan, random);
                long start = Stopwatch.GetTimestamp();
                bool ok;
                string? cache = null;
                try
                {
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    ok = response.IsSuccessStatusCode;
                    if (response.Headers.TryGetValues(RequestContextExtensions.CacheHeader, out var v)) cache = v.FirstOrDefault();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    ok = false;
                }
                double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                stats.Add(endpoint, ms, ok);
                if (cache is not null) stats.Add($"  {endpoint}, cache {cache}", ms, ok);
                if (think > 0) await Task.Delay(think);
            }
        })).ToArray();
        await Task.WhenAll(tasks);
    }

    /// <summary>
    /// A line every <paramref name="every"/> with this process's working set and managed heap after a full collection:
    /// over a long run (a soak) they must stay flat, or something keeps what it should let go.
    /// </summary>
    private static async Task SampleMemory(TimeSpan every, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                await Task.Delay(every, stop);
                GC.Collect();
                using var self = Process.GetCurrentProcess();
                Console.WriteLine($"memory at {clock.Elapsed.TotalSeconds,6:N0} s: working set {self.WorkingSet64 / 1048576.0,6:N0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0,6:N0} MB");
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>The words of Arabic news that nearly every article holds: OR-ed together they match the whole index.</summary>
    private static readonly string[] CommonWords =
        ["في", "من", "على", "إلى", "أن", "عن", "مع", "التي", "الذي", "هذا", "هذه", "كان", "بين", "بعد", "قبل", "كما", "وقد", "أو",
         "ذلك", "حيث", "خلال", "عام", "اليوم", "المملكة", "السعودية", "الله", "العربية", "وزارة", "الرياض", "العام", "أكثر", "منذ",
         "حتى", "لم", "لا", "ما", "قد", "وفي", "إن", "أنه", "كل", "عند", "أمس", "الأمير", "الملك", "جدة", "مكة", "المنطقة", "الوطني", "رئيس"];

    /// <summary>Clients sending, without pause, queries OR-ing the most common words (each query new, so no cache helps).</summary>
    private static Task Attack(Uri baseUri, int clients, TimeSpan duration, Stats stats)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1 };
            using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
            var random = new Random(1000 + c);
            while (Stopwatch.GetTimestamp() < until)
            {
                var words = CommonWords.OrderBy(_ => random.Next()).ToList();
                string q = string.Join(" OR ", words) + " OR " + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
                if (random.Next(3) == 0) q = $"\"{words[0]} {words[1]}\" OR \"{words[2]} {words[3]}\" OR " + q; // phrases read positions
                long start = Stopwatch.GetTimestamp();
                string outcome;
                try
                {
                    using var response = await http.GetAsync("/api/search?limit=100&sort=date&q=" + Uri.EscapeDataString(q));
                    outcome = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { outcome = "failed"; }
                stats.Add($"costly search (hostile), {outcome}", Stopwatch.GetElapsedTime(start).TotalMilliseconds, ok: true);
            }
        })));
    }

    private static (string Endpoint, string Path) Next(LoadPlan plan, Random random)
    {
        int roll = random.Next(100);
        string endpoint = Mix[^1].Endpoint;
        foreach (var (e, w) in Mix)
        {
            if (roll < w) { endpoint = e; break; }
            roll -= w;
        }
        string Pick(IReadOnlyList<string> list) => list[random.Next(list.Count)];
        string Q(string q) => Uri.EscapeDataString(q);
        return (endpoint, endpoint switch
        {
            "search page" => $"/search?q={Q(Pick(plan.Queries))}" + (random.Next(4) == 0 ? "&sort=date" : ""),
            "search page + facet" => $"/search?q={Q(Pick(plan.FacetQueries.Count > 0 ? plan.FacetQueries : plan.Queries))}",
            "search API" => $"/api/search?limit=20&q={Q(Pick(plan.Queries))}",
            "article page" => $"/article/{Q(Pick(plan.ArticleIds))}",
            _ => $"/api/articles/{Q(Pick(plan.ArticleIds))}",
        });
    }

    private sealed class Stats
    {
        private sealed class Endpoint
        {
            public readonly List<double> Ms = [];
            public int Errors;
        }

        private readonly ConcurrentDictionary<string, Endpoint> _by = new();

        public void Add(string endpoint, double ms, bool ok)
        {
            var e = _by.GetOrAdd(endpoint, _ => new Endpoint());
            lock (e)
            {
                e.Ms.Add(ms);
                if (!ok) e.Errors++;
            }
        }

        /// <summary>Per endpoint, each followed by its requests answered from the server's cache and those computed.</summary>
        public IEnumerable<(string Endpoint, List<double> Ms, int Errors)> All() =>
            Mix.SelectMany(m => new[] { m.Endpoint, $"  {m.Endpoint}, cache hit", $"  {m.Endpoint}, cache miss" })
               .Concat(_by.Keys.Where(k => k.StartsWith("costly", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
               .Where(_by.ContainsKey).Select(e => (e, _by[e].Ms, _by[e].Errors));
    }

    private static int Report(Stats stats, TimeSpan wall, TimeSpan cpu, bool inProcess)
    {
        Console.WriteLine($"{"endpoint",-36}{"requests",10}{"errors",8}{"req/s",8}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"max ms",9}");
        bool met = true;
        int total = 0, errors = 0;
        foreach (var (endpoint, ms, err) in stats.All())
        {
            ms.Sort();
            double P(double q) => ms[Math.Min(ms.Count - 1, (int)(ms.Count * q))];
            Console.WriteLine($"{endpoint,-36}{ms.Count,10:N0}{err,8}{ms.Count / wall.TotalSeconds,8:N0}{P(0.50),9:N1}{P(0.95),9:N1}{P(0.99),9:N1}{ms[^1],9:N1}");
            if (endpoint.StartsWith(' ') || endpoint.StartsWith("costly", StringComparison.Ordinal)) continue; // split rows; the attack is not judged
            total += ms.Count;
            errors += err;
            if (err > 0 || P(0.99) > TargetP99Ms) met = false;
        }
        Console.WriteLine($"total: {total:N0} requests in {wall.TotalSeconds:N1} s = {total / wall.TotalSeconds:N0} req/s, {errors} errors; "
            + $"target p99 ≤ {TargetP99Ms} ms with no errors: {(met ? "met" : "MISSED")}");
        Console.WriteLine($"CPU: {cpu.TotalSeconds:N1} s = {cpu.TotalMilliseconds / Math.Max(1, total):N2} ms per request ({(inProcess ? "server and clients" : "clients only")}), "
            + $"{cpu.TotalSeconds / wall.TotalSeconds / Environment.ProcessorCount:P0} of {Environment.ProcessorCount} cores; load average {LoadAverage()}");
        Console.WriteLine($"GC: {(GCSettings.IsServerGC ? "server" : "workstation")}");
        Console.WriteLine($"peak memory (this process): {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
        return 0;
    }

    /// <summary>The machine's 1-minute load average (Linux), to say how busy the shared machine was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
