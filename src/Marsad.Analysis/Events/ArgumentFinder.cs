namespace Marsad.Analysis.Events;

/// <summary>
/// Assigns a trigger's actor and recipients from the parties of its sentence, by the Arabic word order a news
/// sentence uses: verb-subject-object («قصفت إسرائيل غزة»), a partner after مع, a pair after بين, a target after
/// على/ضد, a genitive after a noun trigger («هجوم طالبان»), an agent after بنيران/على يد for a victim noun («مقتل جنديين»).
/// </summary>
internal static class ArgumentFinder
{
    private const int Window = 8;

    private static readonly HashSet<string> s_relators = EventWords.Set("relators");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_agentMarkers = EventWords.Set("agent-markers").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string[] s_partner = EventWords.List("partner");
    private static readonly string[] s_pair = EventWords.List("pair");
    private static readonly string[] s_target = EventWords.List("target");

    public static void Assign(EventDraft d, WordKeys[] words, List<Party> parties, Party? speaker)
    {
        var m = d.Match;
        var frame = m.Entry.Frame;
        Party? subject = SubjectAfter(m.HeadEnd, words, parties);
        var partners = After(s_partner, m.HeadEnd, words, parties);
        var pair = After(s_pair, m.HeadEnd, words, parties);
        var target = After(s_target, m.HeadEnd, words, parties);
        Party? before = Before(m.Start, parties);
        // «تظاهر المتظاهرون» aside, the trigger can itself name its actors: «المتظاهرون»، «انتحاري».
        var self = parties.FirstOrDefault(p => p.Start < m.HeadEnd && p.End > m.Start && p.Role is AgentRole.Protester or AgentRole.Attacker);
        if (self is not null && (frame & TriggerFrame.Victim) == 0) d.AddActor(self);

        if ((frame & TriggerFrame.Speaker) != 0)
        {
            if (speaker is not null) d.AddActor(speaker);
            // «بأنّ الاتحاد الأوروبي يستغل…»: after أنّ the accused comes before the verb.
            var accused = subject ?? (before is not null && before != speaker ? before : null);
            if (accused is not null) d.AddRecipient(accused);
            return;
        }
        if ((frame & TriggerFrame.Victim) != 0)
        {
            var first = parties.FirstOrDefault(p => p.Start >= m.HeadEnd && p.Start < m.HeadEnd + 5 && !p.IsPlace);
            if (first is not null)
            {
                if (first.Role == AgentRole.Attacker) d.AddActor(first);
                else d.AddRecipient(first);
            }
            if (d.Actors.Count == 0 && AgentAfterMarker(words, parties) is { } agent) d.AddActor(agent);
            if (d.Actors.Count == 0 && before is { Role: AgentRole.Attacker }) d.AddActor(before);
            if (d.Actors.Count == 0 && target.Count > 0 && first is null) d.AddActor(before ?? target[0]);
            return;
        }
        bool reciprocal = (frame & TriggerFrame.Reciprocal) != 0;
        if ((frame & TriggerFrame.Nominal) != 0)
        {
            var genitive = parties.FirstOrDefault(p => p.Start >= m.HeadEnd && p.Start <= m.HeadEnd + 1 && !p.IsPlace
                                                       && !IsRelator(words, p.Start - 1));
            if (genitive is not null) d.AddActor(genitive);
            else if (reciprocal && pair.Count > 0) foreach (var p in pair) d.AddActor(p);
            else if (before is not null && self is null) d.AddActor(before);
        }
        else
        {
            if (subject is not null) d.AddActor(subject);
            else if (before is not null && self is null) d.AddActor(before);
        }
        if (reciprocal)
        {
            foreach (var p in partners) d.AddActor(p);
            foreach (var p in pair) if (d.Actors.Count == 0 || (frame & TriggerFrame.Nominal) != 0 && d.Actors.Count < 2) d.AddActor(p); else d.AddRecipient(p);
        }
        foreach (var p in target) d.AddRecipient(p);
        if (!reciprocal && d.Recipients.Count == 0 && subject is not null)
        {
            // Verb-subject-object: the next party after the subject, when nothing else separates them.
            var obj = parties.FirstOrDefault(p => p.Start >= subject.End && p.Start <= subject.End + 2 && !p.IsPlace);
            if (obj is not null) d.AddRecipient(obj);
        }
        foreach (var p in partners) if (!reciprocal) d.AddRecipient(p);
        if (d.Actors.Count == 0 && speaker is not null && InsideQuotation(words, m.Start)) d.AddActor(speaker);
    }

