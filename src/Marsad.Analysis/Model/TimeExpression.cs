using Marsad.Text;

namespace Marsad.Analysis;

public enum TimeType : byte { DATE, TIME, DURATION, SET }

/// <summary>A temporal expression with its TIMEX3 type and value (2023-02-28, 2020-FA, P6M, PRESENT_REF…).</summary>
public sealed record TimeExpression(TextSpan Span, TimeType Type, string Value);
