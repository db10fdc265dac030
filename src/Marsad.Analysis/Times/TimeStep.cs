using Marsad.Analysis.Pipeline;

namespace Marsad.Analysis.Times;

/// <summary>
/// The TimeExpression layer: dates, times, durations and sets, resolved against the publication date. Reads the folded
/// text from the words layer (built here when no tokenize step ran, so the step also runs alone). A credit line is no
/// time: «عين اليوم – متابعات» names the outlet, not today; a date written with digits in it is the dateline's date
/// («عين اليوم – لندن 6 أغسطس»).
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
        document.SetLayer(found.Where(t => !(credits.Contains(t.Span.Start) && credits.Contains(t.Span.End - 1)) || HasDigit(document.Text, t))
            .Select(t => new TimeExpression(t.Span, t.Type, t.Value)).ToArray());
    }

    private static bool HasDigit(string text, TimeMatch t) => text.AsSpan(t.Span.Start, t.Span.Length).IndexOfAnyInRange('0', '9') >= 0
        || text.AsSpan(t.Span.Start, t.Span.Length).IndexOfAnyInRange('\u0660', '\u0669') >= 0;
}
