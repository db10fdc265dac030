using Marsad.Tests;
using Marsad.Text;

namespace Marsad.Analysis.Tests;

/// <summary>
/// An article repeated many times over in one text is analysed copy by copy alike: each copy holds the figures,
/// times and quotes of the article alone, at its own offsets (names are not compared: one sense per article lets a
/// later copy's evidence support a name in the first). The lookups that keep analysis linear in the text's length
/// (coverage sets, sentence groups, indexes by offset) must answer for the sixtieth copy what a scan would.
/// </summary>
public sealed class LongArticleTests
{
    private const int Copies = 60;

    [Fact]
    public void Every_copy_of_a_repeated_article_has_the_figures_times_and_quotes_of_the_article_alone()
    {
        string article = File.ReadAllText(SharedData.Sample("ar-sample-01.txt")).Trim();
        var one = MarsadPipeline.Default.Analyze(article);
        var many = MarsadPipeline.Default.Analyze(string.Join("\n\n", Enumerable.Repeat(article, Copies)));
        int stride = article.Length + 2;

        Assert.NotEmpty(one.Layer<Quantity>());
        Assert.NotEmpty(one.Layer<Quote>());
        Assert.NotEmpty(one.Layer<TimeExpression>());
        Assert.Equal(Shifted(one.Layer<Quantity>().Select(q => (q.Span, $"{q.Value} {q.Unit} {q.Approx}"))), many.Layer<Quantity>().Select(q => (q.Span, $"{q.Value} {q.Unit} {q.Approx}")));
        Assert.Equal(Shifted(one.Layer<TimeExpression>().Select(t => (t.Span, $"{t.Type} {t.Value}"))), many.Layer<TimeExpression>().Select(t => (t.Span, $"{t.Type} {t.Value}")));
        Assert.Equal(Shifted(one.Layer<Quote>().Select(q => (q.Span, q.Kind.ToString()))), many.Layer<Quote>().Select(q => (q.Span, q.Kind.ToString())));

        IEnumerable<(TextSpan, string)> Shifted(IEnumerable<(TextSpan Span, string What)> facts) =>
            Enumerable.Range(0, Copies).SelectMany(k => facts.Select(f => (new TextSpan(f.Span.Start + k * stride, f.Span.Length), f.What)));
    }
}
