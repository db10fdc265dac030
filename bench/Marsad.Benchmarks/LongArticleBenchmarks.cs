using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Marsad.Analysis;

namespace Marsad.Benchmarks;

/// <summary>
/// Whether analysis time grows linearly with the article's length: the whole pipeline on one text made of the sample
/// article repeated 1,000 and 3,000 times (paragraph breaks between copies; 3,000 copies are about 4.2 MB of UTF-8).
/// Linear time gives a ratio of 3 between the two means; a rule that scans a whole layer for every word shows as a
/// ratio towards 9. Each run takes seconds, so a few iterations are measured (monitoring strategy), in process: the
/// ratio compares two runs of one process, and no separate build can time out on a busy machine.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LongRuns))]
public class LongArticleBenchmarks
{
    private sealed class LongRuns : ManualConfig
    {
        public LongRuns() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1)
            .WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private string _text = "";

    [Params(1000, 3000)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var article = File.ReadAllText(BenchData.Sample("ar-sample-01.txt")).Trim();
        _text = string.Join("\n\n", Enumerable.Repeat(article, Copies));
        MarsadPipeline.Default.Analyze(article); // models and lexicons load here, not in the first iteration
    }

    [Benchmark]
    public int AnalyzeCopies() => MarsadPipeline.Default.Analyze(_text).Layer<Entity>().Count;
}
