using Marsad.Analysis;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Ingest;

public sealed class IngestTests
{
    [Fact]
    public void Ingesting_the_same_input_twice_stores_each_article_once()
    {
        using var dir = new TempDir();
        var first = TestIngest.Files(dir.Path, MarsadPipeline.Default, TestIngest.Samples);
        var second = TestIngest.Files(dir.Path, MarsadPipeline.Default, TestIngest.Samples);
        Assert.Equal((7, 7), (first.Read, first.Stored));
        Assert.Equal((7, 0, 7), (second.Read, second.Stored, second.Known));
        using var folder = CorpusFolder.OpenForReading(dir.Path);
        using var searcher = folder.OpenSearcher();
        Assert.Equal((7L, 7), (folder.Store.Count, searcher.DocumentCount));
    }

    [Fact]
    public void The_index_catches_up_with_articles_the_store_holds_but_the_index_missed()
    {
        using var dir = new TempDir();
        TestIngest.Files(dir.Path, MarsadPipeline.Default, TestIngest.Samples);
        // As after a crash between the store commit and the index commit: rows the index does not have.
        using (var folder = CorpusFolder.OpenForWriting(dir.Path))
        {
            var text = "خبر أضيف إلى المخزن ولم يصل إلى الفهرس بعد بسبب انقطاع مفاجئ.";
            folder.Store.Add(new NewArticle(ArticleIdentity.For(text, null), null, "انقطاع", "2015-07-26", "example-news", null, "crash",
                text, Marsad.Analysis.Json.AnalysisJsonWriter.ToJson(MarsadPipeline.Default.Analyze(text))));
            using var index = SearchIndex.Open(folder.IndexPath);
            Assert.Equal(7, index.CommittedSeq);
            Assert.Equal(1, index.CatchUp(folder.Store));
            Assert.Equal(8, index.CommittedSeq);
        }
        using var read = CorpusFolder.OpenForReading(dir.Path);
        using var searcher = read.OpenSearcher();
        Assert.Equal(1, searcher.Search("انقطاع").Total);
    }

    [Fact]
    public void A_second_writer_is_refused_while_one_holds_the_folder()
    {
        using var dir = new TempDir();
        using var first = CorpusFolder.OpenForWriting(dir.Path);
        Assert.Throws<IOException>(() => CorpusFolder.OpenForWriting(dir.Path));
    }
}
