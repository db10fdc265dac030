using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Marsad.Text.Clitics;
using Marsad.Text.Lexicons;

namespace Marsad.Corpus.Stories;

/// <summary>One article's report of an event: the article (its id in the caller's numbering), the event's index in
/// that article's analysis, the outlet that published it, and the event as analysed.</summary>
public sealed record EventReport(string Article, int Index, string? Publisher, FactEvent Event);

/// <summary>
/// An event counted once: the reports of it from different articles of one story. Its type, date and place are those
/// of the first report; its actors and recipients are every name the reports give.
/// </summary>
public sealed record MergedEvent(string Id, IReadOnlyList<EventReport> Reports)
{
    public FactEvent First => Reports[0].Event;
    public string Type => First.Type;
    public string? Date => Reports.Select(r => r.Event.Date).FirstOrDefault(d => d is not null);
    public string? Place => Reports.Select(r => r.Event.Place).FirstOrDefault(p => p is not null);
    public IReadOnlyList<string> Actors => [.. Reports.SelectMany(r => r.Event.Actors).Distinct(StringComparer.Ordinal)];
    public IReadOnlyList<string> Recipients => [.. Reports.SelectMany(r => r.Event.Recipients).Distinct(StringComparer.Ordinal)];
    /// <summary>The outlets that report it, each once.</summary>
    public IReadOnlyList<string> Sources => [.. Reports.Select(r => r.Publisher).OfType<string>().Distinct(StringComparer.Ordinal)];
}

/// <summary>
/// Merges the event reports of one story into events, so that an event twenty outlets report is one event with twenty
/// reports. Two reports are of one event when they come from different articles, have the same type and mode, and
/// nothing they say disagrees: dates at most <see cref="DateSlackDays"/> apart and, when both name actors (or
/// recipients), at least one shared (a name meets its longer form, and a linked participant meets the names its article
/// gives it, <see cref="EventParties"/>; for a meeting, host and guest may trade places); when only one of them names
/// participants, or the recipients are not named on both sides, the same trigger word (stemmed). A place is no veto: the event step often takes it from the dateline or the host
/// country, so two reports of one meeting name two places; a shared place only makes an event the preferred one. A report joins the event it agrees with on every report already
/// in it (complete link: a report compatible with two different events does not chain them), preferring the one with
/// which it shares the most names. Precision first: a wrong merge hides an event, a missed one only counts it twice.
/// </summary>
public static class EventMerger
{
    /// <summary>Reports whose dates lie further apart than this are different events (a dateline and a "yesterday").</summary>
    public const int DateSlackDays = 1;

    /// <summary>The merged events of <paramref name="reports"/> (one story's), in the order of their first reports.</summary>
    public static IReadOnlyList<MergedEvent> Merge(IEnumerable<EventReport> reports)
    {
        var groups = new List<List<(EventReport Report, Keys Keys)>>();
        foreach (var report in reports)
        {
            var keys = Keys.Of(report.Event);
            int best = -1, bestShared = -1;
            for (int g = 0; g < groups.Count; g++)
            {
                int shared = 0;
                bool fits = true;
                foreach (var (other, otherKeys) in groups[g])
                {
                    if (!Compatible(report, keys, other, otherKeys)) { fits = false; break; }
                    shared += keys.Shared(otherKeys);
                }
                if (fits && shared > bestShared) { best = g; bestShared = shared; }
            }
            if (best < 0) groups.Add([(report, keys)]);
            else groups[best].Add((report, keys));
        }
        return [.. groups.Select(g => new MergedEvent(Id(g[0].Report), [.. g.Select(x => x.Report)]))];
    }

    /// <summary>An event's id: its first report's article and index, so it stays put as later reports join.</summary>
    public static string Id(EventReport first) => $"{first.Article}#{first.Index}";

    /// <summary>Whether two reports may be of one event (see the class summary).</summary>
    public static bool Compatible(EventReport a, EventReport b) => Compatible(a, Keys.Of(a.Event), b, Keys.Of(b.Event));

    private static bool Compatible(EventReport a, Keys ka, EventReport b, Keys kb) => Disagreement(a, ka, b, kb) is null;

    /// <summary>What keeps two reports apart ("type", "mode", "date", "actors", "recipients", "same article"), or null
    /// when they may be of one event: the reason an evaluation lists for a missed pair.</summary>
    public static string? Disagreement(EventReport a, EventReport b) => Disagreement(a, Keys.Of(a.Event), b, Keys.Of(b.Event));

