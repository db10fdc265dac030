using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>
/// Speech acts: what a quoted speaker demands, accuses, rejects or threatens is the speaker's act, as the annotation
/// codes it. The quote layer knows who speaks even when the clause does not name them — a cue verb with its subject
/// sentences before («وطالب بـ…»), a pronoun after the complementiser («قال شتاينتز إنه يرفض قول كيري»). The shallow
/// clause reader then takes the named party after the verb for its subject; here the speaker becomes the actor and
/// that party, when it is named, the one addressed or accused.
/// </summary>
internal static class SpeechActs
{
    private static readonly HashSet<string> s_types = new(StringComparer.Ordinal) { "REQUEST", "ACCUSE", "REJECT", "THREATEN" };

    // A complementiser whose pronoun is the subject of the clause after it: the speaker speaking of themselves
    // («إنه يرفض», «إننا نطالب»), folded. A complementiser with a name after it gives that name the clause instead.
    private static readonly HashSet<string> s_selfSubjects = new(
        ["انه", "انها", "اننا", "انهم", "انني", "اني", "انا", "بانه", "بانها", "باننا", "بانهم", "وانه", "وانها", "واننا"], StringComparer.Ordinal);

    /// <param name="overlapping">Indexes of the quotes that overlap the sentence.</param>
    public static void Apply(EventDraft d, WordKeys[] words, List<Party> parties, IReadOnlyList<Quote> quotes, List<int> overlapping, EntityLookup entities)
    {
        if (!s_types.Contains(d.Code.Type) || d.IntendedType is not null) return;
        var m = d.Match;
        var trigger = words[m.Start].Span;
        foreach (int qi in overlapping)
        {
            var q = quotes[qi];
            if (q.SpeakerId is null) continue;
            bool isCue = q.Cue is { } cue && cue.Start <= trigger.Start && trigger.End <= cue.End;
            bool selfClause = !isCue && q.Span.Start <= trigger.Start && trigger.End <= q.Span.End && SpeakerIsSubject(words, m.Start, q.Span);
            if (!isCue && !selfClause) continue;
            // The cue's own subject, when the clause names one, is the speaker already (or another party the quote
            // finder did not see) and stays; a cue with no named subject, or a clause of the speaker's own, takes
            // the speaker.
            if (!(isCue && d.Actors.Any(p => p.EntityIds.Count > 0)))
            {
                var speaker = parties.FirstOrDefault(p => p.EntityIds.Contains(q.SpeakerId) && !p.IsPlace) ?? Outside(q.SpeakerId, entities, trigger);
                if (speaker is null) return;
                var displaced = d.Actors.Where(p => !ReferenceEquals(p, speaker) && !p.EntityIds.Contains(q.SpeakerId)).ToList();
                d.Actors.Clear();
                d.AddActor(speaker);
                // The party the reader took for the subject after the verb is the one demanded of, accused or rejected.
                foreach (var p in displaced) if (p.EntityIds.Count > 0 && p.Start >= m.HeadEnd) d.AddRecipient(p);
            }
            // «واتهم جو بايدن أنقرة بأنها…», «وطالب الوزير إسرائيل بأن…»: the named party between the cue and what is
            // said, other than the speaker, is the one accused or addressed.
            // A title and a name of the speaker are two parties of one entity («نائب الرئيس الأميركي جو بايدن»).
            d.Recipients.RemoveAll(p => d.Actors.Any(a => a.EntityIds.Intersect(p.EntityIds).Any()));
            if (isCue && d.Recipients.All(p => p.EntityIds.Count == 0)
                && parties.FirstOrDefault(p => p.EntityIds.Count > 0 && !p.IsPlace && p.Span.Start >= trigger.End && p.Span.End <= q.Span.Start
                                               && !d.Actors.Any(a => a.EntityIds.Intersect(p.EntityIds).Any())) is { } addressed)
                d.AddRecipient(addressed);
            return;
        }
    }

    /// <summary>Between the quote's start and the trigger only a complementiser that carries the subject pronoun.</summary>
    private static bool SpeakerIsSubject(WordKeys[] words, int trigger, TextSpan quote)
    {
        int first = trigger;
        while (first > 0 && words[first - 1].Span.Start >= quote.Start) first--;
        int between = trigger - first;
        if (between == 0) return false;
        // «إنه يرفض», «إنه قد رفض»
        return s_selfSubjects.Contains(words[first].Key) && (between == 1 || between == 2 && words[first + 1].Key == "قد");
    }

    /// <summary>A speaker named outside the sentence: its last mention before the trigger stands for it.</summary>
    private static Party? Outside(string id, EntityLookup entities, TextSpan trigger)
    {
        if (entities.ById(id) is not { } e) return null;
        TextSpan? last = null;
        foreach (var s in e.Mentions.Concat(e.References))
            if (s.End <= trigger.Start && (last is null || s.Start > last.Value.Start)) last = s;
        if (last is null) return null;
        return new Party(-1, -1, last.Value, [e.Id], e.Type, AgentRole.Neutral, false);
    }
}
