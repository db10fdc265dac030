using Marsad.Knowledge.Kb;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Outlets the lists do not know, named in quotation marks right after their kind noun: «ذكرت مجلة “فوربيس”»,
/// «أجرتها صحيفة "النهار"». The kind noun says what the quoted words name, so the quoted name is an organisation
/// whatever else its words spell (النهار is also "the day"). Only one to three quoted words are taken, and only where
/// no other finder placed a name.
/// </summary>
internal static class QuotedOutletNames
{
    private const int MaxWords = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KindLookup = RoleNouns.Set("outlet-kinds").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Add(string text, WordTable words, List<FoundName> found, EntityLexicon lexicon)
    {
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (words.Words[i].NotProse || !KindLookup.Contains(words.Key(i))) continue;
            var first = words.Words[i + 1];
            if (first.NotProse || !OnlyOpeningQuoteBetween(text, words.Words[i].End, first.Start)) continue;
            for (int n = 1; n <= MaxWords && i + n < words.Count; n++)
            {
                var lastWord = words.Words[i + n];
                if (n > 1 && lastWord.BreakBefore && !OnlySpaceBetween(text, words.Words[i + n - 1].End, lastWord.Start)) break;
                if (lastWord.End >= text.Length || !IsClosingQuote(text[lastWord.End])) continue;
                int start = first.Start, end = lastWord.End;
                if (found.Exists(f => f.Start < end && start < f.End)) break;
                var key = NameKey.Of(text[start..end]);
                string? id = lexicon.Names.TryGetValue(key, out var hit) && hit.Type == EntityType.ORG ? hit.Id : null;
                found.Add(new FoundName(start, end, i + 1, n, id, EntityType.ORG));
                i += n;
                break;
            }
        }
    }

    private static bool OnlyOpeningQuoteBetween(string text, int from, int to)
    {
        int quotes = 0;
        for (int k = from; k < to; k++)
        {
            if (text[k] is '«' or '"' or '“' or '”') quotes++;
            else if (text[k] != ' ') return false;
        }
        return quotes == 1 && IsOpening(text[to - 1]);
    }

    private static bool IsOpening(char c) => c is '«' or '"' or '“' or '”';

    private static bool IsClosingQuote(char c) => c is '»' or '"' or '”' or '“';

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (int k = from; k < to; k++) if (text[k] != ' ') return false;
        return true;
    }
}
