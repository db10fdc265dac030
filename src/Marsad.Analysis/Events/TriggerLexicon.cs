using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Events;

/// <summary>
/// What a lexicon entry is: an event trigger, an intent marker, a hope marker, or a fixed expression that holds a
/// trigger word and reports no act (<see cref="Idiom"/>: «العرض والطلب» supply and demand).
/// </summary>
internal enum TriggerKind : byte { Event, Intent, Hope, Idiom }

/// <summary>How a trigger's arguments are laid out in the sentence (see the flags in event-triggers-ar.tsv).</summary>
[Flags]
internal enum TriggerFrame : byte
{
    Verbal = 0,
    Nominal = 1,
    Reciprocal = 2,
    Speaker = 4,
    Victim = 8,
}

/// <summary>One line of the trigger lexicon.</summary>
/// <param name="Words">Pattern words; null marks a gap of up to <see cref="TriggerLexicon.MaxGap"/> words.</param>
/// <param name="HeadLength">The number of words before the first gap: they make the trigger span.</param>
internal sealed record TriggerEntry(TriggerKind Kind, PloverCode? Code, TriggerFrame Frame, WordPattern?[] Words, int HeadLength, int Line);

/// <summary>A lexicon entry found in a sentence, as word indices into the sentence.</summary>
/// <param name="KeyIndex">Which key of the first word matched (see <see cref="WordKeys.KeyAt"/>).</param>
internal readonly record struct TriggerMatch(TriggerEntry Entry, int Start, int HeadEnd, int End, bool Definite, bool Future, int KeyIndex);

/// <summary>
/// The Arabic trigger lexicon (Data/event-triggers-ar.tsv). Entries are indexed by their first word so that only
/// the few entries that can start at a word are tried.
/// </summary>
internal sealed class TriggerLexicon
{
    public const int MaxGap = 6;

    private static readonly Lazy<TriggerLexicon> s_default = new(() => Parse(EventResources.Read("event-triggers-ar.tsv"), CameoPloverTable.Default));

    private readonly Dictionary<string, List<TriggerEntry>> _byFirstExact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TriggerEntry>>.AlternateLookup<ReadOnlySpan<char>> _byFirstExactSpan;
    private readonly Dictionary<string, List<TriggerEntry>> _byFirstPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TriggerEntry>>.AlternateLookup<ReadOnlySpan<char>> _byFirstPrefixSpan;
    private readonly int _minPrefix = int.MaxValue, _maxPrefix;

    public static TriggerLexicon Default => s_default.Value;

    public IReadOnlyList<TriggerEntry> Entries { get; }

