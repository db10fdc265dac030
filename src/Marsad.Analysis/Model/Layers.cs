using Marsad.Text;

namespace Marsad.Analysis;

// The span layers an analysis is made of. Each is written once, by one pipeline step, sorted by start.

/// <summary>A sentence of the body.</summary>
public readonly record struct Sentence(TextSpan Span);

/// <summary>A paragraph: one non-empty line of the body.</summary>
public readonly record struct Paragraph(TextSpan Span);

/// <summary>A subheading inside the body: a short line that introduces the paragraphs after it.</summary>
public readonly record struct Section(TextSpan Span);

/// <summary>A line that is not article prose: the credit line or a dateline naming the source.</summary>
public readonly record struct CreditLine(TextSpan Span);

/// <summary>
/// Outlet furniture inside the body, not article prose: «رابط الخبر بصحيفة …:» labels, share, print and comment
/// buttons, «اقرأ أيضا» lists, author-contact footers. A whole line of it is no paragraph; later steps skip it.
/// </summary>
public readonly record struct Boilerplate(TextSpan Span);
