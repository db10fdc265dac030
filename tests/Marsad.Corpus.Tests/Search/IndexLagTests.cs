using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Search;

/// <summary>
/// A store whose index lags it (an ingest killed before its first index commit, or one still running) is searched
/// as far as the index goes, with the lag counted, never a crash; a reader sees the catch-up as a newer commit.
/// </summary>
public sealed class IndexLagTests : IDisposable
{
    private readonly TempDir _dir = new();

    public IndexLagTests() => TestIngest.Files(_dir.Path, TestLayersStep.Pipeline(), TestIngest.Samples);

    public void Dispose() => _dir.Dispose();

    private void LoseTheIndexCommit()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_dir.Path, CorpusFolder.IndexFolder))) File.Delete(file);
    }

    [Fact]
    public void An_index_folder_without_a_commit_is_searched_as_empty_and_its_lag_is_counted()
    {
        LoseTheIndexCommit();
        using var folder = CorpusFolder.OpenForReading(_dir.Path);
        using var searcher = folder.OpenSearcher();

        Assert.Equal(0, searcher.Search("موسكو").Total);
        Assert.Equal(folder.Store.Count, searcher.ArticlesNotIndexed);
    }

    [Fact]
    public void A_caught_up_index_has_no_lag()
    {
        using var folder = CorpusFolder.OpenForReading(_dir.Path);
        using var searcher = folder.OpenSearcher();

        Assert.Equal(0, searcher.ArticlesNotIndexed);
        Assert.True(searcher.Search("موسكو").Total > 0);
    }

    [Fact]
    public void Catching_up_is_a_newer_commit_and_a_new_searcher_finds_the_articles()
    {
        LoseTheIndexCommit();
        using var reading = CorpusFolder.OpenForReading(_dir.Path);
        Assert.Equal(-1, SearchIndex.LastCommit(reading.IndexPath));

        using (var writing = CorpusFolder.OpenForWriting(_dir.Path))
        using (writing.OpenIndex()) { } // catches the index up with the store and commits

        Assert.True(SearchIndex.LastCommit(reading.IndexPath) > 0);
        using var after = reading.OpenSearcher();
        Assert.True(after.Search("موسكو").Total > 0);
        Assert.Equal(0, after.ArticlesNotIndexed);
    }

    [Fact]
    public void An_index_written_with_other_terms_is_rebuilt_by_the_next_ingest()
    {
        // an index of an older analyzer: complete by its sequence number, but its terms meet no query of today's
        using (var dir = Lucene.Net.Store.FSDirectory.Open(Path.Combine(_dir.Path, CorpusFolder.IndexFolder)))
        using (var writer = new Lucene.Net.Index.IndexWriter(dir, new Lucene.Net.Index.IndexWriterConfig(SearchIndex.Version, SearchIndex.Analyzer)))
        {
            long seq = long.Parse(writer.CommitData[SearchIndexSeqKey], System.Globalization.CultureInfo.InvariantCulture);
            writer.DeleteAll();
            writer.SetCommitData(new Dictionary<string, string> { [SearchIndexSeqKey] = seq.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            writer.Commit();
        }
        using (var reading = CorpusFolder.OpenForReading(_dir.Path))
        using (var stale = reading.OpenSearcher())
            Assert.Equal(0, stale.Search("موسكو").Total);

        using (var writing = CorpusFolder.OpenForWriting(_dir.Path))
        using (writing.OpenIndex()) { }

        using var folder = CorpusFolder.OpenForReading(_dir.Path);
        using var searcher = folder.OpenSearcher();
        Assert.True(searcher.Search("موسكو").Total > 0);
        Assert.Equal(folder.Store.Count, searcher.DocumentCount);
    }

    private const string SearchIndexSeqKey = "marsad.seq";
}
