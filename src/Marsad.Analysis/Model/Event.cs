using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>Who did what to whom, coded in PLOVER and grounded in its sentence.</summary>
/// <param name="Type">PLOVER category: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.</param>
/// <param name="TimeIndex">Index into the analysis' times, or null for the publication date.</param>
/// <param name="Aux">historical, future, intended (an offer or intention: مستعدة لـ، تنوي), hypothetical or negated; null for a plain reported event.</param>
/// <param name="ActorStates">The states the actors act for, as entity ids (a person may stand for a state).</param>
/// <param name="Cameo">The CAMEO code the event was coded with, before translation to PLOVER.</param>
/// <param name="ActorSpans">Where each actor is named in the sentence, including unnamed ones (المتظاهرون، مسلحون).</param>
/// <param name="RecipientSpans">Where each recipient is named in the sentence, including unnamed ones.</param>
public sealed record Event(
    string Type,
    string? Mode,
    IReadOnlyList<string> Context,
    IReadOnlyList<string> Actor,
    IReadOnlyList<string> Recipient,
    string? Place,
    int? TimeIndex,
    TextSpan Evidence,
    TextSpan Trigger,
    string? Aux,
    IReadOnlyList<string>? ActorStates = null,
    string? Cameo = null,
    IReadOnlyList<TextSpan>? ActorSpans = null,
    IReadOnlyList<TextSpan>? RecipientSpans = null);
