using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>A news outlet or agency named as publisher or origin.</summary>
/// <param name="Id">The outlet's id in the outlet table, or null when it is not listed.</param>
public sealed record Party(string Name, string NameAr, TextSpan? Span, string? Id = null);

/// <summary>Who published this copy, and whose article it is when republished.</summary>
public sealed record SourceChain(Party? Publisher, Party? Origin);
