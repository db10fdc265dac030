using Marsad.Analysis.Pipeline;

namespace Marsad.Analysis.Times;

/// <summary>
/// The TimeExpression layer: dates, times, durations and sets, resolved against the publication date. Reads the folded
/// text from the words layer (built here when no tokenize step ran, so the step also runs alone). A credit line is no
/// time: «عين اليوم – متابعات» names the outlet, not today.
/// </summary>
public sealed class TimeStep : IAnalysisStep
{
    public string Name => "times";
    public IReadOnlyList<Type> Requires => [];
    public IReadOnlyList<Type> Optional => [typeof(ArticleWords), typeof(Marsad.Text.Token), typeof(CreditLine)];
    public IReadOnlyList<Type> Produces => [typeof(TimeExpression)];

    public void Run(Document document)
    {
        var found = TimeRecognizer.Recognize(document.Text, ArticleWords.Of(document).FullText, TimeContext.For(document.Metadata.Published));
        var credits = new Marsad.Text.TextCoverage(document.Text.Length, document.Layer<CreditLine>().Select(c => c.Span));
        document.SetLayer(found.Where(t => !(credits.Contains(t.Span.Start) && credits.Contains(t.Span.End - 1)))
            .Select(t => new TimeExpression(t.Span, t.Type, t.Value)).ToArray());
    }
}
