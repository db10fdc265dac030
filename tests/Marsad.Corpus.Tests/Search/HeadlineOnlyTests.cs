using Marsad.Analysis;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Search;

public sealed class HeadlineOnlyTests
{
    [Fact]
    public void A_record_kept_for_its_headline_alone_is_found_with_an_empty_snippet()
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "day.jsonl");
        File.WriteAllText(input,
            """{"source":"sabq","url":"http://x.example/1","title":"افتتاح معرض الكتاب في الرياض","content":" "}""" + "\n" +
            """{"source":"sabq","url":"http://x.example/2","title":"معرض آخر","content":"افتتح معرض الكتاب أبوابه للزوار في الرياض اليوم."}""" + "\n");
        var data = Path.Combine(dir.Path, "data");
        TestIngest.Files(data, MarsadPipeline.Default, input);
        using var folder = CorpusFolder.OpenForReading(data);
        using var searcher = folder.OpenSearcher();
        var results = searcher.Search("معرض الكتاب");
        Assert.Equal(2, results.Total);
        Assert.Contains(results.Hits, h => h.Url == "http://x.example/1" && h.Snippet == "");
        Assert.Contains(results.Hits, h => h.Url == "http://x.example/2" && h.Marks.Count > 0);
    }
}
