using BenchmarkDotNet.Attributes;
using Marsad.Analysis;
using Marsad.Analysis.Json;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Corpus.Stories;

namespace Marsad.Benchmarks;

/// <summary>
/// Story assignment as ingest's writer does it, over one analysed SaudiNewsNet day (2015-08-02, 1,314 articles): the signals of each article's stored facts (who, what happened, the headline's places) and its
/// assignment, against words alone and without the re-check of a story's members in the same run. Articles/s = articles / mean time. The setup analyses the days
/// once (minutes). Run: --filter '*StoryBenchmarks*' --job short --inProcess.
/// </summary>
[MemoryDiagnoser, MinColumn, MaxColumn]
public class StoryBenchmarks
{
    private List<ArticleInput> _articles = [];
    private List<ArticleFacts> _facts = [];
    private List<List<int>> _copies = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchData.Shared("data", "news", "saudinewsnet", "dataset")
            ?? throw new InvalidOperationException("needs ../shared/data/news/saudinewsnet/dataset");
        string[] days = [Path.Combine(folder, "2015-08-02.zip")];
        _articles = InputArticles.Read(days).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var facts = new ArticleFacts[_articles.Count];
        // The facts as the store keeps them: the analysis JSON read back.
        Parallel.For(0, _articles.Count, i =>
            facts[i] = ArticleFacts.FromAnalysisJson(AnalysisJsonWriter.ToJson(MarsadPipeline.Default.Analyze(_articles[i].Text, _articles[i].Metadata))));
        _facts = [.. facts];
        var index = new CopyIndex();
        _copies = _articles.Select(a => index.Add(a.Text).Copies.Select(m => m.Other).ToList()).ToList();
    }

    public int Articles => _articles.Count;

    /// <summary>Key terms of the words only (no analysis signals).</summary>
    [Benchmark(Baseline = true)]
    public int WordsOnly() => Run(signals: false);

    /// <summary>What ingest does: signals from the facts, then the assignment.</summary>
    [Benchmark]
    public int WithSignals() => Run(signals: true);

    /// <summary>What ingest does without the re-check of a story's members (its cost is the ratio to <see cref="WithSignals"/>).</summary>
    [Benchmark]
    public int WithoutRecheck() => Run(signals: true, recheck: false);

    private int Run(bool signals, bool recheck = true)
    {
        var stories = new StoryClusterer { MaxRecheck = recheck ? 256 : 0 };
        for (int i = 0; i < _articles.Count; i++)
        {
            var m = _articles[i].Metadata;
            DateTime? when = m.Published is { } p ? p.Date.ToDateTime(p.Time ?? TimeOnly.MinValue) : null;
            stories.Add(m.Title, _articles[i].Text, m.Publisher, when, _copies[i], signals ? StorySignals.From(_facts[i], m.Title) : null);
        }
        return stories.Stories.Count();
    }
}
