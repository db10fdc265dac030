using BenchmarkDotNet.Attributes;
using Marsad.Analysis;
using Marsad.Analysis.Quotes;

namespace Marsad.Benchmarks;

/// <summary>
/// The quote step alone, on articles whose earlier layers (tokens, sentences, structure, entities) are computed
/// once in setup: the sample article and a long quote-dense SaudiNewsNet-style body made by repeating it.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private Document _sample = null!;
    private Document _long = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(BenchData.Sample("ar-sample-01.txt"));
        _sample = Prepare(text);
        _long = Prepare(string.Join("\n", Enumerable.Repeat(text, 20)));
    }

    /// <summary>Runs every step before the quote step.</summary>
    private static Document Prepare(string text)
    {
        var doc = new Document(text);
        foreach (var step in MarsadPipeline.CreateBuilder().Build().Steps)
        {
            if (step is QuoteStep) break;
            step.Run(doc);
        }
        return doc;
    }

    [Benchmark(Baseline = true)]
    public int QuotesOfSample() => QuoteFinder.Find(_sample).Count;

    [Benchmark]
    public int QuotesOfLongArticle() => QuoteFinder.Find(_long).Count;
}
