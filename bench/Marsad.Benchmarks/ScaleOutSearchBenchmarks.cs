using BenchmarkDotNet.Attributes;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Marsad.Text.Lexicons;

namespace Marsad.Benchmarks;

/// <summary>
/// Search over PostgreSQL (<see cref="PostgresSearch"/>: the embedded index's postings, scored as Lucene scores them) beside the embedded index
/// (baseline), one judged query of eval/search per operation, cycling through the 50, on the same 16-day corpus:
/// MARSAD_BENCH_DATA names the data folder, MARSAD_BENCH_POSTGRES the store `marsad migrate` made from it.
/// The percentile columns give p50, p95 and the slowest of the per-iteration means.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class ScaleOutSearchBenchmarks
{
    private sealed class PercentileConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public PercentileConfig() => AddColumn(BenchmarkDotNet.Columns.StatisticColumn.P50, BenchmarkDotNet.Columns.StatisticColumn.P95, BenchmarkDotNet.Columns.StatisticColumn.P100);
    }

    private CorpusFolder _folder = null!;
    private CorpusSearcher _embedded = null!;
    private PostgresStore _store = null!;
    private PostgresSearch _postgres = null!;
    private string[] _queries = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        string data = Environment.GetEnvironmentVariable("MARSAD_BENCH_DATA") ?? throw new InvalidOperationException("set MARSAD_BENCH_DATA to a data folder (the 16 days)");
        string store = Environment.GetEnvironmentVariable("MARSAD_BENCH_POSTGRES") ?? throw new InvalidOperationException("set MARSAD_BENCH_POSTGRES to the store migrated from it");
        _folder = CorpusFolder.OpenForReading(data);
        _embedded = _folder.OpenSearcher();
        _store = PostgresStore.Open(store);
        _postgres = new PostgresSearch(_store);
        _queries = [.. LexiconReader.FileRows(Path.Combine(BenchData.RepoRoot, "eval", "search", "queries.tsv"), 5, 5).Where(r => r[0] != "id").Select(r => r[3])];
    }

    private string NextQuery() => _queries[_next++ % _queries.Length];

    [Benchmark(Baseline = true)]
    public int Embedded() => _embedded.Search(NextQuery(), 10, snippets: false).Hits.Count;

    [Benchmark]
    public int Postgres() => _postgres.Search(NextQuery(), 10).Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        _embedded.Dispose();
        _folder.Dispose();
        _store.Dispose();
    }
}
