using Marsad.Analysis.Ner;
using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>
/// The features of one coded event for the event classifier (<see cref="EventModel"/>), from its trigger's context:
/// the trigger word and lexicon entry, the words ±3 around it, whether it is a verb form or a noun (article, imperfect
/// prefix, masdar ending), negation, modal and future particles before it, quotation, the sentence's place in the
/// article, a genitive noun after a noun trigger, which parties the coder found, and the PLOVER category.
/// Every feature is a hashed bucket (<see cref="FeatureHash"/>), as for the name tagger; the template numbers and
/// prefixes are part of the model format.
/// </summary>
internal static class EventFeatures
{
    public const int Window = 3;

    // Particles that change what a trigger reports: negation, modality and the future.
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "لم", "لن", "لا", "ما", "ليس", "عدم", "دون", "بدون", "ولم", "ولن", "ولا", "قد", "وقد", "سوف", "وسوف", "اذا", "لو",
        "ان", "يجب", "يمكن", "ينبغي", "قبل", "بعد", "منذ", "خلال", "عن", "الي", "علي", "في", "الذي", "التي", "الذين",
    };

    /// <summary>What the event step knows about a coded event when it decides whether to keep it.</summary>
    /// <param name="SentenceMatches">Every trigger match of the sentence, in order (the triggers that may govern this one).</param>
    public readonly record struct Context(
        EventDraft Draft, WordKeys[] Words, int SentenceIndex, int SentenceCount, bool InQuote, int CandidatesInSentence,
        IReadOnlyList<TriggerMatch> SentenceMatches);

    // Complementisers: after them a clause is reported or governed («قال إن…», «أدان أن…»).
    private static readonly HashSet<string> s_complementisers = new(StringComparer.Ordinal) { "ان", "انه", "انها", "انهم", "بان", "بانه", "وان" };

    public static int[] Extract(in Context c, int bits)
    {
        var list = new List<int>(64);
        void Add(string template, string value) =>
            list.Add(FeatureHash.Bucket(0, FeatureHash.Combine(FeatureHash.Of(template), FeatureHash.Of(value)), bits));

        var d = c.Draft;
        var m = d.Match;
        var words = c.Words;
        var w = words[m.Start];
        string key = w.KeyAt(m.KeyIndex).ToString();
        string type = d.Code.Type;
        bool noun = (m.Entry.Frame & TriggerFrame.Nominal) != 0;

        Add("bias", "");
        Add("type", type);
        Add("cameo", d.Code.Cameo);
        Add("len", Math.Min(m.End - m.Start, 4).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (d.IntendedType is not null) Add("intent", d.IntendedType);

        // Verb form or noun: the lexicon's frame, the article, an imperfect prefix, a masdar or feminine ending.
        Add("frame", noun ? "n" : "v");
        Add("definite", m.Definite ? "y" : "n");
        Add("definite+type", (m.Definite ? "y|" : "n|") + type);
        Add("clitics", (w.Key.Length - key.Length).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (m.Future) Add("future-prefix", "");
        // A noun trigger followed by a definite noun is in a genitive construction («قصف المدينة»).
        if (m.HeadEnd < words.Length && words[m.HeadEnd].Token.Kind == TokenKind.ArabicWord)
        {
            var next = words[m.HeadEnd];
            bool nextDefinite = next.Key.StartsWith("ال", StringComparison.Ordinal);
            Add("genitive", (nextDefinite ? "y|" : "n|") + (noun ? "n" : "v") + (m.Definite ? "d" : "i"));
        }

        // The particles just before the trigger (negation, modality, the future, a preposition governing a noun): a
        // closed class, not the open vocabulary around it, which 74 articles cannot teach.
        for (int k = 1; k <= Window; k++)
        {
            string before = m.Start - k >= 0 ? Word(words[m.Start - k]) : "<s>";
            if (s_particles.Contains(before)) Add("particle-", before);
        }

        Add("aux", d.Aux ?? "none");
        if (c.InQuote || ArgumentFinder.InsideQuotation(words, m.Start)) Add("quote", "");
        Add("sentence", c.SentenceIndex switch { 0 => "title", 1 => "first", 2 => "second", < 6 => "early", < 12 => "middle", _ => "late" });
        Add("sentence+type", (c.SentenceIndex == 0 ? "title|" : c.SentenceIndex <= 2 ? "lead|" : "body|") + type);
        Add("position", c.SentenceCount <= 1 ? "0" : (4 * c.SentenceIndex / c.SentenceCount).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("trigger-at", m.Start switch { 0 => "0", < 3 => "1-2", < 8 => "3-7", < 16 => "8-15", _ => "16+" });
        Add("sentence-length", words.Length switch { < 10 => "short", < 25 => "medium", < 45 => "long", _ => "very long" });
        Add("candidates", Math.Min(c.CandidatesInSentence, 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("mentions", Math.Min(d.Keys.Count, 3).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The parties the coder found.
        string actor = Parties(d.Actors), recipient = Parties(d.Recipients);
        Add("actor", actor);
        Add("recipient", recipient);
        Add("parties", actor + "|" + recipient);
        Add("parties+type", actor + "|" + recipient + "|" + type);
        foreach (var p in d.Actors) Add("actor-type", (p.Type?.ToString() ?? p.Role.ToString()) + "|" + type);
        foreach (var p in d.Recipients) Add("recipient-type", (p.Type?.ToString() ?? p.Role.ToString()) + "|" + type);
        if (d.Place is not null) Add("place", "");
        if (d.ElidedSubject) Add("elided", type);

        // Where each side stands: a party next to the trigger in its clause is read more surely than one far off or
        // across a comma (a party of another clause).
        Add("actor-at", PartyPlace(d.Actors, m, words) + "|" + type);
        Add("recipient-at", PartyPlace(d.Recipients, m, words) + "|" + type);

        Governors(c, type, Add);

        list.Sort();
        return [.. list.Distinct()];
    }

    /// <summary>
    /// What governs the trigger from before it in its sentence: a speech verb (the event is reported: «قال إن…»), a
    /// complementiser, another trigger (the event is the object of a condemnation, a welcome, a demand: «أدان الهجوم»),
    /// a verbal one or a noun. The clause position decides between the event reported and the act of reporting.
    /// </summary>
    private static void Governors(in Context c, string type, Action<string, string> add)
    {
        var words = c.Words;
        int start = c.Draft.Match.Start;
        int speech = -1, that = -1;
        for (int i = start - 1; i >= 0 && i >= start - 12; i--)
        {
            if (words[i].IsPunctuation && words[i].Key is "." or "؛" or ":" or "!" or "؟") break;
            if (speech < 0 && words[i].AnyKeyIn(EventStep.SpeechVerbs)) speech = i;
            if (that < 0 && s_complementisers.Contains(words[i].Key)) that = i;
        }
        add("speech-before", speech < 0 ? "none" : start - speech <= 3 ? "near" : "far");
        add("speech-before+type", (speech < 0 ? "n|" : "y|") + type);
        add("that-before", (that < 0 ? "n|" : "y|") + type);
        TriggerMatch? governor = null;
        foreach (var other in c.SentenceMatches)
            if (other.End <= start && start - other.End <= 8 && other.Entry.Code is not null) governor = other;
        if (governor is { } g)
        {
            bool verbal = (g.Entry.Frame & TriggerFrame.Nominal) == 0 && !g.Definite;
            add("governed", (verbal ? "v|" : "n|") + g.Entry.Code!.Type + "|" + type);
            add("governed-frame", (verbal ? "v|" : "n|") + ((c.Draft.Match.Entry.Frame & TriggerFrame.Nominal) != 0 ? "n" : "v"));
        }
        else add("governed", "none|" + type);
    }

    /// <summary>The side and distance of the nearest named party to the trigger, and whether a comma lies between.</summary>
    private static string PartyPlace(List<Party> parties, TriggerMatch m, WordKeys[] words)
    {
        Party? nearest = null;
        int best = int.MaxValue;
        foreach (var p in parties)
        {
            int dist = p.End <= m.Start ? m.Start - p.End : p.Start >= m.HeadEnd ? p.Start - m.HeadEnd : 0;
            if (dist < best) { best = dist; nearest = p; }
        }
        if (nearest is null) return "none";
        string side = nearest.End <= m.Start ? "before" : "after";
        int from = Math.Min(nearest.End, m.HeadEnd), to = Math.Max(nearest.Start, m.Start);
        bool comma = false;
        for (int i = Math.Max(0, from); i < to && i < words.Length; i++)
            if (words[i].IsPunctuation) { comma = true; break; }
        string dist2 = best switch { 0 => "0", <= 2 => "1-2", <= 5 => "3-5", _ => "6+" };
        return side + "|" + dist2 + (comma ? "|p" : "") + (nearest.EntityIds.Count > 0 ? "|named" : "|unnamed");
    }

    /// <summary>A word as a feature: its most stripped key (وبالحرب → حرب), punctuation as itself.</summary>
    private static string Word(WordKeys w) => w.Token.Kind == TokenKind.ArabicWord ? w.Bare : w.Key;

    private static string Parties(List<Party> parties) =>
        parties.Count == 0 ? "none" : parties.Any(p => p.EntityIds.Count > 0) ? (parties.Count > 1 ? "named+" : "named") : "unnamed";
}
