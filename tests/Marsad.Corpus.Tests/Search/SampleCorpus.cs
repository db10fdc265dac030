using Marsad.Analysis;
using Marsad.Analysis.Pipeline;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Search;

/// <summary>The articles of samples/corpus ingested into a temporary data folder, with a searcher over them.</summary>
public abstract class SampleCorpus : IDisposable
{
    protected SampleCorpus(AnalysisPipeline pipeline) : this(pipeline, _ => TestIngest.Samples) { }

    /// <param name="input">Writes the input into the data folder's parent and gives its path.</param>
    protected SampleCorpus(AnalysisPipeline pipeline, Func<string, string> input)
    {
        TestIngest.Files(Dir.Path, pipeline, input(Dir.Path));
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
