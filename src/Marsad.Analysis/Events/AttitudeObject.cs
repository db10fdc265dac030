namespace Marsad.Analysis.Events;

/// <summary>
/// The recipient of a condemnation, a welcome, praise or a refusal whose object is someone's act: the one who does
/// that act. «أدان المجلس استمرار الاعتداءات الإسرائيلية على المسجد» condemns Israel, not the mosque; «رحب الوزير
/// بالضربات التركية على مواقع التنظيم» welcomes Turkey's doing, and the positions struck belong to the strikes; «رفضت
/// الحكومة الاقتراح الإيراني» refuses Iran. The doer is a nationality adjective on the object noun, a named genitive
/// right after it («بجهود مصر», «عن حق تركيا») unless the noun is itself an attack or an arrest (whose genitive is its
/// victim: «استهداف السفارة»), or the agent after «من قبل»/«من جانب» («التصريحات العدائية من قبل المسؤولين الإيرانيين»).
/// The parties the clause reader found inside the object after the noun (the target after على) are the act's, not the
/// attitude's, and leave the recipients. Nothing is done when the trigger has a named direct object of its own.
/// </summary>
internal static class AttitudeObject
{
    // How far after the object's head a nationality adjective or «من قبل» may stand: «استمرار الاعتداءات الإسرائيلية».
    private const int Reach = 3;

    public static void Assign(EventDraft d, WordKeys[] words, List<Party> parties, ClauseReader clause, NisbaResolver nisba, List<TriggerMatch> matches)
    {
        if (d.Code.Type is not ("ACCUSE" or "SUPPORT" or "REJECT") || d.IntendedType is not null) return;
        var m = d.Match;
        int head = HeadOfObject(d, words, clause, nisba);
        if (head < 0 || head >= words.Length) return;
        // A name where the object stands is the direct object, which the clause reader has already placed.
        if (parties.Any(p => p.Start <= head && head < p.End)) return;
        if (d.Recipients.Any(p => p.EntityIds.Count > 0 && p.Start >= m.HeadEnd && p.Start < head)) return;
        if (Doer(head, words, parties, clause, nisba, matches) is not { } doer) return;
        if (d.Actors.Any(a => a.EntityIds.Intersect(doer.EntityIds).Any())) return;
        d.Recipients.RemoveAll(p => p.Start > head);
        d.AddRecipient(doer);
    }

    /// <summary>
    /// The first word of the trigger's object: after the trigger, the subject that follows it with the subject's own
    /// nationality adjective («أدان مجلس الوزراء السعودي …») and adverbs of time, and one preposition (عن، على، إلى).
    /// -1 when no content word stands there.
    /// </summary>
    private static int HeadOfObject(EventDraft d, WordKeys[] words, ClauseReader clause, NisbaResolver nisba)
    {
        var m = d.Match;
        int o = m.HeadEnd;
        var subject = d.Actors.FirstOrDefault(a => a.Start >= m.HeadEnd && a.Start <= m.HeadEnd + 2);
        if (subject is not null)
        {
            o = subject.End;
            while (o < words.Length && nisba.Resolve(words[o]) is not null) o++;
        }
        while (o < words.Length && clause.IsTimeWord(o)) o++;
        if (o < words.Length && words[o].Key is "عن" or "علي" or "الي") o++;
        return o < words.Length && clause.IsContentWord(o) ? o : -1;
    }

    private static Party? Doer(int head, WordKeys[] words, List<Party> parties, ClauseReader clause, NisbaResolver nisba, List<TriggerMatch> matches)
    {
        // «استهداف السفارة السعودية»: the genitive of an attack or an arrest is its victim, and so is an adjective on
        // that genitive; only an adjective on the attack itself («الغارات التركية») names who attacks.
        int harm = Harm(head, matches) ? head : -1;
        if (harm < 0 && parties.FirstOrDefault(p => p.Start == head + 1) is { IsPlace: false, EntityIds.Count: > 0 } genitive
            && !words[head + 1].Key.StartsWith('ل'))
            return genitive;
        for (int j = head + 1; j < words.Length && j <= head + Reach; j++)
        {
            if (words[j].Key == "من" && j + 1 < words.Length && words[j + 1].Key is "قبل" or "جانب")
                return parties.FirstOrDefault(p => p.Start == j + 2 && !p.IsPlace && p.EntityIds.Count > 0);
            // An adjective agrees with its noun in definiteness: «الاعتداءات الإسرائيلية», «اقتراح إيراني»; a definite
            // nisba after an indefinite noun is its genitive («اعتقال الأمريكي»), someone the act is done to. It names
            // the doer when it qualifies the object itself or an act the object governs («وقف الغارات التركية»), not a
            // noun the act is done to («إحراق السفارة السعودية»).
            if (nisba.Resolve(words[j]) is { } state)
                return (j == head + 1 || IsAct(j - 1, matches)) && (harm < 0 || j == harm + 1) && Definite(words[j]) == Definite(words[j - 1])
                    ? new Party(j, j + 1, words[j].Span, [state], EntityType.GPE, AgentRole.Neutral, false) : null;
            if (!clause.IsContentWord(j) || parties.Any(p => p.Start <= j && j < p.End)) return null;
            if (harm < 0 && Harm(j, matches)) harm = j;
        }
        return null;
    }

    private static bool IsAct(int word, List<TriggerMatch> matches) =>
        matches.Any(x => x.Start <= word && word < x.HeadEnd && x.Entry.Kind == TriggerKind.Event);

    private static bool Harm(int word, List<TriggerMatch> matches) =>
        matches.Any(x => x.Start <= word && word < x.HeadEnd && x.Entry.Code?.Type is "ASSAULT" or "COERCE");

    private static bool Definite(WordKeys w)
    {
        for (int k = 0; k < w.KeyCount; k++) if (w.DefiniteAt(k)) return true;
        return false;
    }
}
