using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>
/// Someone who can be an event's actor or recipient in one sentence: a named entity (mention or nominal reference), or
/// an unnamed group (المتظاهرون، مسلحون) possibly tied to a state by a nationality adjective.
/// </summary>
/// <param name="Start">First word index in the sentence.</param>
/// <param name="End">Word index after the party.</param>
/// <param name="EntityIds">The entities it stands for (several for «الأذربيجانية والأرمينية»); empty for an unnamed group.</param>
/// <param name="IsPlace">It follows «في»: a place, not a participant.</param>
internal sealed record Party(int Start, int End, TextSpan Span, IReadOnlyList<string> EntityIds, EntityType? Type, AgentRole Role, bool IsPlace);
