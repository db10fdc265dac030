using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>A figure: its value, unit (person, USD, percent, km…), approximation (~ &gt; &lt; &gt;= &lt;=) and what is counted.</summary>
public sealed record Quantity(TextSpan Span, double Value, string Unit, string? Approx, string? Of);
