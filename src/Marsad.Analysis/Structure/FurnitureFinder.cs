using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Structure;

/// <summary>
/// Outlet furniture in a body (<c>Data/furniture.tsv</c>): «رابط الخبر بصحيفة الوئام:» labels, author-contact
/// footers, «...المزيد» and «اقرأ أيضا» lines with their titles, lines of share, print and comment buttons, and
/// scraper residue («[email protected]»). Phrases match folded words, so spelling variants of hamza, ة and
/// diacritics match too.
/// </summary>
internal static class FurnitureFinder
{
    private const int LabelWords = 6;
    private const int ListTitleWords = 15;

    private enum Scope : byte { Label, Rest, Line, List, Button, Token }

    private sealed record Phrase(string[] Words, Scope Scope);

    private static readonly Phrase[] s_phrases =
    [
        .. LexiconReader.ResourceRows(typeof(FurnitureFinder).Assembly, "Marsad.Analysis.Structure.furniture.tsv", 2, 2)
            .Select(r => new Phrase(Words(r[0]), r[1] switch
            {
                "label" => Scope.Label,
                "rest" => Scope.Rest,
                "line" => Scope.Line,
                "list" => Scope.List,
                "button" => Scope.Button,
                "token" => Scope.Token,
                _ => throw r.Error($"unknown furniture scope '{r[1]}'"),
            }))
            .OrderByDescending(p => p.Words.Length),
    ];

    /// <summary>The phrases by their first word, longest first: a word position is compared only with the phrases it can start.</summary>
    private static readonly Dictionary<string, Phrase[]> s_byFirstWord =
        s_phrases.Where(p => p.Words.Length > 0).GroupBy(p => p.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static string[] Words(string phrase) =>
        [.. Tokenizer.Tokenize(phrase).Where(IsWord).Select(t => Key(phrase, t))];

    private static bool IsWord(Token t) => t.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number;

    private static string Key(string text, Token t) => ArabicFolder.Fold(text.AsSpan(t.Start, t.Span.Length)).ToLowerInvariant();

    /// <summary>The furniture spans of a body, sorted and disjoint; whole lines are given as the line's span.</summary>
    public static List<TextSpan> Find(string text, IReadOnlyList<TextSpan> lines)
    {
        var found = new List<TextSpan>();
        for (int li = 0; li < lines.Count; li++)
        {
            var line = lines[li];
            var tokens = Tokenizer.Tokenize(text, line.Start, line.End).Where(IsWord).ToArray();
            if (tokens.Length == 0) continue;
            var keys = tokens.Select(t => Key(text, t)).ToArray();
            if (WholeLine(keys, out var scope))
            {
                found.Add(line);
                if (scope == Scope.List)
                    while (li + 1 < lines.Count && IsListTitle(text, lines[li + 1])) found.Add(lines[++li]);
                continue;
            }
            for (int i = 0; i < keys.Length; i++)
            {
                var p = MatchAt(keys, i, s => s is Scope.Label or Scope.Rest or Scope.Token);
                if (p is null) continue;
                int start = tokens[i].Start, end = tokens[i + p.Words.Length - 1].End;
                switch (p.Scope)
                {
                    case Scope.Rest:
                        end = line.End;
                        break;
                    case Scope.Label:
                        int limit = tokens[Math.Min(tokens.Length - 1, i + p.Words.Length - 1 + LabelWords)].End;
                        int colon = text.IndexOf(':', end, limit - end);
                        if (colon >= 0) end = colon + 1;
                        break;
                    case Scope.Token:
                        if (start > line.Start && text[start - 1] is '[' or '(') start--;
                        if (end < line.End && text[end] is ']' or ')') end++;
                        break;
                }
                found.Add(TextSpan.FromBounds(start, end));
                if (p.Scope == Scope.Rest) break;
                while (i + 1 < keys.Length && tokens[i + 1].Start < end) i++;
            }
        }
        return found;
    }

    /// <summary>A line that is one line or list phrase alone, or only button phrases.</summary>
    private static bool WholeLine(string[] keys, out Scope scope)
    {
        scope = Scope.Line;
        var alone = MatchAt(keys, 0, s => s is Scope.Line or Scope.List);
        if (alone is not null && alone.Words.Length == keys.Length) { scope = alone.Scope; return true; }
        int i = 0;
        while (i < keys.Length && MatchAt(keys, i, s => s == Scope.Button) is { } b) i += b.Words.Length;
        scope = Scope.Button;
        return i == keys.Length;
    }

    private static Phrase? MatchAt(string[] keys, int i, Func<Scope, bool> scopes)
    {
        if (i >= keys.Length || !s_byFirstWord.TryGetValue(keys[i], out var candidates)) return null;
        foreach (var p in candidates)
        {
            if (!scopes(p.Scope) || i + p.Words.Length > keys.Length) continue;
            bool same = true;
            for (int k = 0; k < p.Words.Length && same; k++) same = keys[i + k] == p.Words[k];
            if (same) return p;
        }
        return null;
    }

    /// <summary>A title under «اقرأ أيضا»: a short line that does not end like a sentence.</summary>
    private static bool IsListTitle(string text, TextSpan line)
    {
        if (LineScanner.CountWords(text, line) > ListTitleWords) return false;
        char last = text[line.End - 1];
        return last is not ('.' or '!' or '؟' or '?' or ':' or '؛');
    }
}
