using BenchmarkDotNet.Attributes;
using Marsad.Analysis;
using Marsad.Analysis.Quantities;
using Marsad.Analysis.Times;

namespace Marsad.Benchmarks;

/// <summary>
/// The times and quantities steps on the shipped sample article (one article per operation: articles/s = 1 / mean).
/// dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*TimesBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class TimesBenchmarks
{
    private string _text = "";
    private readonly ArticleMetadata _metadata = new() { Published = new PublicationDate(new DateOnly(2023, 2, 28), null) };
    private readonly TimeStep _times = new();
    private readonly QuantityStep _quantities = new();

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(BenchData.Sample("ar-sample-01.txt"));
        Times(); // build the rules once, outside the measurement
    }

    [Benchmark]
    public Document Times()
    {
        var doc = new Document(_text, _metadata);
        _times.Run(doc);
        return doc;
    }

    [Benchmark]
    public Document TimesAndQuantities()
    {
        var doc = new Document(_text, _metadata);
        _times.Run(doc);
        doc.SetLayer<CreditLine>([]);
        _quantities.Run(doc);
        return doc;
    }
}
