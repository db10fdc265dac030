using Marsad.Text;

namespace Marsad.Analysis;

public enum EntityType : byte { PER, ORG, GPE, LOC, FAC, MISC }

/// <summary>One name occurrence as the tagger or gazetteer found it, before mentions are gathered into entities.</summary>
/// <param name="KbId">The knowledge-base entity it links to, if any.</param>
public sealed record Mention(TextSpan Span, EntityType Type, string? KbId);

/// <summary>One real-world entity of the article with every mention and nominal reference gathered.</summary>
/// <param name="Id">Document-local id ("e3").</param>
/// <param name="Name">Canonical English name when the knowledge base knows it; otherwise the best Arabic form.</param>
/// <param name="Country">The state a person or body belongs to or acts for (a KB id), when known.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    string NameAr,
    string? KbId,
    IReadOnlyList<TextSpan> Mentions,
    IReadOnlyList<TextSpan> References,
    string? Country = null);
