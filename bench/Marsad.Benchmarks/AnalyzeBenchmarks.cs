using BenchmarkDotNet.Attributes;
using Marsad.Analysis;

namespace Marsad.Benchmarks;

/// <summary>The whole per-article pipeline on the shipped sample article.</summary>
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(BenchData.Sample("ar-sample-01.txt"));

    [Benchmark]
    public Document AnalyzeSample() => MarsadPipeline.Default.Analyze(_text);
}
