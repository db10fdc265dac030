using System.IO.Compression;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Marsad.Analysis;
using Marsad.Analysis.Entities;
using Marsad.Analysis.Pipeline;
using Marsad.Analysis.Structure;
using Marsad.Knowledge.Kb;
using Marsad.Knowledge.Outlets;

namespace Marsad.Benchmarks;

/// <summary>
/// The entity step (KB name lookup, surnames, coreference, gathering) on real news: one day of SaudiNewsNet when
/// ../shared is present (evaluation use only), else the shipped sample. Tokens/s = Tokens / mean time.
/// Measured alone and as the pipeline runs it, with the learned tagger (tagging plus linking: issue #4's figure).
/// Also the time to load the knowledge base from its embedded file.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(2)]
[IterationCount(5)]
public class EntityBenchmarks
{
    private Document[] _docs = [];
    private readonly EntityStep _step = new();
    private readonly EntityStep _withTagger = new(tagger: Marsad.Analysis.Ner.PerceptronNameTagger.Default);

    /// <summary>Word and punctuation tokens in the benchmark articles (printed at setup).</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var texts = LoadTexts();
        IAnalysisStep[] before = [new TokenizeStep(), new StructureStep(OutletTable.Default), new Marsad.Analysis.Times.TimeStep(), new Marsad.Analysis.Quantities.QuantityStep()];
        _docs = [.. texts.Select(t =>
        {
            var d = new Document(t);
            foreach (var step in before) step.Run(d);
            return d;
        })];
        Tokens = _docs.Sum(d => d.Layer<Marsad.Text.Token>().Count);
        Console.WriteLine($"// EntityBenchmarks: {_docs.Length} articles, {Tokens:N0} tokens");
        _ = EntityLexicon.Default;
    }

    [Benchmark]
    public int EntityStepOnArticles() => Run(_step);

    [Benchmark]
    public int TaggingAndLinkingOnArticles() => Run(_withTagger);

    private int Run(EntityStep step)
    {
        int n = 0;
        foreach (var d in _docs)
        {
            var copy = new Document(d.Text);
            copy.SetLayer(d.Layer<Marsad.Text.Token>());
            copy.SetLayer(d.Layer<Sentence>());
            copy.SetLayer(d.Layer<Paragraph>());
            copy.SetLayer(d.Layer<Section>());
            copy.SetLayer(d.Layer<CreditLine>());
            copy.SetLayer(d.Layer<TimeExpression>());
            copy.SetLayer(d.Layer<Quantity>());
            step.Run(copy);
            n += copy.Layer<Mention>().Count;
        }
        return n;
    }

    [Benchmark]
    public int LoadKnowledgeBase()
    {
        using var s = typeof(KnowledgeBase).Assembly.GetManifestResourceStream(KnowledgeBase.ResourceName)!;
        return KnowledgeBase.Load(s).Entities.Count;
    }

    private static List<string> LoadTexts()
    {
        var zip = BenchData.Shared("data", "news", "saudinewsnet", "dataset", "2015-07-21.zip");
        if (zip is null) return [File.ReadAllText(BenchData.Sample("ar-sample-01.txt"))];
        var texts = new List<string>();
        using var archive = ZipFile.OpenRead(zip);
        foreach (var entry in archive.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var s = entry.Open();
            using var doc = JsonDocument.Parse(s);
            foreach (var a in doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray() : Enumerable.Repeat(doc.RootElement, 1))
                if (a.TryGetProperty("content", out var c) && c.GetString() is { Length: > 0 } text) texts.Add(text);
            if (texts.Count >= 300) break;
        }
        return texts.Take(300).ToList();
    }
}
