namespace Marsad.Analysis.Events;

/// <summary>
/// Coordinated parties act together: «اتفق تسيبراس وهولاند», «ودعا حاكما بورنو ويوبي», «يكسر الحوثيون وعلي عبدالله
/// صالح الهدنة». The clause reader takes the first conjunct; every named party joined to it by و, with at most two
/// title words between («ونظيره الكوبي برونو رودريغيز»), is an actor (or recipient) too.
/// </summary>
internal static class Conjuncts
{
    private const int MaxTitleWords = 2;

    public static void Add(EventDraft d, WordKeys[] words, List<Party> parties, bool[] verbs)
    {
        Extend(d.Actors, d, words, parties, verbs, actor: true);
        Extend(d.Recipients, d, words, parties, verbs, actor: false);
    }

    private static void Extend(List<Party> role, EventDraft d, WordKeys[] words, List<Party> parties, bool[] verbs, bool actor)
    {
        for (int r = 0; r < role.Count; r++)
        {
            var p = role[r];
            if (p.EntityIds.Count == 0 || p.IsPlace) continue;
            var next = Next(p, words, parties, verbs, d.Match);
            if (next is null || d.Actors.Contains(next)) continue;
            // The subject's conjunct read as the object after it («اتفق تسيبراس وهولاند») is a subject too.
            if (actor) d.AddActor(next);
            else d.AddRecipient(next);
        }
    }

    /// <summary>
    /// Where the coordination that <paramref name="p"/> opens ends: after the last named party joined to it by و
    /// («حاكما بورنو ويوبي»), or after <paramref name="p"/> itself. A verb's object comes after all its subjects.
    /// </summary>
    public static int EndOfChain(Party p, WordKeys[] words, List<Party> parties, bool[] verbs, TriggerMatch trigger)
    {
        int end = p.End;
        // Each conjunct starts after the one before, so the chain is at most as long as the parties that follow.
        for (var q = p; q.EntityIds.Count > 0 && !q.IsPlace && Next(q, words, parties, verbs, trigger) is { } next; q = next)
            end = next.End;
        return end;
    }

    /// <summary>The named party joined to <paramref name="p"/> by و right after it, if any.</summary>
    private static Party? Next(Party p, WordKeys[] words, List<Party> parties, bool[] verbs, TriggerMatch trigger)
    {
        int and = p.End;
        if (and >= words.Length || !StartsWithAnd(words[and])) return null;
        foreach (var q in parties)
        {
            if (q.Start < and) continue;
            if (q.Start > and + MaxTitleWords) return null;
            if (q.EntityIds.Count == 0 || q.IsPlace) return null;
            for (int i = and; i < q.Start; i++)
                if (verbs[i] || words[i].IsPunctuation || i >= trigger.Start && i < trigger.HeadEnd) return null;
            if (q.Start > and && !StartsWithAnd(words[and])) return null;
            return q;
        }
        return null;
    }

    // «وهولاند»، «ويوبي»: و fused as a proclitic (the word has a stripped reading), or the bare word و.
    private static bool StartsWithAnd(WordKeys w) => w.Key == "و" || w.Key.Length > 2 && w.Key[0] == 'و' && w.KeyCount > 1;
}
