using Marsad.Analysis;
using Marsad.Analysis.Pipeline;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Search;

/// <summary>The articles of samples/corpus ingested into a temporary data folder, with a searcher over them.</summary>
public abstract class SampleCorpus : IDisposable
{
    protected SampleCorpus(AnalysisPipeline pipeline)
    {
        TestIngest.Files(Dir.Path, pipeline, TestIngest.Samples);
        Folder = CorpusFolder.OpenForReading(Dir.Path);
        Searcher = Folder.OpenSearcher();
    }

    public TempDir Dir { get; } = new();
    public CorpusFolder Folder { get; }
    public CorpusSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        Folder.Dispose();
        Dir.Dispose();
    }
}

/// <summary>The sample corpus as the default pipeline analyses it.</summary>
public sealed class DefaultSampleCorpus() : SampleCorpus(MarsadPipeline.Default);
