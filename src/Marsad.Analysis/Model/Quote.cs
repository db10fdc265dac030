using Marsad.Text;

namespace Marsad.Analysis;

public enum QuoteKind : byte { Direct, Indirect, Mixed, Headline }

/// <summary>Reported speech: the content span (without quotation marks), its speaker and the cue that reports it.</summary>
/// <param name="SpeakerId">An entity id of this analysis, or null for an unnamed speaker.</param>
/// <param name="SpeakerKind">"named", "anonymous" (مصدر مطلع) or null when unknown.</param>
public sealed record Quote(TextSpan Span, QuoteKind Kind, string? SpeakerId, TextSpan? Cue, string? SpeakerKind = null);
