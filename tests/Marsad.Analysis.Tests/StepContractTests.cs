using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Analysis.Tests;

/// <summary>While a step runs in a pipeline, the document holds it to what it declares it reads and writes.</summary>
public class StepContractTests
{
    /// <summary>A step that does whatever it is given, declaring only what it is told to.</summary>
    private sealed class Probe(string name, Action<Document> run, Type[]? requires = null, Type[]? optional = null, Type[]? produces = null) : IAnalysisStep
    {
        public string Name => name;
        public IReadOnlyList<Type> Requires => requires ?? [];
        public IReadOnlyList<Type> Optional => optional ?? [];
        public IReadOnlyList<Type> Produces => produces ?? [];
        public void Run(Document document) => run(document);
    }

    private static InvalidOperationException Fails(params IAnalysisStep[] steps)
    {
        var builder = new PipelineBuilder();
        foreach (var s in steps) builder.Add(s);
        var pipeline = builder.Build();
        return Assert.Throws<InvalidOperationException>(() => pipeline.Analyze("قال الوزير إن الاجتماع انتهى."));
    }

    [Fact]
    public void Reading_a_layer_the_step_does_not_declare_fails_naming_the_step_and_the_layer()
    {
        var e = Fails(new TokenizeStep(), new Probe("peek", d => d.Layer<Sentence>()));
        Assert.Contains("'peek'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Sentence layer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_whether_an_undeclared_layer_exists_is_a_read_too()
    {
        var e = Fails(new TokenizeStep(), new Probe("peek", d => d.HasLayer<Token>()));
        Assert.Contains("'peek' read the Token layer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_a_layer_the_step_does_not_declare_fails()
    {
        var e = Fails(new Probe("scribble", d => d.SetLayer<Paragraph>([]), produces: [typeof(Section)]));
        Assert.Contains("'scribble' wrote the Paragraph layer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_standard_pipeline_holds_an_added_step_to_its_contract()
    {
        var pipeline = MarsadPipeline.CreateBuilder().Add(new Probe("late", d => d.Layer<Quote>(), requires: [typeof(Entity)])).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Analyze("قال الوزير إن الاجتماع انتهى."));
        Assert.Contains("'late' read the Quote layer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_reads_and_writes_pass_and_an_optional_layer_nobody_wrote_reads_as_empty()
    {
        int tokens = -1, quotes = -1;
        var pipeline = new PipelineBuilder()
            .Add(new TokenizeStep())
            .Add(new Probe("count", d =>
            {
                tokens = d.Layer<Token>().Count;
                quotes = d.Layer<Quote>().Count;
                d.SetLayer<Paragraph>([new Paragraph(new TextSpan(0, 3))]);
                _ = d.Layer<Paragraph>(); // a step may read back what it wrote
            }, requires: [typeof(Token)], optional: [typeof(Quote)], produces: [typeof(Paragraph)]))
            .Build();
        var doc = pipeline.Analyze("قال الوزير إن الاجتماع انتهى.");
        Assert.Equal(6, tokens);
        Assert.Equal(0, quotes);
        Assert.Single(doc.Layer<Paragraph>());
    }

    [Fact]
    public void After_a_run_and_after_a_failed_step_any_code_may_read_the_document()
    {
        var doc = new Document("قال الوزير إن الاجتماع انتهى.");
        var pipeline = new PipelineBuilder().Add(new TokenizeStep()).Add(new Probe("peek", d => d.Layer<Sentence>())).Build();
        Assert.Throws<InvalidOperationException>(() => pipeline.Analyze(doc));
        Assert.Single(doc.Layer<Sentence>());
        Assert.False(doc.HasLayer<Quote>());
        doc.SetLayer<Quote>([]); // outside a run, writing is the caller's business (a document rebuilt from storage)
    }

    [Fact]
    public void An_optional_read_of_a_layer_a_later_step_writes_is_refused_at_build()
    {
        var builder = new PipelineBuilder()
            .Add(new Probe("early", _ => { }, optional: [typeof(Token)]))
            .Add(new TokenizeStep());
        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("'early' reads the Token layer, which step 'tokenize' produces", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_layer_no_step_writes_can_come_with_the_document()
    {
        int seen = -1;
        var pipeline = new PipelineBuilder().Add(new Probe("reader", d => seen = d.Layer<Entity>().Count, optional: [typeof(Entity)])).Build();
        var doc = new Document("نص");
        doc.SetLayer<Entity>([new Entity("e1", EntityType.PER, "x", "x", null, [], [])]);
        pipeline.Analyze(doc);
        Assert.Equal(1, seen);
    }
}
