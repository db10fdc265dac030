using Marsad.Analysis;
using Marsad.Analysis.Pipeline;
using Marsad.Analysis.Structure;
using Marsad.Knowledge.Outlets;

namespace Marsad.Corpus.Copies;

/// <summary>Who published an article, whose it says it is, and when: what syndication needs of each copy.</summary>
/// <param name="Publisher">Outlet id (or the record's own code) of the copy.</param>
/// <param name="CreditedOrigin">Outlet id named as the origin by a credit line or dateline («الرياض - واس»).</param>
public sealed record SyndicationSource(string? Publisher, string? CreditedOrigin, DateTime? Published, int Words)
{
    private static readonly Lazy<AnalysisPipeline> s_structure = new(() =>
        new PipelineBuilder().Add(new TokenizeStep()).Add(new StructureStep(OutletTable.Default)).Build());

    /// <summary>Reads the source chain with the structure step (credit lines and datelines) of Marsad.Analysis.</summary>
    public static SyndicationSource Of(string text, ArticleMetadata metadata, int words)
    {
        var doc = s_structure.Value.Analyze(text, metadata);
        return From(doc, words);
    }

    /// <summary>From an analysed document (any pipeline that ran the structure step).</summary>
    public static SyndicationSource From(Document doc, int words)
    {
        string? publisher = doc.Source?.Publisher?.Id ?? doc.Metadata.Publisher;
        string? origin = doc.Source?.Origin?.Id;
        DateTime? when = doc.Metadata.Published is { } p ? p.Date.ToDateTime(p.Time ?? TimeOnly.MinValue) : null;
        return new SyndicationSource(publisher, origin, when, words);
    }
}
