using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>
/// A shallow reader of Arabic clauses for the argument finder: the noun phrase that is a verb's object or subject when
/// no entity or known group stands there («خطفوا مصورا فرنسيا», «وحدة إسرائيلية خاصة اغتالت»), counted phrases
/// (victims: «قتل 150 مدنيا»), verbs whose subject is in the verb (قتلوا، يطالبون), passives, and the markers that name
/// an agent after an event noun («هجوم شنّه متمردون»). No parser and no part-of-speech tags: phrase boundaries come
/// from a closed list of function words (Data/event-words.tsv, phrase-stops) and punctuation.
/// </summary>
internal sealed class ClauseReader
{
    private const int MaxPhrase = 3;

    private static readonly HashSet<string> s_stops = EventWords.Set("phrase-stops");
    private static readonly HashSet<string> s_quantifiers = EventWords.Set("quantifiers");
    private static readonly HashSet<string> s_times = EventWords.Set("time-words");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_passives = EventWords.Set("passive-forms").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_victimNouns = EventWords.Set("victim-nouns").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_agentVerbs = EventWords.Set("agent-verbs").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lightVerbs = EventWords.Set("light-verbs").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_protestTargets = EventWords.Set("protest-targets").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly WordKeys[] _words;
    private readonly List<Party> _parties;
    private readonly AgentLexicon _agents;

    // Where the sentence's event triggers start: a marker of the agent binds to the nearest act.
    private readonly bool[] _acts;

    /// <param name="matches">The sentence's trigger matches, when known: an agent marker («من قبل») belongs to the act
    /// nearest before it, not to one further back.</param>
    public ClauseReader(WordKeys[] words, List<Party> parties, AgentLexicon agents, IReadOnlyList<TriggerMatch>? matches = null)
    {
        _words = words;
        _parties = parties;
        _agents = agents;
        _acts = new bool[words.Length];
        if (matches is not null)
            foreach (var m in matches)
                if (m.Entry.Kind == TriggerKind.Event) _acts[m.Start] = true;
    }

    /// <summary>Whether an event trigger other than at the ends starts strictly between two words.</summary>
    public bool ActBetween(int a, int b)
    {
        for (int i = Math.Min(a, b) + 1; i < Math.Max(a, b) && i < _acts.Length; i++) if (_acts[i]) return true;
        return false;
    }

    /// <summary>A noun phrase with whether a number or quantity word counts it.</summary>
    public readonly record struct Phrase(Party Party, bool Counted);

    /// <summary>
    /// The noun phrase that starts at word <paramref name="at"/>, after any adverbs of time and quantity words; a party
    /// the sentence already has there (a name, a known group) is returned as is, or with the title before it
    /// («نائب رئيس البلدية مهدي حنبلي»). Null for a place, a function word or the end of the clause.
    /// </summary>
    public Phrase? PhraseAt(int at)
    {
        if (at >= _words.Length) return null;
        int i = at;
        bool counted = false;
        for (; i < _words.Length && i < at + 8; i++)
        {
            var w = _words[i];
            if (IsCount(w)) { counted = true; continue; }
            if (s_times.Contains(w.Key)) continue;
            // «ثلاثة من رجال الشرطة»، «قبل ظهر امس»، «اول من امس»
            if (w.Key is "من" or "قبل" && i + 1 < _words.Length && (counted || s_times.Contains(_words[i + 1].Key))) continue;
            if (w.IsPunctuation && w.Key is "(" or ")" or "«" or "»" or "\"" or "“" or "”") continue;
            break;
        }
        if (i >= _words.Length) return null;
        var party = PartyAt(i);
        if (party is not null) return party.IsPlace ? null : new Phrase(party, counted);
        if (!IsContent(_words[i])) return null;
        int end = i + 1;
        while (end < _words.Length && end < i + MaxPhrase && IsContent(_words[end]))
        {
            // A name after a title: the phrase is the named party, the title included.
            if (PartyAt(end) is { IsPlace: false } named)
                return new Phrase(named with { Start = i, Span = TextSpan.FromBounds(_words[i].Span.Start, named.Span.End) }, counted);
            if (PartyAt(end) is not null) break;
            end++;
        }
        // A person's titles can run long: «وزير العدل اليمني السابق رئيس الجمعية القاضي مرشد العرشاني». A run of
        // content words that ends in a named person, with no function word or punctuation between, is that person.
        if (end == i + MaxPhrase && TitledPersonAt(i, end) is { } titled)
            return new Phrase(titled, counted);
        var role = _agents.Match(_words[i]) ?? AgentRole.Neutral;
        return new Phrase(new Party(i, end, TextSpan.FromBounds(_words[i].Span.Start, _words[end - 1].Span.End), [], null, role, false), counted);
    }

