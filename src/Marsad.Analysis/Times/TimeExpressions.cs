namespace Marsad.Analysis.Times;

/// <summary>The time expressions of a short text outside the pipeline (a headline), read as the time layer reads an
/// article's: relative ones («غداً», «شهر يوليو») resolved against the publication date.</summary>
public static class TimeExpressions
{
    public static IReadOnlyList<TimeExpression> Find(string text, DateOnly? published) =>
        [.. TimeRecognizer.Recognize(text, new TimeContext(published)).Select(m => new TimeExpression(m.Span, m.Type, m.Value))];
}
