using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Text;
using System.Globalization;

namespace Marsad.Benchmarks;

/// <summary>
/// The text core over one real news day (SaudiNewsNet 2015-07-21: 2,972 articles, 11.5 MB of UTF-8 content),
/// against Lucene.Net's ArabicAnalyzer consuming every term of the same text in the same run.
/// MB/s counts the content's UTF-8 bytes. Run:
/// <c>dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*TextBenchmarks*'</c>
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string[] _texts = [];
    private Token[][] _tokens = [];
    private ArabicAnalyzer _lucene = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Day.Texts;
        if (_texts.Length == 0) Console.WriteLine($"// {Day.Missing}: the text benchmarks measure nothing.");
        _tokens = _texts.Select(t => Tokenizer.Tokenize(t)).ToArray();
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    /// <summary>What Marsad does to every article before analysis: the folded key with its offset map, tokens and sentences.</summary>
    [Benchmark(Description = "Marsad: fold+map, tokenize, sentences")]
    public long MarsadTextCore()
    {
        var cpu = CpuClock.Now;
        long n = 0;
        foreach (var text in _texts)
        {
            var folded = ArabicFolder.FoldWithMap(text);
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            n += folded.Key.Length + tokens.Length + sentences.Length;
        }
        CpuClock.Record(nameof(MarsadTextCore), cpu);
        return n;
    }

    [Benchmark(Baseline = true, Description = "Lucene.Net ArabicAnalyzer, all terms")]
    public long LuceneArabicAnalyzer()
    {
        var cpu = CpuClock.Now;
        long n = 0;
        foreach (var text in _texts)
        {
            using var stream = _lucene.GetTokenStream("content", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) n += term.Length;
            stream.End();
        }
        CpuClock.Record(nameof(LuceneArabicAnalyzer), cpu);
        return n;
    }

    [Benchmark(Description = "Marsad: fold+map only")]
    public long MarsadFold()
    {
        var cpu = CpuClock.Now;
        long n = 0;
        foreach (var text in _texts) n += ArabicFolder.FoldWithMap(text).Key.Length;
        CpuClock.Record(nameof(MarsadFold), cpu);
        return n;
    }

    [Benchmark(Description = "Marsad: tokenize only")]
    public long MarsadTokenize()
    {
        var cpu = CpuClock.Now;
        long n = 0;
        foreach (var text in _texts) n += Tokenizer.Tokenize(text).Length;
        CpuClock.Record(nameof(MarsadTokenize), cpu);
        return n;
    }

    [Benchmark(Description = "Marsad: sentences only (given tokens)")]
    public long MarsadSentences()
    {
        var cpu = CpuClock.Now;
        long n = 0;
        for (int i = 0; i < _texts.Length; i++) n += SentenceSplitter.Split(_texts[i], _tokens[i]).Length;
        CpuClock.Record(nameof(MarsadSentences), cpu);
        return n;
    }

    private sealed class Config : ManualConfig
    {
        // In-process: no generated project to restore and build, which takes minutes on a busy 2-core machine.
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new MegabytesPerSecondColumn(), new MegabytesPerCpuSecondColumn());
        }
    }

    /// <summary>The day's contents, read once per process.</summary>
    private static class Day
    {
        public const string Missing = "../shared/data/news/saudinewsnet/dataset/2015-07-21.zip is absent";
        public static readonly string[] Texts = Load();
        public static readonly long Utf8Bytes = Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

        private static string[] Load()
        {
            var zip = BenchData.Shared("data", "news", "saudinewsnet", "dataset", "2015-07-21.zip");
            if (zip is null) return [];
            using var archive = ZipFile.OpenRead(zip);
            using var stream = archive.Entries[0].Open();
            using var json = JsonDocument.Parse(stream);
            return json.RootElement.EnumerateArray().Select(r => r.GetProperty("content").GetString() ?? "").ToArray();
        }
    }

    /// <summary>
    /// Process CPU time of every call, by benchmark method. On a shared machine the wall-clock mean also
    /// counts the time other processes hold the cores; CPU time says what one free core would do.
    /// </summary>
    private static class CpuClock
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<double>> Samples = new();

        public static TimeSpan Now => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

        public static void Record(string method, TimeSpan start)
        {
            var list = Samples.GetOrAdd(method, _ => []);
            lock (list) list.Add((Now - start).TotalSeconds);
        }

        public static double? MedianSeconds(string method)
        {
            if (!Samples.TryGetValue(method, out var list)) return null;
            lock (list)
            {
                if (list.Count == 0) return null;
                var sorted = list.Order().ToArray();
                return sorted[sorted.Length / 2];
            }
        }
    }

    /// <summary>Throughput from the median process CPU time of a call (pilot, warm-up and measured calls).</summary>
    private sealed class MegabytesPerCpuSecondColumn : IColumn
    {
        public string Id => "MBpCpuS";
        public string ColumnName => "MB/CPU-s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 1;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 megabytes of article content per second of process CPU time (median call): one free core's throughput";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var seconds = CpuClock.MedianSeconds(benchmarkCase.Descriptor.WorkloadMethod.Name);
            return seconds is > 0 ? (Day.Utf8Bytes / 1e6 / seconds.Value).ToString("F1", CultureInfo.InvariantCulture) : "-";
        }
    }

    /// <summary>Throughput from the mean: the day's UTF-8 bytes per second of one call.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 megabytes (10^6) of article content processed per second, from the mean";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (Day.Utf8Bytes / 1e6 / (mean.Value / 1e9)).ToString("F1", CultureInfo.InvariantCulture) : "-";
        }
    }
}