    private static string? Disagreement(EventReport a, Keys ka, EventReport b, Keys kb)
    {
        if (a.Article == b.Article) return "same article"; // one article's two events of a type are two events
        var x = a.Event;
        var y = b.Event;
        if (!string.Equals(x.Type, y.Type, StringComparison.Ordinal)) return "type";
        if (!string.Equals(x.Mode, y.Mode, StringComparison.Ordinal)) return "mode";
        if (DayNumber(x.Date) is int da && DayNumber(y.Date) is int db && Math.Abs(da - db) > DateSlackDays) return "date";
        // One sentence told by two outlets (a wire text, a press release) with the same trigger word is one report of one
        // event, however the event step named its participants in each («الاتحاد السعودي لكرة القدم» here, «اتحاد القدم»
        // there): the names are the step's reading, the sentence is the outlet's.
        if (SameTrigger(ka.Trigger, kb.Trigger) && SameSentence(ka.Words, kb.Words)) return null;
        if (Roles(ka, kb) is { } why)
        {
            // A meeting has no direction: «استقبل محمد بن زايد الجبير» and «التقى الجبير محمد بن زايد» are one meeting,
            // the host the actor of one report and the recipient of the other. An attack or a condemnation has one.
            // Both sides must then be named in both reports and meet: one shared country says little.
            if (!Symmetric(x.Type) || !ka.Swapped.MeetsBoth(kb)) return why;
        }
        // A report without participants says nothing that could disagree with one that names them; what is left to
        // compare is the word that tells what happened: «الجرحى» and «معارك» in one war story are two happenings,
        // «استقبل» and «استقبل» one reception.
        if (ka.Named != kb.Named && ka.Trigger != kb.Trigger) return "trigger";
        // Actors alone that meet say the same body acted, not the same act: a federation that adopts a financial year
        // and imposes penalties on one day is one actor with two happenings. Without a recipient named on both sides,
        // the word that tells what happened must be the same too.
        if (!(ka.Recipients.Count > 0 && kb.Recipients.Count > 0) && !SameTrigger(ka.Trigger, kb.Trigger)) return "trigger";
        return null;
    }

    /// <summary>PLOVER types whose actor and recipient may trade places between two tellings of one occurrence.</summary>
    private static bool Symmetric(string type) => type == "CONSULT";

    /// <summary>"actors" or "recipients" when two reports' participants in that role disagree, else null.</summary>
    private static string? Roles(Keys a, Keys b)
    {
        if (a.Actors.Count > 0 && b.Actors.Count > 0 && !Meet(a.Actors, b.Actors)) return "actors";
        if (a.Recipients.Count > 0 && b.Recipients.Count > 0 && !Meet(a.Recipients, b.Recipients)) return "recipients";
        return null;
    }

    /// <summary>
    /// Whether two outlets' trigger keys in one sentence are one word: the same light stem, or one the other's with a
    /// final ت or ا, which light stemming leaves (the ة of «زيارة» before a pronoun, «زيارته»; the tanween of «اجتماعا»;
    /// a feminine verb «أعلنت» beside «أعلن»). Only within one sentence: apart from it, «قصف» and «قصفت» in one war
    /// story are as often two bombings as one.
    /// </summary>
    private static bool SameTrigger(string a, string b)
    {
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal)
            && longer[^1] is 'ت' or 'ا' && !longer.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>Whether two sets of folded names share one, a name also meeting its longer form («محمد الجاسر» and
    /// «محمد الجاسر المقبولين»: the event step sometimes runs a name into the next word, and outlets give a name in
    /// full or not). The shorter must have two words at least: a family name alone is many people.</summary>
    private static bool Meet(HashSet<string> a, HashSet<string> b)
    {
        if (a.Overlaps(b)) return true;
        foreach (var x in a)
            foreach (var y in b)
                if (Within(x, y) || Within(y, x)) return true;
        return false;
    }

    /// <summary>Whether every word of <paramref name="shorter"/> (two or more) is a word of <paramref name="longer"/>, in
    /// order, its first word not after «بن» in the longer: «سلمان بن عبدالعزيز» is the father named in «محمد بن سلمان بن
    /// عبدالعزيز», not the son.</summary>
    private static bool Within(string shorter, string longer)
    {
        if (shorter.Length >= longer.Length || !shorter.Contains(' ', StringComparison.Ordinal)) return false;
        var words = shorter.Split(' ');
        var other = longer.Split(' ');
        int j = 0;
        for (int k = 0; k < words.Length; k++)
        {
            while (j < other.Length && (other[j] != words[k] || k == 0 && j > 0 && Lineage.Contains(other[j - 1]))) j++;
            if (j++ >= other.Length) return false;
        }
        return true;
    }

    /// <summary>The folded words that put a father's name after a son's (بن، ابن، بنت).</summary>
    private static readonly HashSet<string> Lineage =
        LexiconReader.ResourceWords(typeof(EventMerger).Assembly, "Marsad.Corpus.Stories.lineage-words.txt").ToHashSet(StringComparer.Ordinal);

    /// <summary>Least share of the shorter evidence sentence's words found in the other for the two to be one sentence,
    /// and the fewest words it needs (a short clause «استقبل ولي العهد وزير الخارجية» is said of many meetings).</summary>
    public const double SameSentenceShare = 0.9;
    public const int SameSentenceMinWords = 8;

    private static bool SameSentence(HashSet<string> a, HashSet<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count < SameSentenceMinWords) return false;
        int shared = 0;
        foreach (var w in shorter) if (longer.Contains(w)) shared++;
        return shared >= SameSentenceShare * shorter.Count;
    }