    /// <summary>The nearest party before a word, not a place, within the window.</summary>
    public static Party? Before(int word, List<Party> parties)
    {
        for (int i = parties.Count - 1; i >= 0; i--)
        {
            var p = parties[i];
            if (p.End > word) continue;
            if (word - p.End > Window + 4) return null;
            if (!p.IsPlace) return p;
        }
        return null;
    }

    /// <summary>The first party after the trigger in subject position: not a place and not introduced by a preposition.</summary>
    private static Party? SubjectAfter(int from, WordKeys[] words, List<Party> parties)
    {
        foreach (var p in parties)
        {
            if (p.Start < from) continue;
            // Verb-subject: the subject follows the verb closely; a name further on is an object or a complement.
            if (p.Start >= from + 3) return null;
            if (p.IsPlace || IsRelator(words, p.Start - 1)) continue;
            if (HasBreakBetween(words, from, p.Start)) return null;
            return p;
        }
        return null;
    }

    /// <summary>The parties after the first of <paramref name="relators"/> that has any (على, else ضد).</summary>
    private static List<Party> After(string[] relators, int from, WordKeys[] words, List<Party> parties)
    {
        foreach (var relator in relators)
        {
            var found = After(relator, from, words, parties);
            if (found.Count > 0) return found;
        }
        return [];
    }

    /// <summary>The parties right after a relator word (مع، بين، على) that follows the trigger, joined by و.</summary>
    private static List<Party> After(string relator, int from, WordKeys[] words, List<Party> parties)
    {
        var result = new List<Party>();
        for (int i = from; i < words.Length && i < from + Window + 2; i++)
        {
            if (HasBreakBetween(words, from, i)) break;
            if (words[i].Key != relator) continue;
            int at = i + 1;
            foreach (var p in parties)
            {
                if (p.Start < at) continue;
                if (p.Start > at + 1) break; // one word of leeway: «مع نظيره الأذربيجاني»
                result.Add(p);
                at = p.End;
                if (at < words.Length && words[at].IsPunctuation && words[at].Key == "،") at++;
                // «وأذربيجان»: the و is fused to the next party, which then starts right at `at`.
            }
            break;
        }
        return result;
    }

    private static Party? AgentAfterMarker(WordKeys[] words, List<Party> parties)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!words[i].AnyKeyIn(s_agentMarkers)) continue;
            var p = parties.FirstOrDefault(x => x.Start > i && x.Start <= i + 2);
            if (p is not null) return p;
        }
        return null;
    }

    private static bool IsRelator(WordKeys[] words, int i) => i >= 0 && i < words.Length && s_relators.Contains(words[i].Key);

    private static bool HasBreakBetween(WordKeys[] words, int from, int to)
    {
        for (int i = from; i < to && i < words.Length; i++)
            if (words[i].IsPunctuation && words[i].Key is ":" or "؛" or "." or "“" or "«" or "”" or "»") return true;
        return false;
    }

    /// <summary>Whether a word is inside a quotation opened earlier in the sentence.</summary>
    public static bool InsideQuotation(WordKeys[] words, int word)
    {
        int depth = 0;
        for (int i = 0; i < word && i < words.Length; i++)
        {
            if (!words[i].IsPunctuation) continue;
            string k = words[i].Key;
            if (k is "“" or "«") depth++;
            else if (k is "”" or "»") depth = Math.Max(0, depth - 1);
            else if (k == "\"") depth = depth == 0 ? 1 : 0;
        }
        return depth > 0;
    }
}
