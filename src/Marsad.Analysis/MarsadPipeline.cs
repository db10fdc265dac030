using Marsad.Analysis.Pipeline;
using Marsad.Analysis.Structure;
using Marsad.Knowledge.Outlets;

namespace Marsad.Analysis;

/// <summary>The standard per-article pipeline; build once and reuse for every article.</summary>
public static class MarsadPipeline
{
    /// <summary>The standard steps; <paramref name="tagger"/> replaces the shipped name tagger (a model under evaluation).</summary>
    public static PipelineBuilder CreateBuilder(Entities.INameTagger? tagger = null) =>
        new PipelineBuilder()
            .Add(new TokenizeStep())
            .Add(new StructureStep(OutletTable.Default))
            .Add(new Times.TimeStep())
            .Add(new Quantities.QuantityStep())
            .Add(new Entities.EntityStep(tagger: tagger ?? Ner.PerceptronNameTagger.Default))
            .Add(new Quotes.QuoteStep())
            .Add(new Events.EventStep());

    private static readonly Lazy<AnalysisPipeline> s_default = new(() => CreateBuilder().Build());

    public static AnalysisPipeline Default => s_default.Value;
}
