using Marsad.Analysis;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Search;

public sealed class SnippetMarkTests
{
    [Fact]
    public void Brackets_and_marker_characters_in_an_article_never_pass_for_a_match()
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "day.jsonl");
        File.WriteAllText(input,
            """{"source":"x","url":"http://x.example/1","title":"خبر","content":"افتتح [معرض الكتاب] في الرياض و\uE000مزيف\uE001 أيضا اليوم."}""" + "\n");
        var data = Path.Combine(dir.Path, "data");
        TestIngest.Files(data, MarsadPipeline.Default, input);
        using var folder = CorpusFolder.OpenForReading(data);
        using var searcher = folder.OpenSearcher();
        var hit = Assert.Single(searcher.Search("الرياض").Hits);
        Assert.Equal(["الرياض"], hit.Marks.Select(m => hit.Snippet.Substring(m.Start, m.Length)));
        Assert.Contains("[معرض الكتاب]", hit.Snippet, StringComparison.Ordinal); // the article's brackets stay text
        Assert.DoesNotContain('\uE000', hit.Snippet);
    }
}
