using Marsad.Analysis.Pipeline;
using Marsad.Analysis.Structure;
using Marsad.Knowledge.Outlets;

namespace Marsad.Corpus.Tests.Relations;

public static class RelationsPipeline
{
    /// <summary>Tokenizer, the structure step (credit lines and datelines) and the test entity/quote/event layers.</summary>
    public static AnalysisPipeline Create() =>
        new PipelineBuilder().Add(new TokenizeStep()).Add(new StructureStep(OutletTable.Default)).Add(new TestLayersStep()).Build();
}
