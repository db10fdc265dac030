using Marsad.Analysis.Pipeline;

namespace Marsad.Analysis.Times;

/// <summary>
/// The TimeExpression layer: dates, times, durations and sets, resolved against the publication date. Reads the folded
/// text from the words layer (built here when no tokenize step ran, so the step also runs alone).
/// </summary>
public sealed class TimeStep : IAnalysisStep
{
    public string Name => "times";
    public IReadOnlyList<Type> Requires => [];
    public IReadOnlyList<Type> Optional => [typeof(ArticleWords), typeof(Marsad.Text.Token)];
    public IReadOnlyList<Type> Produces => [typeof(TimeExpression)];

    public void Run(Document document)
    {
        var found = TimeRecognizer.Recognize(document.Text, ArticleWords.Of(document).FullText, TimeContext.For(document.Metadata.Published));
        document.SetLayer(found.Select(t => new TimeExpression(t.Span, t.Type, t.Value)).ToArray());
    }
}
