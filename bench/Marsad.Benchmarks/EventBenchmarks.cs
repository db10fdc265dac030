using BenchmarkDotNet.Attributes;
using Marsad.Analysis;
using Marsad.Analysis.Events;
using Marsad.Analysis.Pipeline;

namespace Marsad.Benchmarks;

/// <summary>
/// What coding events adds to `analyze`: the default pipeline without the event step, against the same pipeline
/// followed by the event step (target: at most 30 % more). When the default pipeline has no entity step yet, the
/// event step runs over an empty entity layer.
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private string _text = "";
    private AnalysisPipeline _withoutEvents = null!;
    private readonly EventStep _events = new();

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(BenchData.Shared("seed", "000_ab924b65eb77ff68.txt") ?? BenchData.Sample("ar-sample-01.txt"));
        _withoutEvents = MarsadPipeline.CreateBuilder().Remove<EventStep>().Build();
    }

    [Benchmark(Baseline = true)]
    public Document AnalyzeWithoutEvents() => _withoutEvents.Analyze(_text);

    [Benchmark]
    public Document AnalyzeWithEvents()
    {
        var doc = _withoutEvents.Analyze(_text);
        if (!doc.HasLayer<Entity>()) doc.SetLayer<Entity>([]);
        _events.Run(doc);
        return doc;
    }
}
