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

    public static void Assign(EventDraft d, WordKeys[] words, List<Party> parties, Party? speaker, ClauseReader clause, bool[] verbs, NisbaResolver? nisba = null)
    {
        AssignByOrder(d, words, parties, speaker, clause, verbs);
        if (nisba is not null && d.Actors.All(p => p.EntityIds.Count == 0) && StateAdjective(d, words, clause, nisba) is { } state)
            d.AddActor(state);
    }

    /// <summary>
    /// An event noun qualified by a nationality adjective names its actor's state: «غارة جوية إسرائيلية»، «الهجمات
    /// التركية»، «القصف السوري». One adjective of another kind may come between (جوية); the state is the article's.
    /// </summary>
    private static Party? StateAdjective(EventDraft d, WordKeys[] words, ClauseReader clause, NisbaResolver nisba)
    {
        var m = d.Match;
        bool nominal = (m.Entry.Frame & TriggerFrame.Nominal) != 0 || m.Definite || clause.IsVerbalNounForm(m.Start, m.KeyIndex);
        if (!nominal || (m.Entry.Frame & (TriggerFrame.Speaker | TriggerFrame.Victim)) != 0) return null;
        for (int j = m.HeadEnd; j < words.Length && j < m.HeadEnd + 2; j++)
        {
            if (words[j].IsPunctuation || words[j].Token.Kind != Marsad.Text.TokenKind.ArabicWord) return null;
            if (nisba.Resolve(words[j]) is { } id)
                return new Party(j, j + 1, words[j].Span, [id], EntityType.GPE, AgentRole.Neutral, false);
        }
        return null;
    }

    private static void AssignByOrder(EventDraft d, WordKeys[] words, List<Party> parties, Party? speaker, ClauseReader clause, bool[] verbs)
    {
        var m = d.Match;
        var frame = m.Entry.Frame;
        Party? subject = SubjectAfter(m.HeadEnd, words, parties);
        var partners = After(s_partner, m.HeadEnd, words, parties);
        var pair = After(s_pair, m.HeadEnd, words, parties);
        var target = After(s_target, m.HeadEnd, words, parties);
        // A party before the trigger that is the subject of another verb, after it or just before it (the one who
        // condemns, reports or welcomes: «أدان الأردن الهجوم», «الأردن أدان الهجوم»), is that verb's, not this event's.
        Party? before = Before(m.Start, parties) is { } b && !VerbBetween(verbs, b.End, m.Start) && !VerbBetween(verbs, Math.Max(0, b.Start - 2), b.Start) ? b : null;
        // «تظاهر المتظاهرون» aside, the trigger can itself name its actors: «المتظاهرون»، «انتحاري».
        var self = parties.FirstOrDefault(p => p.Start < m.HeadEnd && p.End > m.Start && p.Role is AgentRole.Protester or AgentRole.Attacker);
        bool victimFrame = (frame & TriggerFrame.Victim) != 0;
        if (self is not null && !victimFrame) d.AddActor(self);

        if ((frame & TriggerFrame.Speaker) != 0)
        {
            if (speaker is not null) d.AddActor(speaker);
            // «بأنّ الاتحاد الأوروبي يستغل…»: after أنّ the accused comes before the verb.
            var accused = subject ?? (before is not null && before != speaker ? before : null);
            if (accused is not null) d.AddRecipient(accused);
            return;
        }
        bool harm = d.Code.Type is "ASSAULT" or "COERCE";
        bool governed = clause.IsGovernedNoun(m.Start, m.KeyIndex);
        bool nominal = (frame & TriggerFrame.Nominal) != 0 || m.Definite || governed || victimFrame && clause.IsVictimNoun(m.Start)
                       || clause.IsVerbalNounForm(m.Start, m.KeyIndex);
        if (harm && nominal && (frame & (TriggerFrame.Nominal | TriggerFrame.Reciprocal | TriggerFrame.Victim)) == 0 && clause.LightVerbBefore(m.Start) < 0)
        {
            HarmNoun(d, words, parties, clause, before, governed);
            return;
        }
        if (harm && !nominal && self is null && (frame & TriggerFrame.Reciprocal) == 0)
        {
            HarmVerb(d, words, parties, clause, target);
            return;
        }
        if (victimFrame)
        {
            // «مقتل X»، «اغتيال X»، «بخطف X»: the phrase after the verbal noun is the victim.
            if (clause.PhraseAt(m.HeadEnd) is { } victim)
            {
                if (victim.Party.Role == AgentRole.Attacker && !victim.Counted && victim.Party.EntityIds.Count == 0 && !governed) d.AddActor(victim.Party);
                else d.AddRecipient(victim.Party);
            }
            if (d.Actors.Count == 0) AgentOfNoun(d, words, parties, clause, before, governed);
            if (d.Actors.Count == 0 && target.Count > 0 && d.Recipients.Count == 0) d.AddActor(before ?? target[0]);
            return;
        }
        bool reciprocal = (frame & TriggerFrame.Reciprocal) != 0;
        if (nominal)
        {
            var genitive = parties.FirstOrDefault(p => p.Start >= m.HeadEnd && p.Start <= m.HeadEnd + 1 && !p.IsPlace
                                                       && !IsRelator(words, p.Start - 1) && !AfterFusedLam(words, p));
            // «رفع الشكر لخادم الحرمين»: the party after a fused لـ is who the act is for, not who does it.
            if (genitive is null && d.Code.Type == "SUPPORT" && parties.FirstOrDefault(p => p.Start == m.HeadEnd && AfterFusedLam(words, p)) is { } dative)
                d.AddRecipient(dative);
            if (governed && (frame & TriggerFrame.Nominal) == 0 && clause.LightVerbBefore(m.Start) < 0)
            {
                // A verb's own verbal noun after the verb that governs it («توجه رودريغيز إلى الوزارة للقاء نظيره كيري»,
                // «طالب بالضغط على إسرائيل»): the governing clause's subject acts, the genitive is the object.
                if (Before(m.Start, parties) is { } governor && !VerbBetween(verbs, governor.End, WordBefore(words, m.Start))) d.AddActor(governor);
                if (genitive is not null) d.AddRecipient(genitive);
            }
            else if (governed && !reciprocal && clause.LightVerbBefore(m.Start) >= 0)
            {
                // «قام مسلحون بخطف نائب رئيس البلدية»: the light verb's subject acts, the genitive is the object.
                AgentOfNoun(d, words, parties, clause, before, governed);
                if (clause.PhraseAt(m.HeadEnd) is { } obj) d.AddRecipient(obj.Party);
            }
            else if (genitive is not null) d.AddActor(genitive);
            else if (reciprocal && pair.Count > 0) foreach (var p in pair) d.AddActor(p);
            if (d.Actors.Count == 0 && harm) AgentOfNoun(d, words, parties, clause, null, governed);
            if (d.Actors.Count == 0 && before is not null && self is null) d.AddActor(before);
        }
        else
        {
            bool inVerb = clause.SubjectInVerb(m.Start);
            // «تظاهر أمس عشرات من أعضاء حزب الغد»، «تجمع نحو 40 متظاهرا»: the counted phrase is the subject.
            if (subject is not null && subject.EntityIds.Count == 0 && clause.PhraseAt(subject.Start) is { } counted && counted.Party.End > subject.End)
                subject = counted.Party;
            // Verb first, nobody named: the phrase after the verb is its unnamed subject («ودعت المجموعة إلى…»).
            if (subject is null && !inVerb && clause.PhraseAt(m.HeadEnd) is { } post
                && (post.Counted || post.Party.Role != AgentRole.Neutral || post.Party.EntityIds.Count > 0 || clause.OpensClause(m.Start)))
                subject = post.Party;
            if (subject is not null) d.AddActor(subject);
            else if (inVerb && clause.PhraseBefore(m.Start) is { } pre && clause.OpensClause(pre.Party.Start)) d.AddActor(pre.Party);
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
            // Verb-subject-object: the next party after the subject and the parties joined to it by و («ودعا حاكما
            // بورنو ويوبي السلطات النيجيرية»: Yobe is a subject too, the authorities are the object), when nothing
            // else separates them.
            int subjects = Conjuncts.EndOfChain(subject, words, parties, verbs, m);
            var obj = parties.FirstOrDefault(p => p.Start >= subjects && p.Start <= subjects + 2 && !p.IsPlace);
            // «استقبل الوزير أمس رئيس الجمعية القاضي مرشد العرشاني»: a named object after adverbs of time and titles.
            obj ??= clause.PhraseAt(subjects) is { Party: { EntityIds.Count: > 0, Type: EntityType.PER } named } ? named : null;
            if (obj is not null) d.AddRecipient(obj);
        }
        foreach (var p in partners) if (!reciprocal) d.AddRecipient(p);
        if (!reciprocal && d.Recipients.Count == 0) TargetPhrase(d, words, clause);
        // A protest that acts on something: «حطموا مقر الحزب»، «ورشق المتظاهرون قوات مكافحة الشغب».
        if (d.Code.Type == "PROTEST" && !nominal && d.Recipients.Count == 0
            && clause.PhraseAt(subject?.End ?? (clause.SubjectInVerb(m.Start) ? m.HeadEnd : int.MaxValue)) is { } acted
            && acted.Party.Role != AgentRole.Protester && !d.Actors.Contains(acted.Party))
            d.AddRecipient(acted.Party);
        if (d.Code.Type == "PROTEST" && d.Recipients.Count == 0 && clause.ProtestTarget(m.HeadEnd) is { } protested && !d.Actors.Contains(protested))
            d.AddRecipient(protested);
        if (d.Actors.Count == 0 && speaker is not null && InsideQuotation(words, m.Start)) d.AddActor(speaker);
        // CAMEO codes a visit with the visited state as its recipient: «زيارة إلى واشنطن», «في زيارته الى كينيا». The
        // destination is a place for the event's place, and the host for its parties.
        if (d.Code.Cameo == "042" && d.Recipients.Count == 0 && Destination(m.HeadEnd, words, parties) is { } host && !d.Actors.Contains(host))
            d.AddRecipient(host);
    }

    /// <summary>The named party right after إلى within the window after a trigger: where a visit goes.</summary>
    private static Party? Destination(int from, WordKeys[] words, List<Party> parties)
    {
        for (int i = from; i < words.Length && i < from + Window; i++)
        {
            if (HasBreakBetween(words, from, i)) return null;
            if (words[i].Key != "الي") continue;
            return parties.FirstOrDefault(p => p.Start == i + 1 && p.EntityIds.Count > 0);
        }
        return null;
    }

    /// <summary>
    /// A verb of attack, killing or arrest: subject-verb-object or verb-subject-object, a subject inside the verb
    /// (قتلوا), and the passive readings that make the phrase the victim (a passive form, or a counted phrase:
    /// «قتل 150 مدنيا», «11 مدنيا قتلوا»).
    /// </summary>
    private static void HarmVerb(EventDraft d, WordKeys[] words, List<Party> parties, ClauseReader clause, List<Party> target)
    {
        var m = d.Match;
        bool passive = clause.IsPassive(m.Start);
        bool inVerb = clause.SubjectInVerb(m.Start);
        // «قوات الأمن الإيرانية التي هاجمت المصلى»: after a relative pronoun the antecedent is the subject.
        bool relative = clause.AfterRelative(m.Start);
        var pre = relative ? clause.PhraseBefore(m.Start - 1) : clause.PhraseBefore(m.Start);
        bool svo = pre is not null && (relative || clause.OpensClause(pre.Value.Party.Start));
        if (svo)
        {
            var p = pre!.Value;
            if (passive || p.Counted && p.Party.EntityIds.Count == 0) d.AddRecipient(p.Party);
            else d.AddActor(p.Party);
        }
        if (!passive && !inVerb && !svo && clause.PhraseAt(m.HeadEnd) is { } post)
        {
            // Verb first: the phrase after the verb is its subject, unless it is counted (a passive: «قتل 4 جنود»).
            if (post.Counted && post.Party.EntityIds.Count == 0 || post.Party.Role == AgentRole.Victim) d.AddRecipient(post.Party);
            else
            {
                d.AddActor(post.Party);
                if (clause.PhraseAt(post.Party.End) is { } obj) d.AddRecipient(obj.Party);
            }
        }
        else if (d.Recipients.Count == 0 && clause.PhraseAt(m.HeadEnd) is { } obj)
            d.AddRecipient(obj.Party);
        foreach (var p in target) d.AddRecipient(p);
        if (d.Recipients.Count == 0) TargetPhrase(d, words, clause);
        if (d.Actors.Count == 0) AgentOfNoun(d, words, parties, clause, null, governed: false);
        if (d.Actors.Count == 0 && inVerb && !svo && Before(m.Start, parties) is { } earlier && !d.Recipients.Contains(earlier))
            d.AddActor(earlier); // an elided subject: the one who acted earlier in the sentence («اقتحم مسلحون… وخطفوا»)
    }

    /// <summary>
    /// The verbal noun of a verb of attack or arrest («احتلال العراق للكويت», «اعتقال خالد», «استهداف المصلين»): the
    /// genitive is the object, unless a party after لـ follows it, which makes the genitive the subject; the agent
    /// otherwise comes from a marker, a relative light verb, or the clause that governs the noun.
    /// </summary>
    private static void HarmNoun(EventDraft d, WordKeys[] words, List<Party> parties, ClauseReader clause, Party? before, bool governed)
    {
        var m = d.Match;
        var genitive = clause.PhraseAt(m.HeadEnd);
        if (genitive is { } g)
        {
            int after = g.Party.End;
            var lam = after < words.Length && words[after].Key.StartsWith('ل') && words[after].KeyCount > 1
                ? parties.FirstOrDefault(p => p.Start == after && !p.IsPlace) : null;
            if (lam is not null) { d.AddActor(g.Party); d.AddRecipient(lam); return; }
            d.AddRecipient(g.Party);
        }
        AgentOfNoun(d, words, parties, clause, before, governed);
        if (d.Actors.Count == 0 && governed && before is not null && !d.Recipients.Contains(before)) d.AddActor(before);
    }

    /// <summary>
    /// The agent of an event noun or a passive: after على يد، بنيران، من قبل; after a relative light verb («شنّه
    /// متمردون»); the subject of the light verb that governs it («قام مسلحون بخطف»); an attacker just before it.
    /// </summary>
    private static void AgentOfNoun(EventDraft d, WordKeys[] words, List<Party> parties, ClauseReader clause, Party? before, bool governed)
    {
        var m = d.Match;
        if (AgentAfterMarker(m, words, parties, clause) is { } marked) { d.AddActor(marked); return; }
        if (clause.AgentVerbAfter(m.HeadEnd) is { } agent) { d.AddActor(agent); return; }
        if (governed && clause.LightVerbBefore(m.Start) is int lv and >= 0)
        {
            var subject = clause.PhraseAt(lv + 1) is { } after && after.Party.End <= m.Start ? after.Party
                : clause.PhraseBefore(lv) is { } pre && clause.OpensClause(pre.Party.Start) ? pre.Party : null;
            if (subject is not null && !d.Recipients.Contains(subject)) { d.AddActor(subject); return; }
        }
        if (before is { Role: AgentRole.Attacker }) d.AddActor(before);
    }

    /// <summary>A target after على/ضد that is no known party: «أطلقوا النار على رئيس تيمور الشرقية».</summary>
    private static void TargetPhrase(EventDraft d, WordKeys[] words, ClauseReader clause)
    {
        var m = d.Match;
        for (int i = m.HeadEnd; i < words.Length && i < m.HeadEnd + Window + 2; i++)
        {
            if (HasBreakBetween(words, m.HeadEnd, i)) return;
            if (Array.IndexOf(s_target, words[i].Key) < 0) continue;
            if (clause.PhraseAt(i + 1) is { } p && !d.Actors.Contains(p.Party)) d.AddRecipient(p.Party);
            return;
        }
    }

    /// <summary>The index of the governing verb's word: the word before a verbal noun (or before its preposition).</summary>
    private static int WordBefore(WordKeys[] words, int noun) =>
        noun > 1 && words[noun - 1].Key is "في" or "علي" or "من" or "عن" ? noun - 2 : noun - 1;

    private static bool VerbBetween(bool[] verbs, int from, int to)
    {
        for (int i = from; i < to && i < verbs.Length; i++) if (verbs[i]) return true;
        return false;
    }

    /// <summary>Whether a party's first word carries a fused لـ before the name («لخادم الحرمين», «لمصر»).</summary>
    private static bool AfterFusedLam(WordKeys[] words, Party p)
    {
        var w = words[p.Start];
        int fused = p.Span.Start - w.Span.Start;
        return fused > 0 && w.Key.StartsWith('ل') || fused > 1 && w.Key.StartsWith("ول", StringComparison.Ordinal);
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

    private static Party? AgentAfterMarker(TriggerMatch m, WordKeys[] words, List<Party> parties, ClauseReader clause)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!words[i].AnyKeyIn(s_agentMarkers)) continue;
            // «أصيبوا بعدما نفذت القوات ضربة إثر تعرضها لإطلاق نار من جانب عناصر…»: the marker names the agent of the
            // act nearest before it (the shooting), not of an act further back.
            if (clause.ActBetween(i > m.Start ? m.HeadEnd - 1 : m.Start, i)) continue;
            // «من قبل»، «من جانب»: قبل and جانب are markers only after من («قبل ظهر امس» is a time, «على جانب» a side).
            if (words[i].Bare is "قبل" or "جانب" && (words[i].Key is not ("قبل" or "جانب") || i == 0 || words[i - 1].Key != "من")) continue;
            var p = parties.FirstOrDefault(x => x.Start > i && x.Start <= i + 2) ?? clause.PhraseAt(i + 1)?.Party;
            if (p is not null && !p.IsPlace) return p;
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
