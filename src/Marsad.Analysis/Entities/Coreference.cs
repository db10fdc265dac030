using Marsad.Knowledge.Kb;
using Marsad.Knowledge.Outlets;
using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Ties nominal references to entities (see analysis-json.md, "Annotation conventions"): a title with a
/// nationality adjective (وزير الخارجية الروسي، الرئيس الروسي) is the person named right after it in apposition,
/// else the KB holder of that office on the publication date; الوزير [الروسي] is the last minister named;
/// نظيره [الأذربيجاني] is the counterpart in apposition or holding the same office as the last titled person;
/// العاصمة [الأذربيجانية] is the state's capital; المملكة is the kingdom the article is about; an indefinite title
/// in construct with a state (أمير قطر) is that state's office; الحكومة، السلطات، النظام، الجانب with a nationality
/// adjective are the state, when the article names it.
/// </summary>
internal sealed class Coreference(EntityLexicon lexicon, string text, WordTable words, List<FoundName> found,
    EntityGatherer entities, DateOnly date, string? publisher)
{
    private static readonly string[] Kingdoms = ["SA", "JO", "MA", "BH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "TH"];

    private readonly KnowledgeBase _kb = lexicon.Kb;
    private readonly Dictionary<int, FoundName> _foundByWord = found.GroupBy(f => f.FirstWord).ToDictionary(g => g.Key, g => g.First());
    private string? _lastOfficeRole;
    private string? _lastMinister;
    private readonly Dictionary<string, string> _lastMinisterByState = new(StringComparer.Ordinal);

    public void Resolve()
    {
        var covered = new bool[words.Count];
        foreach (var f in found) for (int k = 0; k < f.WordCount; k++) covered[f.FirstWord + k] = true;
        Span<char> reading = stackalloc char[256];
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        for (int i = 0; i < words.Count; i++)
        {
            if (covered[i] || words.Words[i].NotProse) continue;
            // a person named in full or by surname: the last minister, when a title said so
            var w = words.Key(i);
            if (w.Length > 200) continue;
            int readingCount = ProcliticReader.NameReadings(w, readings);
            for (int r = 0; r < readingCount; r++)
            {
                int len = ProcliticReader.WriteName(w, readings[r], reading);
                // a title after لل (للمملكة، للحكومة اليمنية) is written from its noun, as the guide spans it
                int stripped = readings[r].RestoresAlef ? readings[r].Start : readings[r].NameStart;
                if (!Titles.Lookup.TryGetValue(reading[..len], out var titles)) continue;
                foreach (var t in titles)
                {
                    int end = MatchTitle(t, i, covered);
                    if (end < 0) continue;
                    int start = stripped == 0 ? words.Words[i].Start : words.SourceAfter(text, i, stripped);
                    i = Apply(t, i, end, start) - 1;
                    goto next;
                }
            }
        next:;
        }
    }

    /// <summary>The last word index of the title's words starting at word i, or -1.</summary>
    private int MatchTitle(Title t, int i, bool[] covered)
    {
        for (int k = 1; k < t.Words.Length; k++)
        {
            int j = i + k;
            if (j >= words.Count || covered[j] || words.Words[j].BreakBefore || !words.Key(j).SequenceEqual(t.Words[k])) return -1;
        }
        return i + t.Words.Length - 1;
    }

    /// <summary>Resolves one title (words i..end); returns the index of the first word after what it consumed.</summary>
    private int Apply(Title t, int i, int end, int start)
    {
        int after = end + 1;
        string? state = t.State;
        if (state is null && after < words.Count && !words.Words[after].BreakBefore && lexicon.Adjectives.TryGetValue(words.Key(after), out var s))
        {
            state = s;
            end = after;
            after++;
        }
        else if (state is null && t.Kind == TitleKind.Office && !t.Words[^1].StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && StateInConstruct(after) is { } named)
        {
            // an indefinite title in construct with a state (أمير قطر، رئيس وزراء إسرائيل، أمير دولة الكويت) is that
            // state's office; after a definite title the state is the verb's object («زار وزير الدفاع مصر»)
            (state, end) = named;
            after = end + 1;
        }
        var span = TextSpan.FromBounds(start, words.Words[end].End);
        string? appositive = Appositive(end);
        string? target = null;
        switch (t.Kind)
        {
            case TitleKind.Office:
                if (appositive is null && state is null)
                {
                    // a bare title (وزير الخارجية، الرئيس) is the one person of the article who holds that office
                    // (an indefinite one, أمير، وزير خارجية, is in construct with what it heads and names no one alone)
                    bool definite = t.Words[^1].StartsWith(ArabicLetters.Article, StringComparison.Ordinal);
                    target = definite && !OpensLongerTitle(after) && !IsAdjectiveAfterNoun(i) ? SoleHolderNamed(t.Role!, Monarch(t)) : null;
                    if (target is not null) entities.AddReference(target, span);
                    return after;
                }
                target = appositive ?? (_kb.HolderOf(t.Role!, state!, date) is { } holder ? entities.EnsureKey(holder.Id) : null);
                _lastOfficeRole = t.Role;
                if (target is not null && Roles.IsMinister(t.Role!)) NoteMinister(target, state);
                break;
            case TitleKind.Minister:
                target = appositive ?? (state is not null ? _lastMinisterByState.GetValueOrDefault(state) : _lastMinister);
                if (target is not null) NoteMinister(target, state);
                break;
            case TitleKind.Counterpart:
                target = appositive
                    ?? (state is not null && _lastOfficeRole is not null && _kb.HolderOf(_lastOfficeRole, state, date) is { } h ? entities.EnsureKey(h.Id) : null);
                if (target is not null && _lastOfficeRole is not null && Roles.IsMinister(_lastOfficeRole)) NoteMinister(target, state);
                break;
            case TitleKind.Capital:
                if (state is not null && _kb.CapitalOf(state) is { } capital) target = entities.EnsureKey(capital.Id);
                break;
            case TitleKind.Kingdom:
                if (state is null) target = Kingdom();
                break;
            case TitleKind.State:
                // «الحكومة اليمنية», «السلطات النيجيرية», «الجانب السعودي» act for the state, but only for one the
                // article names: an adjective alone makes no actor of a state the article never mentions
                // («النظام السعودي للعمل» is a law, not the state)
                if (state is not null && Named(state) && !(after < words.Count && !words.Words[after].BreakBefore && words.Key(after).StartsWith("ل")))
                    target = state;
                break;
        }
        if (target is not null) entities.AddReference(target, span);
        return after;
    }

    /// <summary>
    /// The one person the article names who holds <paramref name="role"/> on the publication date (in any state), by
    /// the knowledge base; null when none or several do (an article naming two foreign ministers leaves «وزير
    /// الخارجية» alone).
    /// </summary>
    private string? SoleHolderNamed(string role, bool monarch)
    {
        string? sole = null;
        foreach (var (key, type, _, count) in entities.Entities)
        {
            if (type != EntityType.PER || count == 0 || entities.KbIdOf(key) is not { } id) continue;
            // «الملك», «العاهل» are a monarch's titles, «الرئيس» a president's: a king is never «الرئيس»
            if (!_kb.RolesOf(id).Any(r => r.Role == role && r.HeldOn(date) && (role != Roles.HeadOfState || Monarchies.Contains(r.Country) == monarch))) continue;
            if (sole is not null) return null;
            sole = key;
        }
        return sole;
    }

    private static readonly HashSet<string> Monarchies = [.. Kingdoms, "KW", "QA", "AE", "OM", "BN"];

    private static readonly HashSet<string> MonarchTitles = [.. NameWords.Set("royal-titles"), "العاهل"];

    private static bool Monarch(Title t) => MonarchTitles.Contains(t.Words[0]);

    /// <summary>
    /// Whether the title word follows a definite noun in the same stretch: it is then its adjective («المراكز
    /// الرئيسة», «الشريك الرئيس» are the main ones).
    /// </summary>
    private bool IsAdjectiveAfterNoun(int i) =>
        i > 0 && !words.Words[i].BreakBefore && words.Key(i - 1).StartsWith(ArabicLetters.Article) && words.Key(i).StartsWith(ArabicLetters.Article);

    /// <summary>
    /// Whether a definite word follows the title in the same stretch: it then names another office («الرئيس
    /// التنفيذي», «وزير الخارجية السابق») or another body's («رئيس الوزراء البريطاني» is read before this).
    /// </summary>
    private bool OpensLongerTitle(int after) =>
        after < words.Count && !words.Words[after].BreakBefore && words.Key(after) is var k
        && (k.StartsWith(ArabicLetters.Article) || k.StartsWith("لل"));

    /// <summary>The person named right after word <paramref name="end"/>, with at most a comma between (apposition).</summary>
    private string? Appositive(int end)
    {
        int j = end + 1;
        if (j >= words.Count) return null;
        var gap = text.AsSpan(words.Words[end].End, words.Words[j].Start - words.Words[end].End).Trim();
        if (!(gap.IsEmpty || gap is "،" or "," || gap.Length == 1 && gap[0] == '\u060C')) return null;
        return _foundByWord.TryGetValue(j, out var f) && f.Type == EntityType.PER ? entities.KeyAt(f.Start) : null;
    }

    /// <summary>
    /// The state named right after word <paramref name="j"/>-1 in construct (قطر، دولة الكويت, with one state noun
    /// before a name that lacks it), as its KB id and the index of its last word; null when none.
    /// </summary>
    private (string State, int End)? StateInConstruct(int j)
    {
        if (j >= words.Count || words.Words[j].BreakBefore) return null;
        if (!_foundByWord.ContainsKey(j) && StateNouns.Contains(words.Key(j).ToString()) && j + 1 < words.Count && !words.Words[j + 1].BreakBefore) j++;
        if (!_foundByWord.TryGetValue(j, out var f) || f.Start != words.Words[j].Start || f.KbId is not { } id
            || _kb.Get(id) is not { } e || !KbStatistics.IsState(e)) return null;
        return (id, f.FirstWord + f.WordCount - 1);
    }

    private static readonly HashSet<string> StateNouns = ["دوله", "جمهوريه", "مملكه", "سلطنه", "اماره"];

    /// <summary>Whether the article names the entity of this KB id (a mention, not only a reference).</summary>
    private bool Named(string kbId) => entities.Entities.Any(e => e.Key == kbId && e.MentionCount > 0);

    private void NoteMinister(string key, string? state)
    {
        _lastMinister = key;
        var country = state ?? (entities.KbIdOf(key) is { } id ? _kb.Get(id)?.Country : null);
        if (country is not null) _lastMinisterByState[country] = key;
    }

    /// <summary>The kingdom the article names most; else Saudi Arabia when a Saudi outlet published it.</summary>
    private string? Kingdom()
    {
        string? best = null;
        int most = 0;
        foreach (var (key, type, _, count) in entities.Entities)
            if (type == EntityType.GPE && Array.IndexOf(Kingdoms, key) >= 0 && count > most) { best = key; most = count; }
        if (best is not null) return best;
        bool saudi = publisher is not null && OutletTable.Default.Find(publisher)?.Country == "SA";
        return saudi ? entities.EnsureKey("SA") : null;
    }
}