    // How many title words may come before a person's name.
    private const int MaxTitles = 8;

    /// <summary>The named person that a run of content words from <paramref name="start"/> ends in, titles included.</summary>
    private Party? TitledPersonAt(int start, int from)
    {
        for (int j = start; j < from; j++) if (!IsTitleWord(j)) return null;
        for (int j = from; j < _words.Length && j < start + MaxTitles; j++)
        {
            if (PartyAt(j) is { } named)
                return named is { Type: EntityType.PER, IsPlace: false } && named.Start == j
                    ? named with { Start = start, Span = TextSpan.FromBounds(_words[start].Span.Start, named.Span.End) } : null;
            if (!IsTitleWord(j)) return null;
        }
        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placeKeys = EventWords.Set("place-prepositions").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a word can stand in a chain of titles: a content word, not a preposition of place («قرب موكب الشيخ…») and
    /// not a preposition carrying a pronoun («بينهم», «منهم»), which ends a title chain.
    /// </summary>
    private bool IsTitleWord(int word)
    {
        var w = _words[word];
        if (!IsContent(w) || s_placeKeys.Contains(w.Key)) return false;
        foreach (var pronoun in s_pronounSuffixes)
            if (w.Key.EndsWith(pronoun, StringComparison.Ordinal) && s_stops.Contains(w.Key[..^pronoun.Length])) return false;
        return true;
    }

    private static readonly string[] s_pronounSuffixes = ["هما", "هم", "هن", "ها", "ه"];

    /// <summary>
    /// The noun phrase that ends right before word <paramref name="before"/> (a preverbal subject: «إن مسلحين مجهولين
    /// اغتالوا»), skipping «قد» and adverbs of time; the phrase starts after a function word, a verb or punctuation.
    /// </summary>
    public Phrase? PhraseBefore(int before)
    {
        int last = before - 1;
        while (last >= 0 && (_words[last].Key is "قد" or "وقد" || s_times.Contains(_words[last].Key))) last--;
        if (last < 0) return null;
        var party = _parties.LastOrDefault(p => p.End == last + 1);
        if (party is not null)
        {
            if (party.IsPlace) return null;
            // «مسلحين مجهولين»، «مفجرون انتحاريون»: unnamed group words next to each other are one group.
            while (party.EntityIds.Count == 0 && _parties.LastOrDefault(p => p.End == party.Start) is { IsPlace: false, EntityIds.Count: 0 } previous)
                party = party with { Start = previous.Start, Span = TextSpan.FromBounds(previous.Span.Start, party.Span.End), Role = previous.Role };
            return new Phrase(party, Counted(party.Start));
        }
        if (!IsContent(_words[last])) return null;
        int start = last;
        while (start > 0 && start > last - MaxPhrase + 1 && IsContent(_words[start - 1]) && !IsCount(_words[start - 1])) start--;
        // «آلاف الإسرائيليين», «15 جنديا»: the counted phrase begins after its number.
        var role = _agents.Match(_words[start]) ?? _agents.Match(_words[last]) ?? AgentRole.Neutral;
        var p = new Party(start, last + 1, TextSpan.FromBounds(_words[start].Span.Start, _words[last].Span.End), [], null, role, false);
        return new Phrase(p, Counted(start));
    }

    /// <summary>
    /// Whether a trigger is read as a finite verb: not a nominal or victim frame, not definite, not governed by a
    /// preposition or a light verb, not of a verbal noun's shape, not passive.
    /// </summary>
    public bool IsFiniteVerb(TriggerMatch m) =>
        (m.Entry.Frame & (TriggerFrame.Nominal | TriggerFrame.Victim | TriggerFrame.Speaker)) == 0 && !m.Definite
        && !IsGovernedNoun(m.Start, m.KeyIndex) && !IsVerbalNounForm(m.Start, m.KeyIndex) && !IsPassive(m.Start);

    /// <summary>Whether a verb form carries its own subject (قتلوا، يطالبون، فجّرا): the phrase after it is its object.</summary>
    public bool SubjectInVerb(int verb)
    {
        var key = _words[verb].Key;
        return key.Length >= 4 && (key.EndsWith("وا", StringComparison.Ordinal) || key.EndsWith("ون", StringComparison.Ordinal)
                                   && (key[0] is 'ي' or 'ت' || key.StartsWith("وي", StringComparison.Ordinal) || key.StartsWith("وت", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether a trigger word has the shape of a verbal noun of the derived forms (افتعال، استفعال، إفعال: احتلال، اغتيال،
    /// استهداف، إطلاق) rather than of a verb (احتل، استهدف): then it heads a noun phrase, not a clause.
    /// </summary>
    public bool IsVerbalNounForm(int word, int keyIndex)
    {
        var key = _words[word].KeyAt(keyIndex);
        return key.Length >= 5 && key[0] == 'ا' && key[^2] == 'ا';
    }

    /// <summary>Whether the word before <paramref name="word"/> is a relative pronoun (الذي، التي، الذين).</summary>
    public bool AfterRelative(int word) => word > 0 && s_relatives.Contains(_words[word - 1].Key);

    public bool IsPassive(int word) => _words[word].AnyKeyIn(s_passives);

    public bool IsVictimNoun(int word) => _words[word].AnyKeyIn(s_victimNouns);

    /// <summary>
    /// Whether a trigger word is a verbal noun governed by what comes before it: a light verb («قام بقتل», «نجح في
    /// قتل»), a fused preposition (بخطف، لاستهداف) or a preposition word before it.
    /// </summary>
    public bool IsGovernedNoun(int word, int keyIndex)
    {
        var w = _words[word];
        int stripped = w.Key.Length - w.KeyAt(keyIndex).Length;
        if (stripped > 0)
        {
            var prefix = w.Key.AsSpan(0, stripped);
            if (prefix.EndsWith("ب") || prefix.EndsWith("ل") || prefix.EndsWith("بال") || prefix.EndsWith("لل")) return true;
        }
        if (word > 0 && _words[word - 1].Key is "في" or "علي" or "من" or "عن") return true;
        return false;
    }

    /// <summary>The light verb (قام، نجح، أقدم) within a few words before a governed verbal noun, if any.</summary>
    public int LightVerbBefore(int noun)
    {
        for (int i = noun - 1; i >= 0 && i >= noun - 6; i--)
        {
            if (_words[i].IsPunctuation) return -1;
            if (_words[i].AnyKeyIn(s_lightVerbs)) return i;
        }
        return -1;
    }

    /// <summary>The agent a relative light verb names after an event noun: «هجوم شنّه متمردون», «الذي نفذته طالبان».</summary>
    public Party? AgentVerbAfter(int from)
    {
        for (int i = from; i < _words.Length && i < from + 6; i++)
        {
            if (_words[i].IsPunctuation && _words[i].Key is "." or "؛" or ":") return null;
            if (_words[i].AnyKeyIn(s_agentVerbs)) return PhraseAt(i + 1)?.Party;
        }
        return null;
    }

    /// <summary>What a protest is against: the phrase after ضد، احتجاجا على، مطالبين برحيل، الموت لـ… after the trigger.</summary>
    public Party? ProtestTarget(int from)
    {
        for (int i = from; i < _words.Length; i++)
        {
            var w = _words[i];
            if (w.IsPunctuation && w.Key is "." or "؛") return null;
            if (!w.AnyKeyIn(s_protestTargets)) continue;
            // «الموت لأميركا»: the target may be fused to the next word; «مناهضة لكل من ميقاتي» reads on.
            var p = PhraseAt(i + 1);
            if (p is not null) return p.Value.Party;
        }
        return null;
    }

    /// <summary>Whether a word is an adverb of time («أمس», «اليوم»), which may stand between a verb and its object.</summary>
    public bool IsTimeWord(int word) => s_times.Contains(_words[word].Key);

    /// <summary>Whether a word can be part of a noun phrase: a word that is no function word, time adverb or quantity.</summary>
    public bool IsContentWord(int word) => IsContent(_words[word]);

    private Party? PartyAt(int word)
    {
        foreach (var p in _parties)
            if (p.Start <= word && word < p.End) return p;
        return null;
    }

    private bool Counted(int start) => start > 0 && IsCount(_words[start - 1]) || start > 1 && _words[start - 1].Key == "من" && IsCount(_words[start - 2]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_quantifierKeys = s_quantifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string> s_relatives = new(StringComparer.Ordinal) { "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي" };
    private static readonly HashSet<string> s_boundaries = EventWords.Set("clause-openers");

    public static bool IsCount(WordKeys w) => w.Token.Kind == TokenKind.Number || w.AnyKeyIn(s_quantifierKeys);

    /// <summary>
    /// Whether a phrase opens its clause (the sentence's start, punctuation, إنّ/أنّ, كان), so that a verb right after
    /// it has it as its subject: subject-verb order.
    /// </summary>
    public bool OpensClause(int start) =>
        start == 0 || _words[start - 1].IsPunctuation || s_boundaries.Contains(_words[start - 1].Key);

    private static bool IsContent(WordKeys w) =>
        w.Token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord && !s_stops.Contains(w.Key) && !s_times.Contains(w.Key)
        && !s_quantifiers.Contains(w.Key) && !w.AnyKeyIn(s_agentVerbs) && !w.AnyKeyIn(s_lightVerbs);
}
