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
    public readonly record struct Context(
        EventDraft Draft, WordKeys[] Words, int SentenceIndex, int SentenceCount, bool InQuote, int CandidatesInSentence);

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
        Add("key", key);
        Add("entry", m.Entry.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("key+type", key + "|" + type);
        Add("len", Math.Min(m.End - m.Start, 4).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (d.IntendedType is not null) Add("intent", d.IntendedType);

        // Verb form or noun: the lexicon's frame, the article, an imperfect prefix, a masdar or feminine ending.
        Add("frame", noun ? "n" : "v");
        Add("definite", m.Definite ? "y" : "n");
        Add("definite+type", (m.Definite ? "y|" : "n|") + type);
        Add("first", key[..1]);
        Add("last", key[^1..]);
        Add("last2", key.Length >= 2 ? key[^2..] : key);
        Add("clitics", (w.Key.Length - key.Length).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (m.Future) Add("future-prefix", "");
        // A noun trigger followed by a definite noun is in a genitive construction («قصف المدينة»).
        if (m.HeadEnd < words.Length && words[m.HeadEnd].Token.Kind == TokenKind.ArabicWord)
        {
            var next = words[m.HeadEnd];
            bool nextDefinite = next.Key.StartsWith("ال", StringComparison.Ordinal);
            Add("genitive", (nextDefinite ? "y|" : "n|") + (noun ? "n" : "v") + (m.Definite ? "d" : "i"));
        }

        // The words around the trigger, by position and as a bag.
        for (int k = 1; k <= Window; k++)
        {
            string before = m.Start - k >= 0 ? Word(words[m.Start - k]) : "<s>";
            string after = m.HeadEnd - 1 + k < words.Length ? Word(words[m.HeadEnd - 1 + k]) : "</s>";
            Add("w-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture), before);
            Add("w+" + k.ToString(System.Globalization.CultureInfo.InvariantCulture), after);
            Add("bag-", before);
            Add("bag+", after);
            if (s_particles.Contains(before)) Add("particle-", before);
        }
        string previous = m.Start > 0 ? Word(words[m.Start - 1]) : "<s>";
        Add("w-1+key", previous + "|" + key);
        Add("w-1+type", previous + "|" + type);

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

        list.Sort();
        return [.. list.Distinct()];
    }

    /// <summary>A word as a feature: its most stripped key (وبالحرب → حرب), punctuation as itself.</summary>
    private static string Word(WordKeys w) => w.Token.Kind == TokenKind.ArabicWord ? w.Bare : w.Key;

    private static string Parties(List<Party> parties) =>
        parties.Count == 0 ? "none" : parties.Any(p => p.EntityIds.Count > 0) ? (parties.Count > 1 ? "named+" : "named") : "unnamed";
}
