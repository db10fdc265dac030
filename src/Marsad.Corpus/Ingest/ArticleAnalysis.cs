using Marsad.Analysis;
using Marsad.Analysis.Json;
using Marsad.Analysis.Pipeline;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Ingest;

/// <summary>An analysed article ready to store, with what relating it needs (facts, copy fingerprint).</summary>
public readonly record struct AnalysedArticle(NewArticle Article, ArticleFacts Facts, CopyFingerprint Fingerprint);

/// <summary>
/// What ingest does to one read article before storing it, in one place for the embedded ingest and the queue
/// workers: the analysis, its JSON, the facts read from the very records the JSON is written from (without parsing
/// it again), and the copy fingerprint. Throws what the analysis throws; the caller reports it.
/// </summary>
public static class ArticleAnalysis
{
    public static AnalysedArticle Analyse(AnalysisPipeline pipeline, ArticleInput input, ArticleIdentity identity,
        PublicationDate? defaultPublished, Func<string, CopyFingerprint> fingerprint)
    {
        var meta = MetadataOf(input, defaultPublished);
        var doc = pipeline.Analyze(input.Text, meta);
        var analysis = AnalysisJsonMapping.FromDocument(doc);
        string json = AnalysisJsonWriter.ToJson(analysis);
        var facts = ArticleFacts.From(analysis);
        var article = new NewArticle(identity, meta.Url, meta.Title, meta.Published?.ToString(), meta.Publisher ?? doc.Source?.Publisher?.Id ?? doc.Source?.Publisher?.Name,
            meta.Author, meta.Location, doc.Text, json);
        return new AnalysedArticle(article, facts, fingerprint(doc.Text));
    }

    /// <summary>The input's metadata, dated <paramref name="defaultPublished"/> when it has no date.</summary>
    public static ArticleMetadata MetadataOf(ArticleInput input, PublicationDate? defaultPublished) =>
        input.Metadata.Published is null && defaultPublished is { } d ? input.Metadata with { Published = d } : input.Metadata;
}
