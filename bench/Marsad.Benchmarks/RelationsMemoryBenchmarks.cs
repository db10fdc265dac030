using BenchmarkDotNet.Attributes;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Stories;

namespace Marsad.Benchmarks;

/// <summary>
/// Copy index plus story clusterer over the first 4, 8 and 16 SaudiNewsNet days: the time per article (stays flat when
/// the work is linear) and, printed by the setup as "retained", the memory the two structures keep after a full GC
/// (grows linearly: the same bytes per article at every size, plus the fixed 64 MiB shingle-frequency sketch).
/// Run: --filter '*RelationsMemoryBenchmarks*' --job short.
/// </summary>
[MemoryDiagnoser]
public class RelationsMemoryBenchmarks
{
    private List<ArticleInput> _articles = [];

    [Params(4, 8, 16)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchData.Shared("data", "news", "saudinewsnet", "dataset")
            ?? throw new InvalidOperationException("needs ../shared/data/news/saudinewsnet/dataset");
        var days = Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal).Take(Days).ToList();
        _articles = InputArticles.Read(days).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var kept = Build();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        long sketch = (1L << new CopyIndexOptions().FrequencySketchLog2Blocks) * 64;
        Console.WriteLine($"// retained: {Days} days, {_articles.Count} articles, {(after - before) / 1048576.0:F1} MB = {(after - before - sketch) / _articles.Count:N0} bytes/article + {sketch / 1048576} MiB sketch");
    }

    private (CopyIndex, StoryClusterer) Build()
    {
        var index = new CopyIndex();
        var stories = new StoryClusterer();
        foreach (var a in _articles)
        {
            var (_, copies) = index.Add(a.Text);
            var m = a.Metadata;
            DateTime? when = m.Published is { } p ? p.Date.ToDateTime(p.Time ?? TimeOnly.MinValue) : null;
            stories.Add(m.Title, a.Text, m.Publisher, when, copies.Count > 0 ? [copies[0].Other] : null);
        }
        return (index, stories);
    }

    /// <summary>Copies and stories for every article of the first <see cref="Days"/> days.</summary>
    [Benchmark]
    public int CopiesAndStories() => Build().Item1.Count;
}
