using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>Finds the parties of one sentence: entity mentions and references, unnamed groups, nationality plurals.</summary>
internal sealed class PartyFinder
{
    private static readonly HashSet<string> s_placePrepositions = EventWords.Set("place-prepositions");

    private readonly List<(TextSpan Span, Entity Entity)> _spans = [];
    private readonly int[] _maxEnd; // the furthest end of _spans[0..i]: where a sentence's spans can begin
    private readonly AgentLexicon _agents;
    private readonly NisbaResolver _nisba;

    public PartyFinder(IReadOnlyList<Entity> entities, string text, AgentLexicon agents)
    {
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions) _spans.Add((m, e));
            foreach (var r in e.References) _spans.Add((r, e));
        }
        _spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        _maxEnd = SpanSearch.RunningMaxEnds(_spans, s => s.Span);
        _agents = agents;
        _nisba = new NisbaResolver(entities, text);
    }

    public NisbaResolver Nisba => _nisba;

    public List<Party> Find(string text, WordKeys[] words, TextSpan sentence)
    {
        var parties = new List<Party>();
        var covered = new bool[words.Length];
        // Only the spans from the first that may reach into the sentence to the last that starts before its end.
        for (int k = SpanSearch.FirstReaching(_maxEnd, sentence.Start); k < _spans.Count && _spans[k].Span.Start < sentence.End; k++)
        {
            var (span, entity) = _spans[k];
            if (span.End <= sentence.Start) continue;
            int first = -1, last = -1;
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i].Span;
                if (w.End > span.Start && w.Start < span.End) { if (first < 0) first = i; last = i; }
            }
            if (first < 0 || covered[first]) continue;
            for (int i = first; i <= last; i++) covered[i] = true;
            bool place = entity.Type is EntityType.GPE or EntityType.LOC or EntityType.FAC && IsAfterPlacePreposition(words, first, span, text);
            parties.Add(new Party(first, last + 1, span, [entity.Id], entity.Type, AgentRole.Neutral, place));
        }
        for (int i = 0; i < words.Length; i++)
        {
            if (covered[i]) continue;
            var role = _agents.Match(words[i]);
            bool plural = role is null && NisbaResolver.IsNationalityPlural(words[i]);
            if (role is null && !plural) continue;
            // A title before a name («الرئيس الروسي فلاديمير بوتين») is the name's, not a party of its own.
            if (NextNamedPerson(words, covered, i + 1, parties)) continue;
            // An indefinite group word heading a construct with a named body or state is that body acting: «طيران
            // التحالف»، «قوات النظام السوري»، «مقاتلات التحالف شنت» — the name is the genitive, not another party.
            if (role is not null && ConstructHead(words[i]) && NamedGenitive(i + 1, parties) is { } owner)
            {
                covered[i] = true;
                parties[parties.IndexOf(owner)] = owner with
                {
                    Start = i,
                    Span = TextSpan.FromBounds(words[i].Span.Start, owner.Span.End),
                    Role = role.Value,
                };
                continue;
            }
            var ids = new List<string>();
            int end = i + 1;
            if (plural && _nisba.Resolve(words[i]) is { } own) ids.Add(own);
            for (int j = i + 1; j < words.Length && j <= i + 4; j++)
            {
                if (covered[j] || words[j].IsPunctuation && words[j].Key is not "-") break;
                if (_nisba.Resolve(words[j]) is { } id)
                {
                    if (!ids.Contains(id)) ids.Add(id);
                    end = j + 1;
                }
            }
            for (int k = i; k < end; k++) covered[k] = true;
            parties.Add(new Party(i, end, TextSpan.FromBounds(words[i].Span.Start, words[end - 1].Span.End), ids, null, role ?? AgentRole.Neutral, false));
            i = end - 1;
        }
        parties.Sort((a, b) => a.Start.CompareTo(b.Start));
        return MergeGroups(parties, words);
    }

    /// <summary>«آلاف الإسرائيليين»، «مئات من المتظاهرين»: a count and the group it counts are one party.</summary>
    private static List<Party> MergeGroups(List<Party> parties, WordKeys[] words)
    {
        for (int i = parties.Count - 2; i >= 0; i--)
        {
            var a = parties[i];
            var b = parties[i + 1];
            if (a.EntityIds.Count > 0 || b.Type is not null || a.Type is not null) continue;
            bool adjacent = b.Start == a.End || b.Start == a.End + 1 && words[a.End].Key == "من";
            // Only a count and what it counts: «المتظاهرين قوات مكافحة الشغب» are two parties.
            if (!adjacent || !ClauseReader.IsCount(words[a.End - 1])) continue;
            parties[i] = a with
            {
                End = b.End,
                Span = TextSpan.FromBounds(a.Span.Start, b.Span.End),
                EntityIds = b.EntityIds,
                Role = b.Role == AgentRole.Neutral ? a.Role : b.Role,
            };
            parties.RemoveAt(i + 1);
        }
        return parties;
    }

    /// <summary>Whether a word can head a construct state: no article and no ب/ل/ك before it (طيران, not الطيران or بطيران).</summary>
    private static bool ConstructHead(WordKeys w)
    {
        for (int k = 0; k < w.KeyCount; k++) if (w.DefiniteAt(k)) return false;
        var key = w.Key;
        var bare = w.Bare;
        if (key.Length > bare.Length && key[..(key.Length - bare.Length)].IndexOfAny(['ب', 'ل', 'ك']) >= 0) return false;
        return !bare.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>The named body or state that starts right at a word, when it is one (not a person, not a place).</summary>
    private static Party? NamedGenitive(int word, List<Party> parties)
    {
        foreach (var p in parties)
            if (p.Start == word && !p.IsPlace && p.EntityIds.Count > 0 && p.Type is EntityType.ORG or EntityType.GPE) return p;
        return null;
    }

    private static bool NextNamedPerson(WordKeys[] words, bool[] covered, int from, List<Party> parties)
    {
        for (int j = from; j < words.Length && j <= from + 2; j++)
        {
            if (!covered[j]) continue;
            foreach (var p in parties)
                if (p.Start == j && p.Type is EntityType.PER) return true;
            return false;
        }
        return false;
    }

    private static bool IsAfterPlacePreposition(WordKeys[] words, int i, TextSpan mention, string text)
    {
        if (i > 0 && s_placePrepositions.Contains(words[i - 1].Key)) return true;
        // «ببغداد»: a ب fused before the name (the mention starts after it); «باكو» itself starts with ب.
        int before = mention.Start - words[i].Span.Start;
        return before is 1 or 2 && text[mention.Start - 1] == 'ب';
    }
}
