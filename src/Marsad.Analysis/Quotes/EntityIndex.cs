using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// Every mention and nominal reference of the article's entities, sorted by start, so that a subject's words
/// resolve to the entity they name (لافروف) or describe (وزير الخارجية الروسي، الوزير).
/// </summary>
internal sealed class EntityIndex
{
    private readonly TextSpan[] _spans;
    private readonly Entity[] _entities;
    private readonly bool[] _isMention; // a name, not a title or role that refers to the entity
    private readonly int[] _maxEnd;     // the furthest end of _spans[0..i]
    private Dictionary<string, List<int>>? _byFirstWord; // folded first word → span indexes, ascending
    private Dictionary<int, List<int>>? _byEnd;           // end offset → span indexes, ascending
    private Dictionary<string, List<int>>? _byIntroducer;
    private Dictionary<string, List<int>>? _byNameWord;   // folded word of a person's name → span indexes, ascending // folded word before the span → span indexes, ascending

    public EntityIndex(IReadOnlyList<Entity> entities)
    {
        var pairs = new List<(TextSpan Span, Entity Entity, bool IsMention)>();
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions) pairs.Add((m, e, true));
            foreach (var r in e.References) pairs.Add((r, e, false));
        }
        pairs.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        _spans = pairs.Select(p => p.Span).ToArray();
        _entities = pairs.Select(p => p.Entity).ToArray();
        _isMention = pairs.Select(p => p.IsMention).ToArray();
        _maxEnd = SpanSearch.RunningMaxEnds(_spans, s => s);
    }

    public bool IsEmpty => _spans.Length == 0;

    /// <summary>The entity whose span overlaps [start, end), preferring the longest span that starts first.</summary>
    public Entity? At(int start, int end)
    {
        int i = FirstEndingAfter(start);
        for (; i < _spans.Length && _spans[i].Start < end; i++)
            if (_spans[i].End > start) return _entities[i];
        return null;
    }

    /// <summary>The span that <see cref="At"/> finds for [start, end), or null.</summary>
    public TextSpan? SpanAt(int start, int end)
    {
        int i = FirstEndingAfter(start);
        for (; i < _spans.Length && _spans[i].Start < end; i++)
            if (_spans[i].End > start) return _spans[i];
        return null;
    }

    /// <summary>Whether a name (a mention, not a title or role) overlaps [start, end).</summary>
    public bool IsMentionAt(int start, int end)
    {
        for (int i = FirstEndingAfter(start); i < _spans.Length && _spans[i].Start < end; i++)
            if (_spans[i].End > start && _isMention[i]) return true;
        return false;
    }

    /// <summary>Whether [start, end) is exactly one name (a mention, not a reference): «"إسماعيل ولد الشيخ أحمد"» in marks.</summary>
    public bool IsExactMention(int start, int end)
    {
        for (int i = FirstEndingAfter(start); i < _spans.Length && _spans[i].Start <= start; i++)
            if (_spans[i].Start == start && _spans[i].End == end && _isMention[i]) return true;
        return false;
    }

    /// <summary>The first entity with a span starting inside [start, end), optionally of the given types only.</summary>
    public (Entity Entity, TextSpan Span)? FirstIn(int start, int end, Func<Entity, bool>? accept = null) =>
        FirstIn(start, end, accept is null ? null : (e, _) => accept(e));

    public (Entity Entity, TextSpan Span)? FirstIn(int start, int end, Func<Entity, TextSpan, bool>? accept)
    {
        int i = FirstEndingAfter(start);
        for (; i < _spans.Length && _spans[i].Start < end; i++)
            if (_spans[i].Start >= start && (accept is null || accept(_entities[i], _spans[i]))) return (_entities[i], _spans[i]);
        return null;
    }

    /// <summary>The first person named (a mention, not a title) with a span starting inside [start, end).</summary>
    public (Entity Entity, TextSpan Span)? FirstPersonNamedIn(int start, int end)
    {
        for (int i = FirstEndingAfter(start); i < _spans.Length && _spans[i].Start < end; i++)
            if (_spans[i].Start >= start && _isMention[i] && _entities[i].Type == EntityType.PER) return (_entities[i], _spans[i]);
        return null;
    }

    /// <summary>The entity of the last span before <paramref name="before"/> whose first word folds to <paramref name="word"/>.</summary>
    public Entity? LastStartingWith(string text, string word, int before)
    {
        if (_byFirstWord is null)
        {
            _byFirstWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < _spans.Length; i++)
            {
                var s = _spans[i];
                int end = s.Start;
                while (end < s.End && !char.IsWhiteSpace(text[end])) end++;
                var key = ArabicFolder.Fold(text.AsSpan(s.Start, end - s.Start));
                if (!_byFirstWord.TryGetValue(key, out var list)) _byFirstWord[key] = list = [];
                list.Add(i);
            }
        }
        return _byFirstWord.TryGetValue(word, out var spans) ? LastBefore(spans, before) : null;
    }

    /// <summary>
    /// The entity of the last span before <paramref name="before"/> written right after the folded word
    /// <paramref name="word"/>, quotation marks and brackets between them allowed: «مجلة “فوربيس”», «شركة (موبايلي)»,
    /// so that «المجلة» and «الشركة» later name them.
    /// </summary>
    public Entity? LastIntroducedBy(string text, string word, int before)
    {
        if (_byIntroducer is null)
        {
            _byIntroducer = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < _spans.Length; i++)
            {
                int end = _spans[i].Start;
                while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '“' or '”' or '«' or '»' or '(' or '\'')) end--;
                int start = end;
                while (start > 0 && char.IsLetter(text[start - 1])) start--;
                if (start == end || end - start > 20) continue;
                var key = ArabicFolder.Fold(text.AsSpan(start, end - start));
                if (!_byIntroducer.TryGetValue(key, out var list)) _byIntroducer[key] = list = [];
                list.Add(i);
            }
        }
        return _byIntroducer.TryGetValue(word, out var spans) ? LastBefore(spans, before) : null;
    }

    /// <summary>
    /// The person of the last name (a mention) before <paramref name="before"/> that holds the folded word
    /// <paramref name="word"/> as one of its words: «نيازي» or «عبدالهادي» after «عبدالهادي نيازي».
    /// </summary>
    public Entity? LastPersonNamedWith(string text, string word, int before)
    {
        if (_byNameWord is null)
        {
            _byNameWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < _spans.Length; i++)
            {
                if (!_isMention[i] || _entities[i].Type != EntityType.PER) continue;
                var s = _spans[i];
                for (int a = s.Start; a < s.End;)
                {
                    while (a < s.End && char.IsWhiteSpace(text[a])) a++;
                    int b = a;
                    while (b < s.End && !char.IsWhiteSpace(text[b])) b++;
                    if (b > a)
                    {
                        var key = ArabicFolder.Fold(text.AsSpan(a, b - a));
                        if (!_byNameWord.TryGetValue(key, out var list)) _byNameWord[key] = list = [];
                        if (list.Count == 0 || list[^1] != i) list.Add(i);
                    }
                    a = b;
                }
            }
        }
        return _byNameWord.TryGetValue(word, out var spans) ? LastBefore(spans, before) : null;
    }

    private Entity? LastBefore(List<int> spans, int before)
    {
        // the indexes ascend with the spans' starts: the last one starting before «before»
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[spans[mid]].Start < before) lo = mid + 1; else hi = mid;
        }
        return lo > 0 ? _entities[spans[lo - 1]] : null;
    }

    /// <summary>
    /// Of entity spans written one after another and ending at the span that covers <paramref name="position"/>
    /// («مكتب رئيس الوزراء التركي أحمد داود أوغلو»), the entity of the first and its span.
    /// </summary>
    public (Entity Entity, TextSpan Span)? FirstOfChain(string text, int position)
    {
        int at = -1;
        for (int i = SpanSearch.FirstReaching(_maxEnd, position); i < _spans.Length && _spans[i].Start <= position; i++)
            if (_spans[i].Contains(position)) { at = i; break; }
        if (at < 0) return null;
        if (_byEnd is null)
        {
            _byEnd = [];
            for (int i = 0; i < _spans.Length; i++)
            {
                if (!_byEnd.TryGetValue(_spans[i].End, out var list)) _byEnd[_spans[i].End] = list = [];
                list.Add(i);
            }
        }
        var current = _spans[at];
        var entity = _entities[at];
        // The span before is the first (in start order) that ends right at the current one or one white space before it.
        while (true)
        {
            int next = int.MaxValue;
            if (_byEnd.TryGetValue(current.Start, out var touching)) next = touching[0];
            if (current.Start > 0 && char.IsWhiteSpace(text[current.Start - 1]) && _byEnd.TryGetValue(current.Start - 1, out var spaced))
                next = Math.Min(next, spaced[0]);
            if (next == int.MaxValue) break;
            current = _spans[next];
            entity = _entities[next];
        }
        return (entity, current);
    }

    /// <summary>
    /// Whether the folded word <paramref name="stem"/> (with or without the article and a clitic) is written within a
    /// few words of a mention or reference of entity <paramref name="id"/> before <paramref name="before"/>: «اللاعب»
    /// describes a player introduced as «اللاعب الغاني X» or «X لاعب …».
    /// </summary>
    public bool DescribedBefore(string text, string id, string stem, int before)
    {
        for (int i = 0; i < _spans.Length && _spans[i].Start < before; i++)
        {
            if (_entities[i].Id != id) continue;
            var span = _spans[i];
            if (Holds(text.AsSpan(span.Start, span.Length), stem)) return true;
            int from = span.Start;
            for (int words = 0; from > 0 && words < DescriptionWindow; words++)
            {
                from--;
                while (from > 0 && char.IsWhiteSpace(text[from])) from--;
                while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
            }
            int to = span.End;
            for (int words = 0; to < text.Length && words < DescriptionWindow; words++)
            {
                while (to < text.Length && char.IsWhiteSpace(text[to])) to++;
                while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
            }
            if (Holds(text.AsSpan(from, span.Start - from), stem) || Holds(text.AsSpan(span.End, Math.Min(to, before) - Math.Min(span.End, before)), stem))
                return true;
        }
        return false;
    }

    private const int DescriptionWindow = 5;

    private static bool Holds(ReadOnlySpan<char> words, string stem)
    {
        foreach (var range in words.SplitAny(" \t\n\r\u00a0،,.:؛;()«»\"“”"))
        {
            var key = ArabicFolder.Fold(words[range]);
            if (key.EndsWith(stem, StringComparison.Ordinal) && key.Length - stem.Length is var p && p <= 4
                && (p == 0 || key[..p] is "ال" or "وال" or "فال" or "بال" or "و" or "ف" or "ب" or "ل" or "لل" or "كال"))
                return true;
        }
        return false;
    }

    // Spans are sorted by start; spans are short, so stepping back from the first start ≥ position finds the
    // spans that begin a little before it and still cover it.
    private int FirstEndingAfter(int position)
    {
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        int i = lo;
        while (i > 0 && _spans[i - 1].Start > position - 80) i--;
        return i;
    }
}
