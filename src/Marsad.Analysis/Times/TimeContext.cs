using Marsad.Text;

namespace Marsad.Analysis.Times;

/// <summary>What relative expressions resolve against.</summary>
/// <param name="Reference">The publication date (or a test's reference date); null leaves relative values unresolved.</param>
/// <param name="ReferenceTime">Time of day of the reference, when known (for «قبل 6 ساعات»).</param>
/// <param name="ResolveUnderspecified">
/// Whether a bare weekday («الثلاثاء») or a date without a year («2 أكتوبر») is placed on the calendar near the
/// reference. News wants that; TIMEX test suites that keep XXXX-WXX-2 and XXXX-10-02 do not.
/// </param>
internal sealed record TimeContext(DateOnly? Reference, TimeOnly? ReferenceTime = null, bool ResolveUnderspecified = true)
{
    public static TimeContext For(PublicationDate? published) => new(published?.Date, published?.Time);
}

/// <summary>A temporal expression found in text, before it becomes a layer record.</summary>
internal readonly record struct TimeMatch(TextSpan Span, TimeType Type, string Value);