    private TriggerLexicon(List<TriggerEntry> entries)
    {
        Entries = entries;
        foreach (var e in entries)
        {
            var first = e.Words[0]!;
            foreach (var w in first.Exact)
            {
                if (!_byFirstExact.TryGetValue(w, out var list)) _byFirstExact[w] = list = [];
                list.Add(e);
            }
            foreach (var p in first.Prefixes)
            {
                if (!_byFirstPrefix.TryGetValue(p, out var list)) _byFirstPrefix[p] = list = [];
                list.Add(e);
                _minPrefix = Math.Min(_minPrefix, p.Length);
                _maxPrefix = Math.Max(_maxPrefix, p.Length);
            }
        }
        _byFirstPrefixSpan = _byFirstPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstExactSpan = _byFirstExact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TriggerLexicon Parse(string tsv, CameoPloverTable table)
    {
        var entries = new List<TriggerEntry>();
        foreach (var f in LexiconReader.Rows(tsv, "event-triggers-ar.tsv", 3))
        {
            int lineNo = f.Line;
            var kind = f[0] switch { "INTENT" => TriggerKind.Intent, "HOPE" => TriggerKind.Hope, "IDIOM" => TriggerKind.Idiom, _ => TriggerKind.Event };
            PloverCode? code = null;
            if (kind == TriggerKind.Event)
                code = table.Lookup(f[0]) ?? throw f.Error($"CAMEO {f[0]} has no PLOVER category");
            var frame = TriggerFrame.Verbal;
            foreach (var flag in f[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                frame |= flag switch
                {
                    "-" => TriggerFrame.Verbal,
                    "n" => TriggerFrame.Nominal,
                    "recip" => TriggerFrame.Reciprocal,
                    "speaker" => TriggerFrame.Speaker,
                    "victim" => TriggerFrame.Victim,
                    _ => throw f.Error($"unknown flag '{flag}'"),
                };
            var words = new List<WordPattern?>();
            int head = -1;
            foreach (var w in f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (w == "...") { if (head < 0) head = words.Count; words.Add(null); }
                else words.Add(new WordPattern(w));
            }
            if (words.Count == 0 || words[0] is null || words[^1] is null)
                throw f.Error($"a pattern must start and end with a word");
            entries.Add(new TriggerEntry(kind, code, frame, [.. words], head < 0 ? words.Count : head, lineNo));
        }
        return new TriggerLexicon(entries);
    }

    /// <summary>Every entry that matches at some word of <paramref name="words"/>; the longest match wins at each start.</summary>
    public List<TriggerMatch> FindAll(WordKeys[] words)
    {
        var found = new List<TriggerMatch>();
        var candidates = new List<TriggerEntry>();
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Token.Kind != Marsad.Text.TokenKind.ArabicWord) continue;
            TriggerMatch? best = null;
            // The least-stripped key that the lexicon knows decides: later keys are only tried when earlier ones fail.
            for (int k = 0; k < w.KeyCount && best is null; k++)
            {
                candidates.Clear();
                var key = w.KeyAt(k);
                if (_byFirstExactSpan.TryGetValue(key, out var list)) candidates.AddRange(list);
                for (int n = _minPrefix; n <= _maxPrefix && n <= key.Length; n++)
                    if (_byFirstPrefixSpan.TryGetValue(key[..n], out var byPrefix)) candidates.AddRange(byPrefix);
                foreach (var e in candidates)
                {
                    int end = MatchRest(e, words, i + 1, 1);
                    if (end < 0) continue;
                    // Head words come before any gap, one word each.
                    var m = new TriggerMatch(e, i, i + e.HeadLength, end, w.DefiniteAt(k), w.FutureAt(k), k);
                    if (best is null || Better(m, best.Value)) best = m;
                }
            }
            if (best is { } b) found.Add(b);
        }
        return found.Any(m => m.Entry.Kind == TriggerKind.Idiom) ? WithoutIdioms(found) : found;
    }

    /// <summary>
    /// The matches outside every fixed expression, without the expressions: a trigger word inside «العرض والطلب»
    /// or «منوها إلى أن» is part of a phrase that says no one did anything. An expression that starts where a
    /// trigger does replaces it only by matching more words (<see cref="Better"/>).
    /// </summary>
    private static List<TriggerMatch> WithoutIdioms(List<TriggerMatch> found)
    {
        var idioms = found.Where(m => m.Entry.Kind == TriggerKind.Idiom).ToList();
        return found.Where(m => m.Entry.Kind != TriggerKind.Idiom && !idioms.Any(x => x.Start <= m.Start && m.Start < x.End)).ToList();
    }

    private static bool Better(TriggerMatch a, TriggerMatch b)
    {
        int la = a.Entry.Words.Count(x => x is not null), lb = b.Entry.Words.Count(x => x is not null);
        if (la != lb) return la > lb;
        // Same number of words: the tighter match is the more specific one («اتصالا هاتفيا» before «اتصالا … مع»).
        int sa = a.End - a.Start, sb = b.End - b.Start;
        return sa != sb ? sa < sb : a.Entry.Line < b.Entry.Line;
    }

    /// <summary>Matches pattern words from <paramref name="slot"/> at word <paramref name="at"/>; returns the end word index or -1.</summary>
    private static int MatchRest(TriggerEntry e, WordKeys[] words, int at, int slot)
    {
        if (slot == e.Words.Length) return at;
        var p = e.Words[slot];
        if (p is null)
        {
            for (int skip = 0; skip <= MaxGap && at + skip < words.Length; skip++)
            {
                if (skip > 0 && IsClauseBreak(words[at + skip - 1])) break;
                int end = MatchRest(e, words, at + skip, slot + 1);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (at >= words.Length || p.MatchIndex(words[at]) < 0) return -1;
        return MatchRest(e, words, at + 1, slot + 1);
    }

    private static bool IsClauseBreak(WordKeys w) =>
        w.IsPunctuation && w.Key is "." or ":" or "؛" or ";" or "؟" or "?" or "!";
}
