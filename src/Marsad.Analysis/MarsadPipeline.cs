using Marsad.Analysis.Pipeline;
using Marsad.Analysis.Structure;
using Marsad.Knowledge.Outlets;

namespace Marsad.Analysis;

/// <summary>The standard per-article pipeline; build once and reuse for every article.</summary>
public static class MarsadPipeline
{
    public static PipelineBuilder CreateBuilder() =>
        new PipelineBuilder()
            .Add(new TokenizeStep())
            .Add(new StructureStep(OutletTable.Default))
            .Add(new Times.TimeStep())
            .Add(new Quantities.QuantityStep())
            .Add(new Entities.EntityStep(tagger: Ner.PerceptronNameTagger.Default))
            .Add(new Quotes.QuoteStep())
            .Add(new Events.EventStep());

    private static readonly Lazy<AnalysisPipeline> s_default = new(() => CreateBuilder().Build());

    public static AnalysisPipeline Default => s_default.Value;
}