    /// <summary>Days since 0001-01-01 of an ISO date or date-time; null when there is no full date.</summary>
    private static int? DayNumber(string? date) =>
        date is { Length: >= 10 } && DateOnly.TryParseExact(date.AsSpan(0, 10), "yyyy-MM-dd", out var d) ? d.DayNumber : null;

    /// <summary>A report's participants as folded keys: names spelled differently by two outlets still meet.</summary>
    /// <param name="Actors">Every form of the actors' names, folded (see <see cref="EventParties"/>).</param>
    /// <param name="ActorNames">How many actors the report names.</param>
    private sealed record Keys(HashSet<string> Actors, HashSet<string> Recipients, string? Place, string Trigger, HashSet<string> Words,
        int ActorNames, int RecipientNames)
    {
        public static Keys Of(FactEvent e) =>
            new(Set([.. e.Actors, .. e.Parties?.ActorForms ?? []]), Set([.. e.Recipients, .. e.Parties?.RecipientForms ?? []]),
                e.Place is { } p ? SearchKeys.Keyword(p) : null, TriggerKey(e.Trigger), WordsOf(e.Evidence),
                e.Actors.Count, e.Recipients.Count);

        /// <summary>The report with actor and recipient traded.</summary>
        public Keys Swapped => this with { Actors = Recipients, Recipients = Actors, ActorNames = RecipientNames, RecipientNames = ActorNames };

        /// <summary>Whether both reports name actors and recipients, and they meet in each role.</summary>
        public bool MeetsBoth(Keys other) =>
            Actors.Count > 0 && other.Actors.Count > 0 && Meet(Actors, other.Actors)
            && Recipients.Count > 0 && other.Recipients.Count > 0 && Meet(Recipients, other.Recipients);

        /// <summary>The evidence sentence's words, folded (numbers kept: «ضبط 10 وافدين» is not «ضبط 93 وافدا»).</summary>
        private static HashSet<string> WordsOf(string evidence) =>
            new(SearchKeys.Keyword(evidence ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

        /// <summary>Whether the report names any participant.</summary>
        public bool Named => ActorNames > 0 || RecipientNames > 0;

        /// <summary>The trigger's light stems, folded (وأصيب → أصيب), so that two outlets' clitics do not part one word.</summary>
        private static string TriggerKey(string trigger) =>
            string.Join(' ', trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => LightStemmer.Stem(w)).Select(w => SearchKeys.Keyword(w)));

        private static HashSet<string> Set(IReadOnlyList<string> names)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var n in names)
                if (SearchKeys.Keyword(n) is { Length: > 0 } k) set.Add(k);
            return set;
        }

        public int Shared(Keys other)
        {
            int n = 0;
            foreach (var a in Actors) if (other.Actors.Contains(a)) n++;
            foreach (var r in Recipients) if (other.Recipients.Contains(r)) n++;
            if (Place is not null && Place == other.Place) n++;
            return n;
        }
    }
}
