using BenchmarkDotNet.Attributes;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Stories;

namespace Marsad.Benchmarks;

/// <summary>
/// Near-duplicate checking and story assignment over the 16 SaudiNewsNet days (27,592 articles), one stream per
/// invocation. Articles/s = articles / mean time (Min: the least disturbed run on a shared machine). Run: --filter '*CopiesBenchmarks*' --job short.
/// </summary>
[MemoryDiagnoser, MinColumn, MaxColumn]
public class CopiesBenchmarks
{
    private List<ArticleInput> _articles = [];
    private List<List<int>> _copies = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchData.Shared("data", "news", "saudinewsnet", "dataset")
            ?? throw new InvalidOperationException("needs ../shared/data/news/saudinewsnet/dataset");
        _articles = InputArticles.Read([folder]).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var index = new CopyIndex();
        _copies = _articles.Select(a => index.Add(a.Text).Copies.Select(m => m.Other).ToList()).ToList();
    }

    /// <summary>Fingerprint, LSH and sampled-shingle candidates, exact verification, for every article in turn.</summary>
    [Benchmark]
    public int NearDuplicateChecking()
    {
        var index = new CopyIndex();
        int copies = 0;
        foreach (var a in _articles) copies += index.Add(a.Text).Copies.Count;
        return copies;
    }

    /// <summary>Key terms and story assignment for every article in turn (copies known from the index).</summary>
    [Benchmark]
    public int StoryAssignment()
    {
        var stories = new StoryClusterer();
        for (int i = 0; i < _articles.Count; i++)
        {
            var m = _articles[i].Metadata;
            DateTime? when = m.Published is { } p ? p.Date.ToDateTime(p.Time ?? TimeOnly.MinValue) : null;
            stories.Add(m.Title, _articles[i].Text, m.Publisher, when, _copies[i]);
        }
        return stories.Stories.Count();
    }
}
