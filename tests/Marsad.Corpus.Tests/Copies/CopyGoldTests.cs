using Marsad.Corpus.Copies;
using Xunit.Abstractions;

namespace Marsad.Corpus.Tests.Copies;

/// <summary>Copy detection against the judged SaudiNewsNet pairs (Gold/saudinewsnet-copy-pairs.tsv).</summary>
public sealed class CopyGoldTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Judged_pairs_are_found_with_precision_095_and_recall_090()
    {
        var articles = SaudiNewsNetCorpus.Articles;
        var row = new Dictionary<string, int>();
        for (int i = 0; i < articles.Count; i++) row.TryAdd(articles[i].Id, i);

        // The stream in file order, as ingest would see it; every reported copy pair is remembered.
        var index = new CopyIndex();
        var copies = new HashSet<(int, int)>();
        for (int i = 0; i < articles.Count; i++)
        {
            var (id, found) = index.Add(articles[i].Article.Text);
            foreach (var m in found) copies.Add((id, m.Other));
        }

        int tp = 0, fp = 0, fn = 0, pairs = 0;
        foreach (var f in SaudiNewsNetCorpus.GoldRows("Copies", "Gold", "saudinewsnet-copy-pairs.tsv"))
        {
            int a = row[SaudiNewsNetCorpus.IdOf(f[0], f[1])], b = row[SaudiNewsNetCorpus.IdOf(f[2], f[3])];
            bool predicted = copies.Contains((Math.Max(a, b), Math.Min(a, b)));
            bool gold = f[4] == "copy";
            pairs++;
            if (predicted && gold) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
        }
        double precision = tp / (double)Math.Max(1, tp + fp), recall = tp / (double)Math.Max(1, tp + fn);
        output.WriteLine($"{pairs} judged pairs: precision {precision:F3}, recall {recall:F3} (tp {tp}, fp {fp}, fn {fn})");
        Assert.True(pairs >= 300);
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(recall >= 0.90, $"recall {recall:F3}");
    }
}
