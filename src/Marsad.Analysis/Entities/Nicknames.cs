using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>
/// A nickname in quotes right after a person's name is that person's (محمود عبد الرازق «شيكابالا», أحمد حسام «ميدو»),
/// and so is every later occurrence of it, quoted or not, with or without a proclitic (بشيكابالا). Sports and crime
/// news name people by such nicknames once introduced; the annotation guide counts them as mentions. One or two
/// words that are not common words the tagger learned; a quotation (قال «…») is longer or starts with a common word.
/// </summary>
internal static class Nicknames
{
    private const int MaxWords = 2;

    public static void Add(string text, WordTable words, List<FoundName> found, EntityGatherer entities, INameTagger? tagger)
    {
        var covered = new bool[words.Count];
        foreach (var f in found) for (int k = 0; k < f.WordCount; k++) covered[f.FirstWord + k] = true;
        var nicknames = new Dictionary<string, string>(StringComparer.Ordinal); // folded nickname → entity key
        foreach (var f in found)
        {
            if (f.Type != EntityType.PER || entities.KeyAt(f.Start) is not { } key) continue;
            int j = f.FirstWord + f.WordCount;
            if (Quoted(text, words, j, covered, tagger) is not int last) continue;
            var nickname = string.Join(' ', Enumerable.Range(j, last - j + 1).Select(k => words.Key(k).ToString()));
            nicknames.TryAdd(nickname, key);
        }
        if (nicknames.Count == 0) return;
        var lookup = nicknames.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int added = 0;
        for (int i = 0; i < words.Count; i++)
        {
            if (covered[i] || words.Words[i].NotProse) continue;
            int count = ProcliticReader.Read(words.Key(i), readings, 3);
            for (int r = 0; r < count; r++)
            {
                var rest = words.Key(i)[readings[r].Start..];
                int n = 1;
                string? key = null;
                if (lookup.TryGetValue(rest, out var one)) key = one;
                else if (i + 1 < words.Count && !covered[i + 1] && !words.Words[i + 1].BreakBefore
                         && lookup.TryGetValue(string.Concat(rest, " ", words.Key(i + 1)), out var two)) { key = two; n = 2; }
                if (key is null) continue;
                int start = readings[r].Start == 0 ? words.Words[i].Start : words.SourceAfter(text, i, readings[r].Start);
                var span = TextSpan.FromBounds(start, words.Words[i + n - 1].End);
                entities.AddMention(key, span, start, names: false);
                found.Add(new FoundName(span.Start, span.End, i, n, entities.KbIdOf(key), EntityType.PER));
                for (int k = 0; k < n; k++) covered[i + k] = true;
                added++;
                break;
            }
        }
        if (added > 0) found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// A quoted word that describes rather than names: a definite relative adjective (خامنئي «العدواني») or a word
    /// behind the preposition ل or ب (بايدن «لتطييب» الخواطر).
    /// </summary>
    private static bool Describes(ReadOnlySpan<char> key) =>
        key.StartsWith(ArabicLetters.Article) && (key.EndsWith("ي") || key.EndsWith("يه"))
        || key.Length > 4 && key[0] is 'ل' or 'ب';

    /// <summary>The last word of one or two uncovered words in quotes starting at word j, right after the name; or null.</summary>
    private static int? Quoted(string text, WordTable words, int j, bool[] covered, INameTagger? tagger)
    {
        if (j >= words.Count || j == 0) return null;
        var gap = text.AsSpan(words.Words[j - 1].End, words.Words[j].Start - words.Words[j - 1].End).Trim();
        if (gap.Length != 1 || gap[0] is not ('«' or '"' or '“')) return null;
        for (int last = j; last < words.Count && last < j + MaxWords; last++)
        {
            var key = words.Key(last);
            if (covered[last] || words.Words[last].NotProse || (last > j && words.Words[last].BreakBefore) || key.Length < 3
                || !ArabicLetters.IsLetter(key[0]) || tagger?.IsCommonWord(key) == true || Describes(key)
                || Marsad.Knowledge.Names.NotEntities.Contains(key)) return null; // «رحمه الله» after a name is a formula
            int end = words.Words[last].End;
            if (end < text.Length && text[end] is '»' or '"' or '”') return last;
        }
        return null;
    }
}
