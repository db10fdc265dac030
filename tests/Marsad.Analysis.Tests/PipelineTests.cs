using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Analysis.Tests;

public class PipelineTests
{
    private sealed class Needs<T>(string name) : IAnalysisStep
    {
        public string Name => name;
        public IReadOnlyList<Type> Requires => [typeof(T)];
        public IReadOnlyList<Type> Optional => [];
        public IReadOnlyList<Type> Produces => [];
        public void Run(Document document) { }
    }

    [Fact]
    public void A_step_that_needs_a_layer_nobody_produced_earlier_is_refused_at_build()
    {
        var builder = new PipelineBuilder().Add(new Needs<Token>("reader")).Add(new TokenizeStep());
        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("'reader' requires the Token layer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layer_is_written_once()
    {
        var doc = new Document("نص");
        doc.SetLayer<Sentence>([]);
        Assert.Throws<InvalidOperationException>(() => doc.SetLayer<Sentence>([]));
    }

    [Fact]
    public void Crlf_becomes_lf_and_nothing_else_changes()
    {
        var doc = new Document("سطر أول\r\nسطر  ثانٍ\rسطر ثالث ");
        Assert.Equal("سطر أول\nسطر  ثانٍ\nسطر ثالث ", doc.Text);
    }

    [Fact]
    public void Default_pipeline_spans_point_into_the_original_text()
    {
        const string text = "وقال لافروف: «نحن مستعدون».\nالمصدر: رويترز";
        var doc = MarsadPipeline.Default.Analyze(text);
        foreach (var t in doc.Layer<Token>()) Assert.InRange(t.End, t.Start + 1, text.Length);
        Assert.Equal("وقال لافروف: «نحن مستعدون».", doc.Layer<Sentence>()[0].Span.Slice(text));
    }

    [Fact]
    public void Ligatures_that_fold_into_whole_phrases_do_not_break_any_step()
    {
        // ﷺ folds into «صلى الله عليه وسلم» (18 letters from one character); ﷽ into the basmala.
        const string text = "﷽\nوقال النبي ﷺ: «إنما الأعمال بالنيات»، كما روى عمر بن الخطاب ﵁ في المدينة.";
        var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = new PublicationDate(new DateOnly(2015, 7, 31), null) });
        Assert.Equal(text, doc.Text);
        Assert.NotEmpty(doc.Layer<Marsad.Text.Token>());
    }
}
