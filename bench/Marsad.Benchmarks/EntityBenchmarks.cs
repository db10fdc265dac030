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
        var texts = BenchData.DayTexts();
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
}
